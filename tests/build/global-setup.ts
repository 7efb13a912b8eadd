import fs from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {buildSite, TEST_OUTPUT} from '../support/paths';
import {startStaticServer, type StaticServer} from '../../tools/quality/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

/**
 * Builds the real site once per run (tests/run.mjs builds it before and
 * passes BOUSSOLE_TEST_SITE, so build and browser tests share one build),
 * then serves it on 127.0.0.1 for the whole run.
 */
let server: StaticServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let siteDir = process.env.BOUSSOLE_TEST_SITE;
  if (!siteDir || !fs.existsSync(path.join(siteDir, 'index.html'))) {
    siteDir = path.join(TEST_OUTPUT, 'site');
    buildSite({outDir: siteDir});
  }
  server = await startStaticServer(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  return async () => {
    await server?.close();
  };
}
