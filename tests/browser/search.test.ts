import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import type {Page, Request} from 'playwright-core';
import {sharedBrowser, openPage, DESKTOP, PHONE} from '../support/browser';
import {axeViolations as axeViolationsOf} from '../support/axe';
import {waitForHydration} from './site-routes';
import {HOSTILE_QUERIES} from '../../src/plugins/search/__tests__/__fixtures__/hostile-queries';
import {cleanQuery} from '../../src/plugins/search/query/query-text';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const browser = sharedBrowser();

const QUERY = 'regroupements';
const indexRequests = (requests: Request[]) => requests.filter((request) => request.url().includes('/search-index/'));
const foreignRequests = (requests: Request[]) =>
  requests.map((request) => request.url()).filter((url) => !url.startsWith(siteUrl) && !url.startsWith('data:') && !url.startsWith('blob:'));

/** Every WCAG A/AA rule of axe (support/axe.ts), on the page or inside `include`. */
const axeViolations = (page: Page, include?: string) => axeViolationsOf(page, {include});

function searchBox(page: Page) {
  return page.getByRole('combobox', {name: 'Rechercher'});
}

async function typeQuery(page: Page, query: string) {
  const box = searchBox(page);
  await box.fill('');
  await box.pressSequentially(query, {delay: 10});
}

/** Records what a page must never do with a hostile query: run script, open a dialog, throw. */
function watchForInjection(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

const injected = (page: Page, scope: string) => page.locator(`${scope} img, ${scope} script, ${scope} svg[onload], ${scope} [onerror]`).count();
const pwned = (page: Page) => page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned);

