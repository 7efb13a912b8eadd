import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {metaProblems, readPageMeta} from '../../tools/quality/page-meta';
import {htmlFileForRoute, readSitemapRoutes, sitemapLocations} from '../../tools/quality/sitemap';

// Each test site: the real one, the copy with publications, the copy under /boussole/ (support/sites.ts).
describe.each(Object.entries(inject('sites')))('site « %s »', (_, site) => {
  const siteDir = site.dir;
  const sitemapXml = fs.readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
  const locations = sitemapLocations(sitemapXml);
  const routes = readSitemapRoutes(siteDir);
  const homeUrl = siteHome(sitemapXml);
  const basePath = new URL(homeUrl).pathname;

  it('is built for its base path', () => {
    expect(basePath).toBe(site.baseUrl);
  });

  describe('SEO metadata of every sitemap page', () => {
    it('lists the main routes', () => {
      const paths = routes.map((route) => `/${route.slice(basePath.length)}`.replace(/(.)\/$/, '$1'));
      for (const expected of ['/', '/themes', '/comptes-rendus', '/accessibilite', '/mentions-legales', '/confidentialite']) {
        expect(paths).toContain(expected);
      }
    });

    it('gives each page a description, a canonical URL and Open Graph tags matching its sitemap address', () => {
      const problems: string[] = [];
      routes.forEach((route, index) => {
        const file = htmlFileForRoute(siteDir, route, basePath);
        if (!fs.existsSync(file)) {
          problems.push(`${route} : fichier ${path.relative(siteDir, file)} absent`);
          return;
        }
        for (const problem of metaProblems(readPageMeta(fs.readFileSync(file, 'utf8')), locations[index])) {
          problems.push(`${route} : ${problem}`);
        }
      });
      expect(problems).toEqual([]);
    });

    it('points og:image at the committed 1200×630 PNG', () => {
      const home = readPageMeta(fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8'));
      const image = new URL(home.og.image ?? '');
      const png = fs.readFileSync(path.join(siteDir, image.pathname.slice(basePath.length)));
      // PNG header: signature, then IHDR with width and height as big-endian 32-bit integers.
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  });

  describe('robots.txt', () => {
    it('opens the site and announces the sitemap at the site URL', () => {
      const robots = fs.readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
      const sitemapUrl = new URL('sitemap.xml', homeUrl).href;
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).not.toMatch(/^Disallow: \/$/m);
      expect(robots).toMatch(new RegExp(`^Sitemap: ${sitemapUrl.replace(/[.?]/g, '\\$&')}$`, 'm'));
    });
  });

  describe('404 page', () => {
    it('is in French and offers a search form that works without JavaScript', () => {
      const html = fs.readFileSync(path.join(siteDir, '404.html'), 'utf8');
      expect(html).toMatch(/<html[^>]*lang="?fr-FR/);
      expect(html).toContain('Page introuvable');
      const form = [...html.matchAll(/<form[^>]*>[\s\S]*?<\/form>/g)].map((match) => match[0]).find((candidate) => candidate.includes('recherche-404')) ?? '';
      expect(form).toMatch(/action="?[^"\s>]*\/recherche"?[\s>]/);
      expect(form).toMatch(/method="?get/i);
      expect(form).toMatch(/name="?q"?[\s/>]/);
      expect(form).toMatch(/<label[^>]*for="?recherche-404/);
      expect(form).toContain('Rechercher un sujet dans Boussole');
    });
  });
});

/** The site's root URL: the sitemap entry that ends with a slash (trailingSlash: false). */
function siteHome(xml: string): string {
  const home = sitemapLocations(xml).find((loc) => new URL(loc).pathname.endsWith('/'));
  if (!home) throw new Error('sitemap.xml ne contient pas la page d’accueil.');
  return home;
}
