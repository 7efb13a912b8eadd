import {describe, expect, inject, it} from 'vitest';
import {axeViolations} from '../support/axe';
import {sharedBrowser} from '../support/browser';

const browser = sharedBrowser();

describe('404 page', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`answers 404 in French and its labelled search form leads to /recherche?q=… (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser().newContext({javaScriptEnabled, locale: 'fr-FR', serviceWorkers: 'block'});
      try {
        const page = await context.newPage();
        const response = await page.goto(`${inject('siteUrl')}/cette-page-n-existe-pas`);
        expect(response?.status()).toBe(404);
        await expect(page.locator('h1').textContent()).resolves.toBe('Page introuvable');
        expect(await page.getAttribute('html', 'lang')).toBe('fr-FR');
        if (javaScriptEnabled) {
          await page.waitForSelector('html[data-has-hydrated="true"]');
          expect(await axeViolations(page)).toEqual([]);
        }
        // The navbar has its own search box: this is the one in the page's main content.
        const field = page.locator('main').getByRole('searchbox', {name: 'Rechercher un sujet dans Boussole'});
        await field.fill('société de coordination');
        await Promise.all([page.waitForURL(/\/recherche\?/), field.press('Enter')]);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/recherche');
        expect(url.searchParams.get('q')).toBe('société de coordination');
      } finally {
        await context.close();
      }
    });
  }
});
