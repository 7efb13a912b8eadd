/** « Copier le lien » and « Imprimer / enregistrer en PDF » on articles: one toolbar, with the keyboard. */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, PHONE, sharedBrowser} from '../support/browser';
import {waitForHydration} from './site-routes';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const ARTICLE = '/themes/se-regrouper/societe-de-coordination';

/** Tabs forward until the button named `name` has the focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`le bouton « ${name} » n’a pas reçu le focus au clavier`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('article actions', () => {
  it('copies the article’s address with the keyboard and says so', async () => {
    const {context, page} = await openPage(browser());
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: siteUrl});
      await page.goto(`${siteUrl}${ARTICLE}#les-membres`);
      await waitForHydration(page);
      const toolbar = page.getByRole('toolbar', {name: 'Partager ou imprimer l’article'});
      expect(await toolbar.getByRole('button').allTextContents()).toEqual(['Copier le lien', 'Imprimer / enregistrer en PDF']);
      await tabTo(page, 'Copier le lien');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('status').filter({hasText: 'Lien'}).textContent()).toBe('Lien de l’article copié.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}${ARTICLE}`);
    } finally {
      await context.close();
    }
  });

  it('is one Tab stop: the arrows move between its buttons, and « Imprimer » opens the print dialog', async () => {
    const {context, page} = await openPage(browser());
    try {
      await page.goto(siteUrl + ARTICLE);
      await waitForHydration(page);
      // Record the call to the browser's print dialog (headless Chromium shows none).
      await page.evaluate(() => {
        (window as unknown as {printed: number}).printed = 0;
        window.print = () => {
          (window as unknown as {printed: number}).printed += 1;
        };
      });
      await tabTo(page, 'Copier le lien');
      await page.keyboard.press('ArrowRight');
      expect(await focusedText(page)).toBe('Imprimer / enregistrer en PDF');
      await page.keyboard.press('ArrowRight');
      expect(await focusedText(page)).toBe('Copier le lien');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as {printed: number}).printed)).toBe(1);
      // Tab leaves the toolbar: only one of its buttons is in the Tab order.
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).not.toBe('Copier le lien');
      await page.keyboard.press('Shift+Tab');
      expect(await focusedText(page)).toBe('Imprimer / enregistrer en PDF');
    } finally {
      await context.close();
    }
  });

  it('fits a 390 px phone', async () => {
    const {context, page} = await openPage(browser(), {viewport: PHONE});
    try {
      await page.goto(siteUrl + ARTICLE);
      await waitForHydration(page);
      const toolbar = page.getByRole('toolbar', {name: 'Partager ou imprimer l’article'});
      const box = await toolbar.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await context.close();
    }
  });
});
