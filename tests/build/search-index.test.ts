import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {findIndexFile, readIndexFile} from '../../src/plugins/search/build/index-file';
import {SearchEngine} from '../../src/plugins/search/query/search-engine';
import type {SearchRecord} from '../../src/plugins/search/query/search-record';
import {readSitemapRoutes} from '../../tools/quality/sitemap';

const siteDir = inject('siteDir');
const indexFile = findIndexFile(siteDir);
const engine = new SearchEngine(readIndexFile(indexFile ?? path.join(siteDir, 'search-index/absent.json')));
const records: SearchRecord[] = Array.from({length: engine.recordCount}, (_, id) => engine.record(id));

/** The built HTML of a site path (trailingSlash: false → page.html, or dir/index.html). */
function htmlOf(sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath).replace(/\/$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`, clean === '' ? 'index.html' : '']) {
    if (!candidate) continue;
    const file = path.join(siteDir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return fs.readFileSync(file, 'utf8');
  }
  return null;
}

describe('built search index', () => {
  it('is one content-hashed JSON file referenced by the client bundle, not by the HTML', () => {
    expect(indexFile).toMatch(/search-index\/fr\.[0-9a-f]{12}\.json$/);
    const name = path.basename(indexFile ?? '');
    const scripts = fs.readdirSync(path.join(siteDir, 'assets/js')).map((file) => fs.readFileSync(path.join(siteDir, 'assets/js', file), 'utf8'));
    expect(scripts.some((script) => script.includes(`search-index/${name}`))).toBe(true);
    expect(fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8')).not.toContain(name);
  });

  it('keeps FlexSearch and the index out of the first-load scripts', () => {
    const home = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    const firstLoad = [...home.matchAll(/<script[^>]+src=["']?([^"' >]+\.js)/g)].map((match) => match[1]);
    expect(firstLoad.length).toBeGreaterThan(0);
    for (const src of firstLoad) {
      const code = fs.readFileSync(path.join(siteDir, src.replace(/^\//, '')), 'utf8');
      // A string of the FlexSearch bundle and one of the query engine.
      expect(code).not.toContain('Index de recherche illisible');
      expect(code).not.toMatch(/searchCache|bidirectional/);
      // The French analyzer (its elisions) and the search panel's facets load with the search too.
      expect(code).not.toContain('puisqu');
      expect(code).not.toContain('Tous les thèmes');
    }
  });

  it('indexes every doc and blog post of the sitemap, by address, with at least one record', () => {
    const pages = readSitemapRoutes(siteDir).filter((route) => /^\/themes(\/(?!tags(\/|$))|$)|^\/comptes-rendus\/\d{4}\//.test(route));
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
      const html = htmlOf(pathPart);
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

  it('does not index navigation chrome', () => {
    for (const record of records) {
      expect(record.text).not.toMatch(/Aller au contenu principal|Publications récentes|Flux RSS/);
    }
  });
});
