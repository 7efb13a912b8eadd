import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSite, ROOT} from '../support/paths';

const FIXTURES = path.join(ROOT, 'tests/fixtures/broken');

/** `npm run build` (src/cli/build.ts) run in a fixture mini-site, into `outDir`. */
function safeBuild(fixture: string, outDir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/cli/build.ts'), '--out-dir', outDir], {
    cwd: path.join(FIXTURES, fixture),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

const cases = [
  {
    fixture: 'broken-md-link',
    what: 'a Markdown link to a missing file',
    names: [/source file "[^"]*docs\/index\.md" \(8:6\)/, /\.\/fusions\.md/],
  },
  {
    fixture: 'broken-link',
    what: 'a link to a route that does not exist',
    // Docusaurus checks links on rendered pages: it names the page's route and the bad target.
    names: [/Broken link on source page path = \/:/, /-> linking to \/fusions-absentes/],
  },
  {
    fixture: 'bad-front-matter',
    what: 'front matter that is not valid YAML',
    names: [/broken\/bad-front-matter\/docs\/index\.md/, /YAMLException: .*\(\d+:\d+\)/],
  },
  {
    fixture: 'undeclared-tag',
    what: 'a tag missing from tags.yml',
    names: [/broken\/undeclared-tag\/docs\/index\.md/, /Tags \[etiquette-inconnue\] used in index\.md are not defined in tags\.yml/],
  },
];

describe('broken content stops the build with a message naming the culprit, and leaves no half-built site', () => {
  for (const {fixture, what, names} of cases) {
    it(`${fixture}: ${what}`, () => {
      const parent = fs.mkdtempSync(path.join(os.tmpdir(), `broken-${fixture}-`));
      const outDir = path.join(parent, 'site');
      fs.mkdirSync(outDir);
      fs.writeFileSync(path.join(outDir, 'index.html'), 'site précédent');
      const result = safeBuild(fixture, outDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('La construction a échoué');
      for (const pattern of names) expect(result.stderr).toMatch(pattern);
      // The previous site is untouched and no staging directory is left behind.
      expect(fs.readdirSync(outDir)).toEqual(['index.html']);
      expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('site précédent');
      expect(fs.readdirSync(parent)).toEqual(['site']);
      fs.rmSync(parent, {recursive: true, force: true});
    });
  }

  it('documents why the wrapper exists: plain docusaurus build writes every page before failing on a broken link', () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-plain-'));
    expect(() => buildSite({siteDir: path.join(FIXTURES, 'broken-link'), outDir})).toThrow(/fusions-absentes/);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    fs.rmSync(outDir, {recursive: true, force: true});
  });
});
