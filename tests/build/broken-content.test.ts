/**
 * Broken content stops `npm run build` (tools/build.ts) with a message naming
 * the culprit, and leaves no half-built site. Each case is the good mini-site
 * (tests/fixtures/mini-site) plus one fault in its page.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {buildSite, ROOT, TEST_OUTPUT} from '../support/paths';

const MINI_SITE = path.join(ROOT, 'tests/fixtures/mini-site');
// Under the repository, so that the copies resolve Docusaurus from its node_modules.
const WORK = path.join(TEST_OUTPUT, 'mini-sites');
afterAll(() => fs.rmSync(WORK, {recursive: true, force: true}));

/** A copy of the mini-site named `name`, its page edited by `fault`. */
function miniSite(name: string, fault: (page: string) => string): string {
  const siteDir = path.join(WORK, name);
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.cpSync(MINI_SITE, siteDir, {recursive: true, filter: (source) => !/[\\/](\.docusaurus|build)$/.test(source)});
  const page = path.join(siteDir, 'docs/index.md');
  fs.writeFileSync(page, fault(fs.readFileSync(page, 'utf8')));
  return siteDir;
}

/** `npm run build` run in a mini-site, into `outDir`. */
function safeBuild(siteDir: string, outDir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'tools/build.ts'), '--out-dir', outDir], {
    cwd: siteDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

const addText = (text: string) => (page: string) => `${page}\n${text}\n`;

const cases = [
  {
    name: 'broken-md-link',
    what: 'a Markdown link to a missing file',
    fault: addText('Voir [la page sur les fusions](./fusions.md) : ce fichier n’existe pas.'),
    names: [/source file "[^"]*docs\/index\.md" \(10:6\)/, /\.\/fusions\.md/],
  },
  {
    name: 'broken-link',
    what: 'a link to a route that does not exist',
    fault: addText('Voir [la page sur les fusions](/fusions-absentes) : cette page n’existe pas.'),
    // Docusaurus checks links on rendered pages: it names the page's route and the bad target.
    names: [/Broken link on source page path = \/:/, /-> linking to \/fusions-absentes/],
  },
  {
    name: 'bad-front-matter',
    what: 'front matter that is not valid YAML',
    fault: (page: string) => page.replace('tags: [regroupement]', 'description: « une valeur : avec deux-points\ntags: [regroupement'),
    names: [/mini-sites\/bad-front-matter\/docs\/index\.md/, /YAMLException: .*\(\d+:\d+\)/],
  },
  {
    name: 'undeclared-tag',
    what: 'a tag missing from tags.yml',
    fault: (page: string) => page.replace('tags: [regroupement]', 'tags: [regroupement, etiquette-inconnue]'),
    names: [/mini-sites\/undeclared-tag\/docs\/index\.md/, /Tags \[etiquette-inconnue\] used in index\.md are not defined in tags\.yml/],
  },
];

describe('broken content stops the build with a message naming the culprit, and leaves no half-built site', () => {
  it('the good base builds', () => {
    const outDir = path.join(WORK, 'good-build');
    expect(() => buildSite({siteDir: miniSite('good', (page) => page), outDir})).not.toThrow();
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });

  for (const {name, what, fault, names} of cases) {
    it(`${name}: ${what}`, () => {
      const parent = path.join(WORK, `${name}-output`);
      const outDir = path.join(parent, 'site');
      fs.mkdirSync(outDir, {recursive: true});
      fs.writeFileSync(path.join(outDir, 'index.html'), 'site précédent');
      const result = safeBuild(miniSite(name, fault), outDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('La construction a échoué');
      for (const pattern of names) expect(result.stderr).toMatch(pattern);
      // The previous site is untouched and no staging directory is left behind.
      expect(fs.readdirSync(outDir)).toEqual(['index.html']);
      expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('site précédent');
      expect(fs.readdirSync(parent)).toEqual(['site']);
    });
  }

  it('documents why the wrapper exists: plain docusaurus build writes every page before failing on a broken link', () => {
    const outDir = path.join(WORK, 'plain-output');
    const siteDir = miniSite('plain', addText('Voir [la page](/fusions-absentes).'));
    expect(() => buildSite({siteDir, outDir})).toThrow(/fusions-absentes/);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});
