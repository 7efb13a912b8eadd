import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {load} from 'cheerio';
import {SCRIPTS_ATTRIBUTE} from '../../src/plugins/paint-first/ssr-template';

export interface FirstLoadAsset {
  kind: 'js' | 'css';
  href: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoad {
  assets: FirstLoadAsset[];
  js: number;
  css: number;
  total: number;
}

/**
 * The scripts and stylesheets a browser must fetch before a page works: the
 * `<script src>` and `<link rel="stylesheet">` of its HTML, and the scripts
 * that the page's loader adds after the first paint (its `data-scripts` list,
 * src/plugins/paint-first). Lazy chunks and preloads are not counted, as for a
 * first visit.
 */
export function firstLoadReferences(html: string): {kind: 'js' | 'css'; href: string}[] {
  const $ = load(html);
  const scripts = $(`script[src], script[${SCRIPTS_ATTRIBUTE}]`)
    .map((_, element) => {
      const list = $(element).attr(SCRIPTS_ATTRIBUTE);
      const sources = list === undefined ? [$(element).attr('src')!] : (JSON.parse(list) as string[]);
      return sources.map((href) => ({kind: 'js' as const, href}));
    })
    .get();
  const styles = $('link[href]')
    .filter((_, element) => ($(element).attr('rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((_, element) => ({kind: 'css' as const, href: $(element).attr('href')!}))
    .get();
  return [...styles, ...scripts];
}

/** Gzip size (level 9, as static hosts precompress) of each first-load asset of `page` in a built site. */
export function measureFirstLoad(siteDir: string, page = 'index.html', baseUrl = '/'): FirstLoad {
  const htmlFile = path.join(siteDir, page);
  if (!fs.existsSync(htmlFile)) throw new Error(`${htmlFile} est absent : le site n’est pas construit.`);
  const assets = firstLoadReferences(fs.readFileSync(htmlFile, 'utf8')).map(({kind, href}) => {
    if (/^(https?:)?\/\//.test(href)) throw new Error(`${htmlFile} charge une ressource externe (${href}) : elle ne peut pas être mesurée.`);
    const file = path.join(siteDir, href.startsWith(baseUrl) ? href.slice(baseUrl.length) : href);
    const content = fs.readFileSync(file);
    return {kind, href, bytes: content.length, gzipBytes: zlib.gzipSync(content, {level: 9}).length};
  });
  const sum = (kind: 'js' | 'css') => assets.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset.gzipBytes, 0);
  return {assets, js: sum('js'), css: sum('css'), total: sum('js') + sum('css')};
}

/** Boussole's size relative to the baseline's, e.g. 1.04 for 4 % heavier. */
export function sizeRatio(site: FirstLoad, baseline: FirstLoad): number {
  return site.total / baseline.total;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} Kio`;

export function formatComparison(site: FirstLoad, baseline: FirstLoad, limit: number): string {
  const ratio = sizeRatio(site, baseline);
  const rows = [
    ['', 'Boussole', 'Classique', 'Rapport'],
    ['JS (gzip)', kilobytes(site.js), kilobytes(baseline.js), (site.js / baseline.js).toFixed(3)],
    ['CSS (gzip)', kilobytes(site.css), kilobytes(baseline.css), (site.css / baseline.css).toFixed(3)],
    ['Total', kilobytes(site.total), kilobytes(baseline.total), ratio.toFixed(3)],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  const verdict =
    ratio <= limit
      ? `Dans le budget : ${((ratio - 1) * 100).toFixed(1)} % par rapport au site classique (limite +${((limit - 1) * 100).toFixed(0)} %).`
      : `Hors budget : +${((ratio - 1) * 100).toFixed(1)} % par rapport au site classique (limite +${((limit - 1) * 100).toFixed(0)} %).`;
  return [...lines, '', verdict].join('\n');
}
