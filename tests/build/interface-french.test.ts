/**
 * Every page of the built site speaks French to its reader: no string of the
 * classic theme left in English (the blog's author pages included), « 1er »
 * for the first of a month, and no « à compléter » placeholder. The English
 * strings are the theme's own default messages, so a new theme string is
 * checked as soon as Docusaurus ships it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, inject, it} from 'vitest';
import {htmlFileForRoute, sitemapRoutes} from '../../tools/quality/sitemap';

const siteDir = inject('siteDir');
const routes = sitemapRoutes(fs.readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8'));
const basePath = routes.reduce((shortest, route) => (route.length < shortest.length ? route : shortest));

/** What a reader sees or hears of a page: its text and the accessible attributes. */
function readerText(route: string): string {
  const $ = load(fs.readFileSync(htmlFileForRoute(siteDir, route, basePath), 'utf8'));
  $('script, style, noscript').remove();
  const attributes = $('[aria-label], [title], [alt], [placeholder]')
    .map((_, element) => ['aria-label', 'title', 'alt', 'placeholder'].map((name) => $(element).attr(name) ?? '').join(' '))
    .get();
  return [$('title').text(), $('body').text(), ...attributes].join(' ').replace(/\s+/g, ' ');
}

/** Words of the theme's English messages that are French words too. */
const FRENCH_TOO = new Set(['note', 'info', 'danger', 'caution', 'version', 'Version', 'Versions', 'Main', 'Archive']);

/** The English fragments of the theme's default messages (placeholders removed). */
function englishThemeFragments(): string[] {
  const file = require.resolve('@docusaurus/theme-translations/locales/base/theme-common.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const fragments = new Set(['Blog', 'Tags', 'Recent posts']);
  for (const [id, message] of Object.entries(messages)) {
    if (id.endsWith('___DESCRIPTION')) continue;
    for (const part of message.split(/\||\{[^}]+\}/)) {
      const fragment = part.trim().replace(/^[^A-Za-z]+|[^A-Za-z)]+$/g, '');
      if (fragment.length >= 4 && !FRENCH_TOO.has(fragment)) fragments.add(fragment);
    }
  }
  return [...fragments];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Several words match whatever their case (« View All Authors »); one word, as written. */
const pattern = (fragment: string) => new RegExp(`(^|[^\\p{L}])${escape(fragment)}($|[^\\p{L}])`, fragment.includes(' ') ? 'iu' : 'u');

describe('the interface, on every page of the sitemap', () => {
  const fragments = englishThemeFragments();
  const texts = new Map(routes.map((route) => [route, readerText(route)]));

  it('covers the blog’s author pages and the theme’s English messages', () => {
    expect(routes.some((route) => /\/articles\/authors\//.test(route))).toBe(true);
    expect(fragments).toEqual(expect.arrayContaining(['View all authors', 'Read more', 'Tags']));
  });

  it('has no English string of the theme', () => {
    const found = [...texts].flatMap(([route, text]) => fragments.filter((fragment) => pattern(fragment).test(text)).map((fragment) => `${route} : « ${fragment} »`));
    expect(found).toEqual([]);
  });

  it('writes « 1er » for the first day of a month', () => {
    const months = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
    // « 1 mars » but not « 21 mars »: the 1 starts the number.
    const firstOfMonth = new RegExp(`(^|[^\\d,.])1\\s(${months})\\b`, 'u');
    const found = [...texts].filter(([, text]) => firstOfMonth.test(text)).map(([route]) => route);
    expect(found).toEqual([]);
  });

  it('never shows a placeholder such as « à compléter »', () => {
    expect([...texts].filter(([, text]) => /à compléter|à préciser lors/i.test(text)).map(([route]) => route)).toEqual([]);
  });
});
