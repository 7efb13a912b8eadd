/** The /ressources filter, used with the keyboard only, on the post-event fixture build. */
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {openPage, PHONE, sharedBrowser} from '../support/browser';
import {DECK_TITLE} from '../../src/plugins/journees/__tests__/__fixtures__/make-slides';
import {FIXTURE_DAY} from '../support/fixture-site';
import {waitForHydration} from './site-routes';

// The fixture copy with its publications, built at the release minute (support/sites.ts).
const server = {url: inject('sites').published.url};
const browser = sharedBrowser();

const count = (page: Page) => page.getByRole('status').textContent();
const titles = (page: Page) => page.locator('main ul h2').allTextContents();

/** Tabs forward until the control labelled `label` has the focus. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLSelectElement | null;
      return element?.labels?.[0]?.firstChild?.textContent ?? null;
    });
    if (focused === label) return;
  }
  throw new Error(`le champ « ${label} » n’a pas reçu le focus au clavier`);
}

describe('/ressources filter', () => {
  it('filters by kind, day and session with the keyboard and announces the count', async () => {
    const {context, page, requests} = await openPage(browser());
    await page.goto(`${server.url}/ressources`);
    await waitForHydration(page);
    expect(await count(page)).toBe('4 ressources affichées.');
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');

    await tabTo(page, 'Type');
    await page.keyboard.press('ArrowDown'); // Diaporama
    await expect.poll(() => count(page)).toBe('3 ressources affichées.');
    expect((await titles(page)).sort()).toEqual([DECK_TITLE, 'Supports d’essai', 'Supports du grand témoin'].sort());

    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab'); // Thème
    await page.keyboard.press('Tab'); // Session
    await page.keyboard.press('Tab'); // Journée
    await page.keyboard.up('Shift');
    await page.keyboard.press('ArrowDown'); // the fixture day, the most recent
    expect(await page.getByLabel('Journée').inputValue()).toBe(FIXTURE_DAY);
    await expect.poll(() => count(page)).toBe('2 ressources affichées.');
    expect((await titles(page)).sort()).toEqual([DECK_TITLE, 'Supports d’essai'].sort());

    await page.keyboard.press('Tab'); // Session: only the fixture day's sessions are offered
    expect(await page.getByLabel('Session').locator('option').allTextContents()).toEqual(['Toutes les sessions', 'Session d’ouverture d’essai (14 juin 2030)', 'Atelier d’essai (14 juin 2030)']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Atelier d’essai: its slides without text layer
    await expect.poll(() => count(page)).toBe('1 ressource affichée.');
    expect(await titles(page)).toEqual([DECK_TITLE]);

    // Reset the kind filter: the announced programme of the workshop shows up too.
    await tabTo(page, 'Type');
    await page.keyboard.press('Home');
    await expect.poll(() => count(page)).toBe('2 ressources affichées.');
    expect((await titles(page)).sort()).toEqual([DECK_TITLE, 'Programme d’essai annoncé'].sort());

    // A kind no resource of this session has: nothing, said plainly.
    await page.keyboard.press('End');
    await expect.poll(() => count(page)).toBe('Aucune ressource ne correspond à ces critères.');

    const foreign = requests.filter((request) => !request.url().startsWith(server.url) && !request.url().startsWith('data:'));
    expect(foreign.map((request) => request.url())).toEqual([]);
    await context.close();
  });

  it('shows the thumbnail of each published PDF, with its alt text', async () => {
    const {context, page} = await openPage(browser());
    await page.goto(`${server.url}/ressources`);
    await waitForHydration(page);
    const thumbnail = page.locator('img[alt^="Aperçu de la première page"]');
    // The fixture day's two PDFs and the one published into the real day.
    expect(await thumbnail.count()).toBe(3);
    await expect.poll(() => thumbnail.evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0))).toBe(true);
    await context.close();
  });

  it('fits a 390 px phone without horizontal scrolling', async () => {
    const {context, page} = await openPage(browser(), {viewport: PHONE});
    for (const sitePath of ['/ressources', `/journees/${FIXTURE_DAY}`, `/journees/${FIXTURE_DAY}/ouverture`]) {
      await page.goto(server.url + sitePath);
      await waitForHydration(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, sitePath).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
