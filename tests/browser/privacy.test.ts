import {describe, expect, inject, it} from 'vitest';
import {DESKTOP, PHONE, sharedBrowser, openPage} from '../support/browser';
import {waitForPageReady} from './site-routes';

/** The main routes a visitor goes through: home, an article, the blog, the day, resources, search. */
const MAIN_ROUTES = ['/', '/themes/se-regrouper', '/comptes-rendus', '/journees/2022-03-22', '/ressources', '/recherche?q=groupe'];

const browser = sharedBrowser();

describe('privacy: nothing leaves the site, nothing is stored in cookies', () => {
  for (const {viewport, colorScheme} of [
    {viewport: DESKTOP, colorScheme: 'light' as const},
    {viewport: PHONE, colorScheme: 'dark' as const},
  ]) {
    it(`main routes at ${viewport.width} px, ${colorScheme} theme: only 127.0.0.1, no cookie, no third-party font or script`, async () => {
      const siteOrigin = new URL(inject('siteUrl')).origin;
      const {context, page, requests} = await openPage(browser(), {viewport, colorScheme, serviceWorkers: 'allow'});
      // The service worker is allowed: what it fetches to keep the site offline counts too.
      try {
        for (const route of MAIN_ROUTES) {
          const response = await page.goto(`${siteOrigin}${route}`, {waitUntil: 'load'});
          expect(response?.status(), `${route} doit exister`).toBe(200);
          await waitForPageReady(page);
          // Reach lazy-loaded images and components at the bottom of the page.
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await page.waitForLoadState('networkidle');
          const external = await page.evaluate((origin) => {
            const urls = [
              ...Array.from(document.querySelectorAll('script[src]')).map((element) => (element as HTMLScriptElement).src),
              ...Array.from(document.querySelectorAll('link[href]'))
                .filter((element) => /stylesheet|preload|modulepreload|prefetch|icon|font/.test(element.getAttribute('rel') ?? ''))
                .map((element) => (element as HTMLLinkElement).href),
              ...Array.from(document.querySelectorAll('img[src], iframe[src], video[src], audio[src], source[src]')).map(
                (element) => (element as HTMLImageElement).src,
              ),
            ];
            return urls.filter((url) => new URL(url, location.href).origin !== origin);
          }, siteOrigin);
          expect(external, `${route} : ressources d’une autre origine dans le DOM`).toEqual([]);
          const fontsFromElsewhere = await page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((name) => /\.(woff2?|ttf|otf|eot)(\?|$)/.test(name) && new URL(name).hostname !== '127.0.0.1'),
          );
          expect(fontsFromElsewhere).toEqual([]);
        }
        const offSite = requests
          .map((request) => request.url())
          .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).hostname !== '127.0.0.1');
        expect(requests.length).toBeGreaterThan(MAIN_ROUTES.length);
        expect(offSite).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        const documentCookies = await page.evaluate(() => document.cookie);
        expect(documentCookies).toBe('');
      } finally {
        await context.close();
      }
    });
  }
});
