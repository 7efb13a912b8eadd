import type {TestProject} from 'vitest/node';
import {chromium, type BrowserServer} from 'playwright-core';
import {startStaticServer, type StaticServer} from '../../tools/quality/static-server';
import {BROWSER_ARGS, chromiumPath} from '../support/browser-options';
import {testSites, type SiteName} from '../support/sites';

export interface ServedSite {
  dir: string;
  /** baseUrl the site was built for ('/' or '/boussole/'). */
  baseUrl: string;
  /** Where the test server serves it: origin + baseUrl, without the final slash. */
  url: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site as it ships (same as sites.main). */
    siteDir: string;
    siteUrl: string;
    sites: Record<SiteName, ServedSite>;
    /** The shared Chromium of the browser tests (support/browser.ts connects to it). */
    browserEndpoint: string;
  }
}

/**
 * Once per run and project: the test sites (support/sites.ts, built by
 * tests/run.mjs or here), each served on 127.0.0.1 at the path it was built
 * for, and for the browser tests one Chromium that every test file connects to.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sites = await testSites();
  // The other project's setup, in this same process, reuses what was just built.
  process.env.BOUSSOLE_TEST_SITES = 'prêts';
  const servers: StaticServer[] = [];
  const served = {} as Record<SiteName, ServedSite>;
  for (const site of Object.values(sites)) {
    const server = await startStaticServer(site.dir, {basePath: site.baseUrl});
    servers.push(server);
    served[site.name] = {dir: site.dir, baseUrl: site.baseUrl, url: `${server.url}${site.baseUrl.replace(/\/$/, '')}`};
  }
  project.provide('sites', served);
  project.provide('siteDir', served.main.dir);
  project.provide('siteUrl', served.main.url);
  let browser: BrowserServer | undefined;
  if (project.name === 'browser') {
    browser = await chromium.launchServer({executablePath: chromiumPath(), headless: true, args: BROWSER_ARGS});
    project.provide('browserEndpoint', browser.wsEndpoint());
  } else {
    project.provide('browserEndpoint', '');
  }
  return async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  };
}