describe('navbar search', () => {
  it('fetches nothing before use, the entry on focus, then only the fragments the query needs', async () => {
    const {context, page, requests} = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteUrl}/`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(indexRequests(requests)).toEqual([]);

    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.locator('h1').first().click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => indexRequests(requests).length).toBe(1);
    expect(indexRequests(requests)[0].url()).toMatch(/\/search-index\/fr\.[0-9a-f]{12}\.json$/);

    await page.keyboard.type(QUERY, {delay: 10});
    const listbox = page.getByRole('listbox', {name: 'Résultats de recherche'});
    await listbox.getByRole('option').first().waitFor();
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('true');
    expect(await searchBox(page).getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    expect(await listbox.locator('mark').count()).toBeGreaterThan(0);
    expect((await listbox.locator('mark').first().textContent())?.toLowerCase()).toMatch(/regroup/);
    // The shards of its terms and the pages it shows: a small part of the index.
    const fragments = indexRequests(requests).slice(1).map((request) => request.url());
    expect(fragments.length).toBeGreaterThan(0);
    for (const url of fragments) expect(url).toMatch(/\/search-index\/fr\/[tpw]\/[0-9a-z-]+\.json$/);
    const all = fs.readdirSync(path.join(siteDir, 'search-index/fr'), {recursive: true}).filter((file) => String(file).endsWith('.json'));
    expect(fragments.length * 4).toBeLessThan(all.length);
    expect(await axeViolations(page, '[role="search"]')).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('moves with ↑↓, closes with Esc and opens the result with Enter, highlighting the words on the page', async () => {
    const {context, page, requests} = await openPage(browser());
    await page.goto(`${siteUrl}/`);
    await waitForHydration(page);
    await searchBox(page).click();
    await typeQuery(page, QUERY);
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    const count = await options.count();

    await page.keyboard.press('ArrowDown');
    const firstId = await options.nth(0).getAttribute('id');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe(await options.nth(count - 1).getAttribute('id'));
    await page.keyboard.press('ArrowDown');

    await page.keyboard.press('Escape');
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('true');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe(firstId);

    await page.keyboard.press('Enter');
    await page.waitForURL(/surligner=regroupements/);
    // The analyzer loads on the result page first: on a loaded machine that takes more than the default second.
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as {highlights: Map<string, {size: number}>}).highlights.get('boussole-recherche')?.size ?? 0), {timeout: 15_000})
      .toBeGreaterThan(0);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('filters by type with the facets, a speaker facet included', async () => {
    const {context, page} = await openPage(browser());
    await page.goto(`${siteUrl}/`);
    await waitForHydration(page);
    await searchBox(page).click();
    await typeQuery(page, QUERY);
    const listbox = page.getByRole('listbox');
    await listbox.getByRole('option').first().waitFor();
    const facet = page.getByRole('button', {name: /^Comptes rendus/});
    expect(await facet.getAttribute('aria-pressed')).toBe('false');
    await facet.click();
    expect(await facet.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => [...new Set(await listbox.locator('[role="option"] span[class*="badge"]').allTextContents())])
      .toEqual(['Compte rendu']);
    await facet.click();
    await page.getByRole('button', {name: /^Articles/}).click();
    await expect
      .poll(async () => [...new Set(await listbox.locator('[role="option"] span[class*="badge"]').allTextContents())])
      .toEqual(['Article']);
    expect(await page.getByRole('button', {name: /^Intervenants/}).count()).toBe(1);
    expect(await page.getByLabel('Thème', {exact: true}).count()).toBe(1);
    await context.close();
  });

  it('widens while in use at 1280 px, shows the whole query, and trades the shortcut hint for a clear button', async () => {
    const {context, page} = await openPage(browser(), {viewport: DESKTOP});
    await page.goto(`${siteUrl}/`);
    await waitForHydration(page);
    const box = searchBox(page);
    const idle = await box.boundingBox();
    const hint = page.locator('[role="search"] kbd');
    expect(await hint.isVisible()).toBe(true);
    await box.click();
    const longQuery = 'chronologie de la loi ELAN';
    await box.pressSequentially(longQuery, {delay: 5});
    await expect.poll(async () => (await box.boundingBox())!.width).toBeGreaterThan(idle!.width * 1.5);
    // The typed query is not cut: the input does not scroll its text.
    await expect.poll(() => box.evaluate((input) => (input as HTMLInputElement).scrollWidth <= (input as HTMLInputElement).clientWidth)).toBe(true);
    expect(await hint.count()).toBe(0);
    const clear = page.getByRole('button', {name: 'Effacer la recherche'});
    const clearBox = (await clear.boundingBox())!;
    const inputBox = (await box.boundingBox())!;
    expect(clearBox.x + clearBox.width).toBeLessThanOrEqual(inputBox.x + inputBox.width);
    // The whole navbar still fits.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
    await clear.click();
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => hint.count()).toBe(1);
    await context.close();
  });

  it('shows hostile queries as text and injects nothing', async () => {
    const {context, page, requests} = await openPage(browser());
    const problems = watchForInjection(page);
    await page.goto(`${siteUrl}/`);
    await waitForHydration(page);
    const title = await page.title();
    const box = searchBox(page);
    await box.click();
    for (const query of HOSTILE_QUERIES) {
      await box.fill(query);
      const value = await box.inputValue();
      if (!value.trim()) {
        await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
        continue;
      }
      // The count of this query's answer (« Recherche en cours… » until it comes), the query itself as text.
      const status = page.locator('[role="search"] [role="status"]');
      await expect.poll(() => status.textContent()).toMatch(/^(Aucun résultat pour «\u00a0.*\u00a0»|\d+ résultats?.*)\.$/s);
      const counted = (await status.textContent())!;
      if (counted.startsWith('Aucun')) expect(counted).toBe(`Aucun résultat pour «\u00a0${value.trim()}\u00a0».`);
      // The query is shown back as text, exactly as typed.
      expect(await page.getByRole('link', {name: /^Voir tous les résultats pour/}).textContent()).toBe(`Voir tous les résultats pour «\u00a0${value.trim()}\u00a0»`);
      expect(await injected(page, '[role="search"]')).toBe(0);
    }
    expect(await pwned(page)).toBeUndefined();
    expect(await page.title()).toBe(title);
    // Still searching normally afterwards.
    await typeQuery(page, QUERY);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(problems).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone screen', async () => {
    const {context, page} = await openPage(browser(), {viewport: PHONE});
    await page.goto(`${siteUrl}/`);
    await waitForHydration(page);
    await searchBox(page).click();
    await typeQuery(page, QUERY);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    const panel = await page.getByRole('listbox').evaluate((element) => {
      const box = element.parentElement!.getBoundingClientRect();
      return {left: box.left, right: box.right};
    });
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page, '[role="search"]')).toEqual([]);
    await context.close();
  });
});

describe('results page', () => {
  it('reads the query and facets from the URL and keeps the URL in step', async () => {
    const {context, page, requests} = await openPage(browser());
    await page.goto(`${siteUrl}/recherche?q=${QUERY}&type=compte-rendu`);
    const results = page.getByRole('list', {name: 'Résultats'});
    await results.locator('li').first().waitFor();
    expect([...new Set(await results.locator('span[class*="badge"]').allTextContents())]).toEqual(['Compte rendu']);
    expect(await page.getByRole('button', {name: /^Comptes rendus/}).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('searchbox', {name: 'Mots recherchés'}).inputValue()).toBe(QUERY);

    await page.getByRole('button', {name: /^Comptes rendus/}).click();
    await page.waitForURL((url) => !url.search.includes('type='));

    // The theme filter narrows the results and goes into the URL.
    const status = page.locator('main [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ résultats? pour/);
    const before = Number((await status.textContent())?.match(/^\d+/)?.[0]);
    await page.locator('main').getByLabel('Thème', {exact: true}).selectOption('sac');
    await page.waitForURL(/theme=sac/);
    await expect.poll(async () => Number((await status.textContent())?.match(/^\d+/)?.[0] ?? 0)).toBeLessThan(before);
    await page.locator('main').getByLabel('Thème', {exact: true}).selectOption('');
    await page.waitForURL((url) => !url.search.includes('theme='));
    await page.getByRole('searchbox', {name: 'Mots recherchés'}).fill('loi ELAN');
    await page.getByRole('button', {name: 'Rechercher', exact: true}).click();
    await page.waitForURL(/q=loi\+ELAN/);
    await expect.poll(() => page.locator('main [role="status"]').textContent()).toMatch(/résultat/);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('says plainly which results have only part of the words, and which words they lack', async () => {
    const {context, page} = await openPage(browser());
    await page.goto(`${siteUrl}/recherche?q=${encodeURIComponent('supports zzzqqq')}`);
    const partial = page.getByRole('list', {name: 'Résultats contenant une partie des mots'});
    await partial.locator('li').first().waitFor();
    expect(await page.getByRole('heading', {name: 'Résultats contenant une partie des mots'}).count()).toBe(1);
    expect(await page.locator('main [role="status"]').textContent()).toMatch(/^Aucun résultat ne contient tous les mots de «\u00a0supports zzzqqq\u00a0»\u00a0: \d+ résultats? contenant une partie des mots\.$/);
    expect(await partial.locator('li').first().textContent()).toContain('Mots absents\u00a0: zzzqqq');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows hostile queries of the URL as text and injects nothing', async () => {
    const {context, page, requests} = await openPage(browser());
    const problems = watchForInjection(page);
    // Servers refuse URLs of tens of kilobytes: the longest ones are cut at 2,000 characters, as a browser would send them.
    for (const query of HOSTILE_QUERIES.map((text) => text.slice(0, 2000))) {
      await page.goto(`${siteUrl}/recherche?q=${encodeURIComponent(query)}`);
      await waitForHydration(page);
      const shown = cleanQuery(query);
      const field = page.getByRole('searchbox', {name: 'Mots recherchés'});
      expect(await field.inputValue()).toBe(shown);
      const status = page.locator('main [role="status"]');
      if (!shown) expect(await status.textContent()).toBe('Saisissez un ou plusieurs mots.');
      else {
        await expect.poll(() => status.textContent()).toMatch(/^(Aucun résultat|\d+ résultats?)/);
        // The query comes back as text, between guillemets.
        expect(await status.textContent()).toContain(`«\u00a0${shown.trim()}\u00a0»`);
      }
      expect(await injected(page, 'main')).toBe(0);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.title()).toMatch(/^Recherche/);
    }
    expect(problems).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });
});

describe('highlighting on the page opened from a result', () => {
  it('marks the searched words as text, whatever ?surligner= holds', async () => {
    const {context, page, requests} = await openPage(browser());
    const problems = watchForInjection(page);
    const article = `${siteUrl}/themes/se-regrouper/fusion`;
    /** The texts the page highlights (CSS Custom Highlight API: ranges over the page's own text). */
    const highlighted = () =>
      page.evaluate(() => {
        const ranges = (CSS as unknown as {highlights: Map<string, Iterable<Range>>}).highlights.get('boussole-recherche');
        return ranges ? [...ranges].map((range) => range.toString()) : [];
      });
    await page.goto(article);
    await waitForHydration(page);
    const title = await page.title();
    for (const query of HOSTILE_QUERIES.map((text) => text.slice(0, 2000))) {
      await page.goto(`${article}?surligner=${encodeURIComponent(query)}`);
      await waitForHydration(page);
      // A query with « fusion » in it marks that word of the page; whatever else, only words of the page are marked.
      if (/fusion/.test(query)) await expect.poll(async () => (await highlighted()).length).toBeGreaterThan(0);
      for (const text of await highlighted()) expect(text).toMatch(/^[\p{L}\p{N}’'-]+$/u);
      if (/fusion/.test(query)) expect((await highlighted()).some((text) => /^fusion/i.test(text))).toBe(true);
      expect(await injected(page, 'main')).toBe(0);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.title()).toBe(title);
    }
    expect(problems).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });
});
