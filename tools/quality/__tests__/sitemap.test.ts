import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {htmlFileForRoute, readSitemapRoutes, sitemapRoutes} from '../sitemap';

const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://exemple.fr/boussole/</loc></url><url><loc>https://exemple.fr/boussole/themes/se-regrouper</loc></url>
<url><loc>https://exemple.fr/boussole/recherche?a=1&amp;b=2</loc></url></urlset>`;

describe('sitemap', () => {
  it('lists each route with its base path and without the origin', () => {
    expect(sitemapRoutes(xml)).toEqual(['/boussole/', '/boussole/themes/se-regrouper', '/boussole/recherche']);
  });

  it('maps routes to the files a static host serves with trailingSlash: false', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
    fs.mkdirSync(path.join(dir, 'themes/faire-groupe'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'themes/faire-groupe/index.html'), '');
    fs.writeFileSync(path.join(dir, 'themes.html'), '');
    expect(htmlFileForRoute(dir, '/boussole/', '/boussole/')).toBe(path.join(dir, 'index.html'));
    expect(htmlFileForRoute(dir, '/themes')).toBe(path.join(dir, 'themes.html'));
    expect(htmlFileForRoute(dir, '/themes/faire-groupe')).toBe(path.join(dir, 'themes/faire-groupe/index.html'));
  });

  it('names the missing sitemap file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
    expect(() => readSitemapRoutes(dir)).toThrow(path.join(dir, 'sitemap.xml'));
  });
});
