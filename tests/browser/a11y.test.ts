/**
 * axe-core on every route of the real site's sitemap, and on the routes that
 * only the published copy has (a day with its materials and summaries, the
 * fixture speaker, a summary post), with every WCAG 2.0/2.1/2.2 A and AA rule,
 * experimental ones included (support/axe.ts): at 1280 and 390 px, each in the
 * light and the dark theme. Routes are checked side by side (three at a time,
 * vitest's maxConcurrency), on pages of the shared Chromium reused from route to
 * route (support/browser.ts, pagePool).
 */
import {afterAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from '../support/axe';
import {DESKTOP, openPage, pagePool, PHONE, sharedBrowser} from '../support/browser';
import {sitemapUrls, waitForPageReady} from './site-routes';

const browser = sharedBrowser();
// One page per concurrent test, reused from route to route (support/browser.ts).
const pool = pagePool(browser);
afterAll(() => pool.close());

const main = sitemapUrls('main');
const mainRoutes = new Set(main.map((entry) => entry.route));
// Pages whose state changes once things are published: new routes, and the real day's pages that now hold materials.
const published = sitemapUrls('published').filter(
  ({route}) => !mainRoutes.has(route) || /^\/(journees\/2022-03-22(\/(faire-groupe|grand-temoin))?|ressources)$/.test(route),
);

const pages = [...main.map((entry) => ({...entry, site: 'réel'})), ...published.map((entry) => ({...entry, site: 'publié'}))];

/**
 * Switches the system colour scheme, as a reader's OS would, and waits for the site to follow it. The theme
 * listens for the change from an effect: on a loaded machine a change can come before the listener, so the
 * switch is made once more (through the other scheme) if the site has not followed after a while.
 */
async function useColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  const followed = (timeout: number) =>
    page.waitForFunction((scheme) => document.documentElement.dataset.theme === scheme, colorScheme, {timeout}).then(
      () => true,
      () => false,
    );
  await page.emulateMedia({colorScheme});
  if (await followed(10_000)) return;
  await page.emulateMedia({colorScheme: colorScheme === 'dark' ? 'light' : 'dark'});
  await page.emulateMedia({colorScheme});
  await page.waitForFunction((scheme) => document.documentElement.dataset.theme === scheme, colorScheme, {timeout: 30_000});
}

describe('axe-core, every WCAG A/AA rule, light and dark, 1280 and 390 px', () => {
  it('covers every route of the sitemap and the published states', () => {
    expect(main.length).toBeGreaterThan(40);
    expect(published.length).toBeGreaterThan(5);
  });

  it('finds what it must on a canary page, experimental rules included, and names the nodes', async () => {
    const {context, page} = await openPage(browser(), {viewport: DESKTOP});
    try {
      await page.setContent(
        '<!doctype html><html lang="fr"><head><title>Témoin</title></head><body><main><h1>Témoin</h1>' +
          '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="sans-alt">' +
          '<p style="color:#bbb;background:#fff">Texte trop pâle</p>' +
          '<a href="#suite" aria-label="Autre chose" id="lien">Lire la suite</a></main></body></html>',
      );
      const found = await axeViolations(page);
      expect(found.map((line) => line.split(' ')[0]).sort()).toEqual(['color-contrast', 'image-alt', 'label-content-name-mismatch']);
      expect(found.find((line) => line.startsWith('image-alt'))).toContain('#sans-alt');
      expect(found.find((line) => line.startsWith('label-content-name-mismatch'))).toContain('#lien');
    } finally {
      await context.close();
    }
  });

  describe.concurrent('routes', () => {
    // One load per route: light then dark at 1280 px, then the window narrowed to 390 px (the site
    // re-renders its phone layout on resize, as on a real phone turned or a narrowed window).
    // Concurrent tests assert with their own `expect` (the test context's).
    it.for(pages)('$route ($site)', {timeout: 300_000}, async ({route, url, site}, {expect}) => {
      const found = await pool.borrow(async (page) => {
        const violations: string[] = [];
        const response = await page.goto(url);
        expect(response?.status(), `${route} (${site})`).toBe(200);
        await waitForPageReady(page);
        for (const viewport of [DESKTOP, PHONE]) {
          if (viewport !== DESKTOP) {
            await page.setViewportSize(viewport);
            // The navbar's menu button appears in the phone layout only.
            await page.locator('.navbar__toggle').waitFor({state: 'visible'});
          }
          for (const colorScheme of viewport === DESKTOP ? (['light', 'dark'] as const) : (['dark', 'light'] as const)) {
            await useColorScheme(page, colorScheme);
            violations.push(...(await axeViolations(page, {label: `${viewport.width} px, ${colorScheme}`})));
          }
        }
        return violations;
      });
      expect(found).toEqual([]);
    });
  });
});
