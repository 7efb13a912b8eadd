import {inject} from 'vitest';
import {readSitemapRoutes} from '../../tools/quality/sitemap';

/**
 * The built site's routes from its sitemap, as URLs on the local test server
 * (which serves the build at its root, whatever baseUrl it was built for).
 */
export function sitemapUrls(): {route: string; url: string}[] {
  const routes = readSitemapRoutes(inject('siteDir'));
  const basePath = routes.reduce((shortest, route) => (route.length < shortest.length ? route : shortest));
  return routes.map((route) => ({route, url: `${inject('siteUrl')}/${route.slice(basePath.length)}`}));
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
