/**
 * A site built for a sub-path (BOUSSOLE_BASE_URL=/boussole/, the `embargoed`
 * test site) keeps every address under that path: each link, script, style,
 * image, form and feed of every page leads to a file of the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {SUB_PATH} from '../support/sites';

const site = inject('sites').embargoed;

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.html'));
}

/** The build's file for a site path (trailingSlash: false: /a → a.html, / → index.html), or null. */
function builtFile(sitePath: string): string | null {
  const relative = decodeURIComponent(sitePath.slice(SUB_PATH.length));
  for (const candidate of [relative, `${relative}.html`, path.join(relative, 'index.html')]) {
    const file = path.join(site.dir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

/** Every same-site address in a page's markup (links, scripts, styles, images, forms, icons). */
function addresses(html: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src|action|content)="?([^"\s>]+)/g)].map((match) => match[1].replace(/&amp;/g, '&'));
  const srcsets = [...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) => match[1].split(',').map((entry) => entry.trim().split(/\s+/)[0]));
  return [...found, ...srcsets].filter((address) => address.startsWith('/') && !address.startsWith('//'));
}

describe(`a build under ${SUB_PATH}`, () => {
  const pages = htmlFiles(site.dir);

  it('has its pages', () => {
    expect(site.baseUrl).toBe(SUB_PATH);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('keeps every address of every page under the sub-path, each leading to a built file', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const address of new Set(addresses(fs.readFileSync(path.join(site.dir, page), 'utf8')))) {
        checked += 1;
        const sitePath = address.split(/[?#]/)[0];
        if (!sitePath.startsWith(SUB_PATH)) problems.push(`${page} : ${address} (hors de ${SUB_PATH})`);
        else if (!builtFile(sitePath)) problems.push(`${page} : ${address} (aucun fichier)`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(problems).toEqual([]);
  });

  it('gives absolute addresses (canonical, Open Graph, sitemap) under the sub-path', () => {
    const home = fs.readFileSync(path.join(site.dir, 'index.html'), 'utf8');
    expect(home).toMatch(/<link[^>]+rel="?canonical"?[^>]+href="?https:\/\/[^/"]+\/boussole\/"?/);
    const sitemap = fs.readFileSync(path.join(site.dir, 'sitemap.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    expect(locations.filter((location) => !location.startsWith(SUB_PATH))).toEqual([]);
    expect(fs.readFileSync(path.join(site.dir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/[^/]+\/boussole\/sitemap\.xml$/m);
  });
});
