/**
 * The site built for a sub-path (BOUSSOLE_BASE_URL=/boussole/, the `embargoed`
 * test site), served under that path only: the search works from the navbar
 * and from /boussole/recherche?q=…, and every result leads under /boussole/.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, sharedBrowser} from '../support/browser';
import {SUB_PATH} from '../support/sites';
import {waitForHydration} from './site-routes';

const site = inject('sites').embargoed;
const origin = new URL(site.url).origin;
const browser = sharedBrowser();

/** Every address in `selector`'s links. */
const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.flatMap((element) => Array.from(element.querySelectorAll('[href]')).map((link) => (link as HTMLAnchorElement).href)));

describe(`the site under ${SUB_PATH}`, () => {
  it('searches from the navbar: the index and every result come from under the sub-path', async () => {
    const {context, page, requests} = await openPage(browser());
    try {
      await page.goto(`${site.url}/`);
      await waitForHydration(page);
      const box = page.getByRole('search', {name: 'Rechercher dans Boussole'}).locator('input');
      await box.click();
      await box.pressSequentially('regroupement');
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      const index = requests.map((request) => request.url()).filter((url) => url.includes('search-index'));
      // The entry of the sharded index and the fragments the query needs, all under the sub-path.
      expect(index.length).toBeGreaterThan(0);
      expect(index.filter((url) => !url.startsWith(`${origin}${SUB_PATH}search-index/`))).toEqual([]);
      // The first result opens under the sub-path, on a page that exists.
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL((url) => url.pathname !== SUB_PATH), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname.startsWith(SUB_PATH)).toBe(true);
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('main h1').first().textContent()).not.toMatch(/Page introuvable/);
    } finally {
      await context.close();
    }
  });

  it('shows results on /boussole/recherche?q=…, each leading to a page of the site', async () => {
    const {context, page} = await openPage(browser());
    try {
      const response = await page.goto(`${site.url}/recherche?q=${encodeURIComponent('société de coordination')}`);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      const results = page.getByRole('list', {name: 'Résultats'});
      await results.locator('li').first().waitFor();
      const links = await hrefs(page, 'main');
      const outside = links.filter((link) => link.startsWith(origin) && !link.startsWith(`${origin}${SUB_PATH}`));
      expect(outside).toEqual([]);
      const first = results.locator('a[href]').first();
      const target = await first.getAttribute('href');
      const answer = await page.request.get(new URL(target!, page.url()).href.split('#')[0]);
      expect(answer.status(), target!).toBe(200);
    } finally {
      await context.close();
    }
  });
});
