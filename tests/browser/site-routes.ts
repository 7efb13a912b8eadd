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
 * Draws every Mermaid diagram of the page and waits for its SVG. Diagrams are drawn
 * when they come near the screen (src/theme/Mermaid), so each is scrolled to in turn;
 * the page is scrolled back to the top. Returns the number of diagrams.
 */
export async function drawDiagrams(page: import('playwright-core').Page): Promise<number> {
  const diagrams = page.locator('.boussole-diagram');
  const count = await diagrams.count();
  for (let i = 0; i < count; i++) {
    await diagrams.nth(i).evaluate((element) => element.scrollIntoView({block: 'center'}));
    await diagrams.nth(i).locator('.docusaurus-mermaid-container svg').waitFor({timeout: 30_000});
  }
  if (count > 0) await page.evaluate(() => window.scrollTo(0, 0));
  return count;
}

/** Waits until React has hydrated the page. */
export async function waitForHydration(page: import('playwright-core').Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 15_000});
}

/** Waits until React has hydrated, then draws every Mermaid diagram (see drawDiagrams); returns their number. */
export async function waitForPageReady(page: import('playwright-core').Page): Promise<number> {
  await waitForHydration(page);
  return drawDiagrams(page);
}
