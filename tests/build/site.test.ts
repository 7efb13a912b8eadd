import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {TEMPLATES} from '../../tools/quality/budgets';

// Each test site: the real one, the copy with publications, the copy under /boussole/ (support/sites.ts).
describe.each(Object.entries(inject('sites')))('the built site « %s »', (_, site) => {
  const origin = new URL(site.url).origin;

  function sitemapPaths(): string[] {
    const xml = fs.readFileSync(path.join(site.dir, 'sitemap.xml'), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  }

  /** A path under the site's base (`/themes`), or a full path from the sitemap. */
  async function fetchText(pathname: string): Promise<{status: number; body: string}> {
    const url = pathname.startsWith(site.baseUrl) && pathname !== '/' ? origin + pathname : site.url + pathname;
    const response = await fetch(url);
    return {status: response.status, body: await response.text()};
  }

  it('answers 200 on every route of the sitemap, each page in French (fr-FR)', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(10);
    for (const pathname of paths) {
      expect(pathname.startsWith(site.baseUrl), pathname).toBe(true);
      const {status, body} = await fetchText(pathname);
      expect(status, pathname).toBe(200);
      expect(/^<!doctype html><html[^>]*\blang="?fr-FR"?[\s>]/i.test(body), `${pathname} : lang="fr-FR"`).toBe(true);
    }
  });

  it('answers 404 with the French not-found page on an unknown route', async () => {
    const {status, body} = await fetchText('/cette-page-n-existe-pas');
    expect(status).toBe(404);
    expect(/<html[^>]*\blang="?fr-FR"?[\s>]/.test(body)).toBe(true);
    expect(body.includes('Page introuvable')).toBe(true);
  });

  it('publishes RSS and Atom feeds in French', async () => {
    const rss = await fetchText('/articles/rss.xml');
    expect(rss.status).toBe(200);
    expect(rss.body).toMatch(/<language>fr-FR<\/language>/);
    expect(rss.body).toContain('<title>Boussole — articles et comptes rendus</title>');
    const atom = await fetchText('/articles/atom.xml');
    expect(atom.status).toBe(200);
    expect(atom.body).toContain('<title>Boussole — articles et comptes rendus</title>');
    expect(atom.body).toMatch(/<entry>/);
  });

  // Strings of the classic theme that a French reader must never see.
  const englishThemeStrings = [
    'On this page',
    'Skip to main content',
    'Edit this page',
    'Previous',
    'Next',
    'Recent posts',
    'Read more',
    'Tags:',
    'Docs sidebar',
    'Main navigation',
    'Switch between dark and light mode',
    'Toggle navigation bar',
    'Copyright',
    'Blog',
    'Archive',
    'min read',
    'Page Not Found',
    'Home page',
    'Breadcrumbs',
    '(opens in new tab)',
  ];

  it.each(['/', '/themes', '/comptes-rendus', '/articles', '/journees/2022-03-22', '/ressources', '/404.html'])(
    'leaves no English theme string on %s',
    async (pathname) => {
      const {body} = await fetchText(pathname);
      const visible = body
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<link[^>]*>/g, ' ');
      for (const english of englishThemeStrings) {
        expect(visible, `${pathname} contient « ${english} »`).not.toContain(english);
      }
    },
  );
});

describe('the pages the Lighthouse budget measures (tools/quality/budgets.ts)', () => {
  const main = inject('sites').main;
  const routes = new Set([...fs.readFileSync(path.join(main.dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname));

  it('are pages of the real site, one per template', () => {
    const missing = TEMPLATES.filter(({page}) => (page === '/404.html' ? !fs.existsSync(path.join(main.dir, '404.html')) : !routes.has(page)));
    expect(missing.map(({template, page}) => `${template} : ${page}`)).toEqual([]);
  });
});
