/** The /ressources filter, used with the keyboard only, on the post-event fixture build. */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openPage, PHONE, sharedBrowser} from '../support/browser';
import {buildSite, TEST_OUTPUT} from '../support/paths';
import {startStaticServer, type StaticServer} from '../../tools/quality/static-server';
import {FIXTURE_DAY, prepareFixtureSite} from '../support/fixture-site';

const OUT = path.join(TEST_OUTPUT, 'journees-navigateur');
let siteDir: string;
let server: StaticServer;
const browser = sharedBrowser();

beforeAll(async () => {
  ({siteDir} = await prepareFixtureSite());
  buildSite({siteDir, outDir: OUT, env: {BOUSSOLE_NOW: '2030-06-15T09:00'}});
  server = await startStaticServer(OUT);
});

afterAll(async () => {
  await server?.close();
  if (siteDir) fs.rmSync(siteDir, {recursive: true, force: true});
});

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
    await page.waitForLoadState('networkidle');
    expect(await count(page)).toBe('3 ressources affichées.');
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');

    await tabTo(page, 'Type');
    await page.keyboard.press('ArrowDown'); // Diaporama
    await expect.poll(() => count(page)).toBe('2 ressources affichées.');
    expect(await titles(page)).toEqual(['Supports d’essai', 'Supports du grand témoin']);

    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab'); // Thème
    await page.keyboard.press('Tab'); // Session
    await page.keyboard.press('Tab'); // Journée
    await page.keyboard.up('Shift');
    await page.keyboard.press('ArrowDown'); // the fixture day, the most recent
    expect(await page.getByLabel('Journée').inputValue()).toBe(FIXTURE_DAY);
    await expect.poll(() => count(page)).toBe('1 ressource affichée.');
    expect(await titles(page)).toEqual(['Supports d’essai']);

    await page.keyboard.press('Tab'); // Session: only the fixture day's sessions are offered
    expect(await page.getByLabel('Session').locator('option').allTextContents()).toEqual(['Toutes les sessions', 'Session d’ouverture d’essai (14 juin 2030)', 'Atelier d’essai (14 juin 2030)']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Atelier d’essai
    await expect.poll(() => count(page)).toBe('Aucune ressource ne correspond à ces critères.');

    // Reset the kind filter: the announced programme of the workshop shows up.
    await tabTo(page, 'Type');
    await page.keyboard.press('Home');
    await expect.poll(() => count(page)).toBe('1 ressource affichée.');
    expect(await titles(page)).toEqual(['Programme d’essai annoncé']);

    const foreign = requests.filter((request) => !request.url().startsWith(server.url) && !request.url().startsWith('data:'));
    expect(foreign.map((request) => request.url())).toEqual([]);
    await context.close();
  });

  it('has labelled controls and no axe violation, thumbnails with alt text', async () => {
    const {context, page} = await openPage(browser());
    await page.goto(`${server.url}/ressources`);
    await page.waitForLoadState('networkidle');
    const thumbnail = page.locator('img[alt^="Aperçu de la première page"]');
    expect(await thumbnail.count()).toBe(1);
    expect(await thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone without horizontal scrolling', async () => {
    const {context, page} = await openPage(browser(), {viewport: PHONE});
    for (const sitePath of ['/ressources', `/journees/${FIXTURE_DAY}`, `/journees/${FIXTURE_DAY}/ouverture`]) {
      await page.goto(server.url + sitePath);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, sitePath).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('has no axe violation on the day, session, person, archive pages and the summary post, in light and dark modes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const {context, page} = await openPage(browser(), {colorScheme});
      for (const sitePath of [`/journees/${FIXTURE_DAY}`, `/journees/${FIXTURE_DAY}/ouverture`, '/intervenants/intervenante-exemple', '/journees', '/comptes-rendus', '/articles/2030/06/14/compte-rendu-ouverture']) {
        await page.goto(server.url + sitePath);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((violation) => `${sitePath} ${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      await context.close();
    }
  });
});
