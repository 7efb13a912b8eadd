import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {findIndexFile, openIndexFile} from '../../src/plugins/search/build/index-file';
import type {SearchRecord} from '../../src/plugins/search/query/search-record';
import {builtHtml} from '../../tools/bench/search-corpus';
import {readSitemapRoutes} from '../../tools/quality/sitemap';
import {firstLoadReferences} from '../../tools/quality/first-load';

const siteDir = inject('siteDir');
const indexFile = findIndexFile(siteDir);
const engine = openIndexFile(indexFile ?? path.join(siteDir, 'search-index/absent.json'));
let records: SearchRecord[] = [];
beforeAll(async () => {
  records = await engine.records();
});

/** Every file of a folder, recursively, relative to it. */
function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, {withFileTypes: true, recursive: true}).filter((entry) => entry.isFile()).map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
}

describe('built search index', () => {
  it('is a content-hashed entry file referenced by the client bundle, not by the HTML', () => {
    expect(indexFile).toMatch(/search-index\/fr\.[0-9a-f]{12}\.json$/);
    const name = path.basename(indexFile ?? '');
    const scripts = fs.readdirSync(path.join(siteDir, 'assets/js')).map((file) => fs.readFileSync(path.join(siteDir, 'assets/js', file), 'utf8'));
    expect(scripts.some((script) => script.includes(`search-index/${name}`))).toBe(true);
    expect(fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8')).not.toContain(name);
  });

  it('is split into fragments named after their content, all listed by the entry and nothing else', () => {
    const directory = path.join(siteDir, 'search-index');
    const fragments = filesUnder(directory).filter((file) => file !== path.basename(indexFile ?? ''));
    expect(fragments.sort()).toEqual(engine.allFragmentPaths().sort());
    expect(fragments.filter((file) => file.startsWith('fr/t/')).length).toBeGreaterThan(1);
    for (const file of fragments) {
      const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(directory, file))).digest('hex');
      const named = /([0-9a-f]{6,})\.json$/.exec(file)?.[1] ?? '';
      expect(hash.startsWith(named), file).toBe(true);
    }
  });

  it('keeps the query code and the index out of the first-load scripts, and FlexSearch out of the browser', () => {
    const home = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    const firstLoad = firstLoadReferences(home).filter((reference) => reference.kind === 'js').map((reference) => reference.href);
    expect(firstLoad.length).toBeGreaterThan(0);
    for (const src of firstLoad) {
      const code = fs.readFileSync(path.join(siteDir, src.replace(/^\//, '')), 'utf8');
      // A string of the query engine.
      expect(code).not.toContain('Index de recherche illisible');
      // The French analyzer (its elisions) and the search panel's facets load with the search too.
      expect(code).not.toContain('puisqu');
      expect(code).not.toContain('Tous les thèmes');
    }
    // FlexSearch builds the index; the browser reads the shards without it.
    for (const file of fs.readdirSync(path.join(siteDir, 'assets/js'))) {
      expect(fs.readFileSync(path.join(siteDir, 'assets/js', file), 'utf8'), file).not.toMatch(/searchCache|fastupdate|keystore/);
    }
  });

  it('indexes every doc and blog post of the sitemap, by address, with at least one record', () => {
    const pages = readSitemapRoutes(siteDir).filter((route) => /^\/themes(\/(?!tags(\/|$))|$)|^\/articles\/\d{4}\//.test(route));
    expect(pages.length).toBeGreaterThan(20);
    const indexed = new Set(records.map((record) => record.url.split('#')[0]));
    expect(pages.filter((page) => !indexed.has(page))).toEqual([]);
  });

  it('points every record to a built page, and every anchor to an id of that page', () => {
    const missing: string[] = [];
    for (const record of records) {
      const [pathPart, hash] = record.url.split('#');
      if (/\.pdf$/i.test(pathPart)) {
        if (!fs.existsSync(path.join(siteDir, decodeURIComponent(pathPart)))) missing.push(`${record.url} (fichier absent)`);
        expect(hash ?? 'page=1').toMatch(/^page=\d+$/);
        continue;
      }
      const html = builtHtml(siteDir, pathPart);
      if (!html) {
        missing.push(`${record.url} (page absente)`);
        continue;
      }
      // The HTML is minified: attribute values may be unquoted.
      const escaped = hash?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (hash && !new RegExp(`\\sid=["']?${escaped}(["'\\s>])`).test(html)) missing.push(`${record.url} (ancre absente)`);
    }
    expect(missing).toEqual([]);
  });

  it('does not index navigation chrome, nor markup the reader does not see', () => {
    for (const record of records) {
      expect(record.text).not.toMatch(/Aller au contenu principal|Publications récentes|Flux RSS/);
      // Admonitions (:::tip[À retenir] … :::) and footnote calls ([^source]) are shown as text, not as markup.
      expect(record.text, record.url).not.toMatch(/:::|\w\[[^\]]*\]|\[\^/);
    }
    expect(records.some((record) => record.text.includes('À retenir :'))).toBe(true);
  });
});
