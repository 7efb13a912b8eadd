/**
 * The sites the build and browser tests check, built once per run and shared
 * by every test file:
 * - `main`: the real site as it ships;
 * - `published`: the fixture copy (support/fixture-site.ts: a new day, PDFs and
 *   summaries published with the real commands, also into the real 2022 day, a
 *   draft) built at the release minute of the fixture PDF;
 * - `embargoed`: the same copy one minute before that release, built for a
 *   sub-path (BOUSSOLE_BASE_URL=/boussole/), as a host serving several sites would.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {DOCUSAURUS_BIN, ROOT} from '../../tools/quality/build-site';
import {FIXTURE_SITE, prepareFixtureSite} from './fixture-site';

/** A second copy of the fixture site: two builds of one folder at once would share its .docusaurus folder. */
const FIXTURE_SITE_COPY = `${FIXTURE_SITE}-bis`;
import {TEST_OUTPUT} from './paths';

export type SiteName = 'main' | 'published' | 'embargoed';
export const SUB_PATH = '/boussole/';

export interface TestSite {
  name: SiteName;
  dir: string;
  /** baseUrl the site was built for. */
  baseUrl: string;
  /** The site's source folder. */
  siteDir: string;
  env: Record<string, string>;
}

export const SITES: Record<SiteName, TestSite> = {
  main: {name: 'main', dir: path.join(TEST_OUTPUT, 'site'), baseUrl: '/', siteDir: ROOT, env: {}},
  published: {
    name: 'published',
    dir: path.join(TEST_OUTPUT, 'site-publie'),
    baseUrl: '/',
    siteDir: FIXTURE_SITE,
    env: {BOUSSOLE_NOW: '2030-06-14T17:00', BOUSSOLE_DATA_DIR: path.join(FIXTURE_SITE, 'src/data')},
  },
  embargoed: {
    name: 'embargoed',
    dir: path.join(TEST_OUTPUT, 'site-embargo'),
    baseUrl: SUB_PATH,
    siteDir: FIXTURE_SITE_COPY,
    env: {BOUSSOLE_NOW: '2030-06-14T16:59', BOUSSOLE_DATA_DIR: path.join(FIXTURE_SITE_COPY, 'src/data'), BOUSSOLE_BASE_URL: SUB_PATH},
  },
};

/** Written last by buildTestSites: the sites of this run are complete. */
const READY = path.join(TEST_OUTPUT, 'sites-ready.json');

const buildLogFile = (name: SiteName) => path.join(TEST_OUTPUT, `construction-${name}.log`);

/** What the build of a test site printed (the tests check it printed no warning). */
export function buildLog(name: SiteName): string {
  return fs.readFileSync(buildLogFile(name), 'utf8');
}

/** One `docusaurus build`, asynchronous so that several run side by side; rejects with its output. */
function build(site: TestSite): Promise<number> {
  fs.rmSync(site.dir, {recursive: true, force: true});
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DOCUSAURUS_BIN, 'build', site.siteDir, '--out-dir', site.dir], {
      cwd: site.siteDir,
      env: {...process.env, ...site.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      fs.writeFileSync(buildLogFile(site.name), output);
      if (code === 0) resolve((Date.now() - started) / 1000);
      else reject(new Error(`La construction du site « ${site.name} » (${site.siteDir}) a échoué :\n${output}`));
    });
  });
}

/**
 * Builds the three sites (the copy is made while the real site builds) and
 * marks them ready. Returns the build time of each, in seconds.
 */
export async function buildTestSites(): Promise<Record<SiteName, number>> {
  fs.rmSync(READY, {force: true});
  fs.mkdirSync(TEST_OUTPUT, {recursive: true});
  const main = build(SITES.main);
  const copies = prepareFixtureSite().then(() => {
    fs.rmSync(FIXTURE_SITE_COPY, {recursive: true, force: true});
    fs.cpSync(FIXTURE_SITE, FIXTURE_SITE_COPY, {recursive: true, verbatimSymlinks: true});
    return Promise.all([build(SITES.published), build(SITES.embargoed)]);
  });
  const [mainSeconds, [publishedSeconds, embargoedSeconds]] = await Promise.all([main, copies]);
  fs.writeFileSync(READY, JSON.stringify({builtAt: new Date().toISOString()}));
  return {main: mainSeconds, published: publishedSeconds, embargoed: embargoedSeconds};
}

/** The sites of this run: reused when tests/run.mjs has just built them (BOUSSOLE_TEST_SITES=prêts), else built now. */
export async function testSites(): Promise<Record<SiteName, TestSite>> {
  const ready = process.env.BOUSSOLE_TEST_SITES === 'prêts' && fs.existsSync(READY);
  if (!ready) await buildTestSites();
  return SITES;
}
