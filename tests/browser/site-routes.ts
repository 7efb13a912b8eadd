import {inject} from 'vitest';
import {readSitemapRoutes} from '../../tools/quality/sitemap';
import type {SiteName} from '../support/sites';

/** A built site's routes from its sitemap, as URLs on the local test server. */
export function sitemapUrls(name: SiteName = 'main'): {route: string; url: string}[] {
  const site = inject('sites')[name];
  const origin = new URL(site.url).origin;
  return readSitemapRoutes(site.dir).map((route) => ({route, url: `${origin}${route}`}));
}

/**
 * Counts the page's Mermaid diagrams, drawn at build time (src/plugins/diagrams):
 * their SVG is in the HTML, so there is nothing to wait for.
 */
export async function drawDiagrams(page: import('playwright-core').Page): Promise<number> {
  return page.locator('.boussole-diagram').count();
}

/** Waits until React has hydrated the page. */
export async function waitForHydration(page: import('playwright-core').Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 15_000});
}

/** Waits until React has hydrated; returns the number of diagrams (see drawDiagrams). */
export async function waitForPageReady(page: import('playwright-core').Page): Promise<number> {
  await waitForHydration(page);
  return drawDiagrams(page);
}
