import {inject} from 'vitest';
import {readSitemapRoutes} from '../../src/quality/sitemap';

/**
 * The built site's routes from its sitemap, as URLs on the local test server
 * (which serves the build at its root, whatever baseUrl it was built for).
 */
export function sitemapUrls(): {route: string; url: string}[] {
  const routes = readSitemapRoutes(inject('siteDir'));
  const basePath = routes.reduce((shortest, route) => (route.length < shortest.length ? route : shortest));
  return routes.map((route) => ({route, url: `${inject('siteUrl')}/${route.slice(basePath.length)}`}));
}

/** Waits until React has hydrated and every Mermaid diagram has been drawn as SVG. */
export async function waitForPageReady(page: import('playwright-core').Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 15_000});
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('.docusaurus-mermaid-container')).every((container) =>
        container.querySelector('svg'),
      ),
    undefined,
    {timeout: 15_000},
  );
}
