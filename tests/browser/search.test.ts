import AxeBuilder from '@axe-core/playwright';
import {describe, expect, inject, it} from 'vitest';
import type {Page, Request} from 'playwright-core';
import {sharedBrowser, openPage, PHONE} from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

const QUERY = 'regroupements';
const indexRequests = (requests: Request[]) => requests.filter((request) => request.url().includes('/search-index/'));
const foreignRequests = (requests: Request[]) =>
  requests.map((request) => request.url()).filter((url) => !url.startsWith(siteUrl) && !url.startsWith('data:') && !url.startsWith('blob:'));

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function searchBox(page: Page) {
  return page.getByRole('combobox', {name: 'Rechercher'});
}

async function typeQuery(page: Page, query: string) {
  const box = searchBox(page);
  await box.fill('');
  await box.pressSequentially(query, {delay: 10});
}

describe('navbar search', () => {
  it('fetches nothing before use, opens with Ctrl+K and « / », shows highlighted results as you type', async () => {
    const {context, page, requests} = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteUrl}/`);
    await page.waitForLoadState('networkidle');
    expect(indexRequests(requests)).toEqual([]);

    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.locator('h1').first().click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => indexRequests(requests).length).toBe(1);

    await page.keyboard.type(QUERY, {delay: 10});
    const listbox = page.getByRole('listbox', {name: 'Résultats de recherche'});
    await listbox.getByRole('option').first().waitFor();
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('true');
    expect(await listbox.locator('mark').count()).toBeGreaterThan(0);
    expect((await listbox.locator('mark').first().textContent())?.toLowerCase()).toMatch(/regroup/);
    expect(indexRequests(requests)).toHaveLength(1);
    expect(indexRequests(requests)[0].url()).toMatch(/\/search-index\/fr\.[0-9a-f]{12}\.json$/);
    expect(await axeViolations(page, '[role="search"]')).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('moves with ↑↓, closes with Esc and opens the result with Enter, highlighting the words on the page', async () => {
    const {context, page, requests} = await openPage(browser());
    await page.goto(`${siteUrl}/`);
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

  it('filters by type with the facets', async () => {
    const {context, page} = await openPage(browser());
    await page.goto(`${siteUrl}/`);
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
    expect(await page.getByLabel('Thème', {exact: true}).count()).toBe(1);
    await context.close();
  });

  it('changes nothing but the results for hostile queries', async () => {
    const {context, page, requests} = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${siteUrl}/`);
    await page.waitForLoadState('networkidle');
    const title = await page.title();
    await searchBox(page).click();
    for (const query of [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      '.*+?^${}()|[]\\',
      '😀🏠',
      '\u0007\u001b[2J',
      'x'.repeat(300),
      '   ',
    ]) {
      await searchBox(page).fill(query);
      await page.waitForTimeout(150);
      await expect.poll(() => page.locator('[role="status"]').first().textContent()).not.toBe('Recherche en cours…');
    }
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await page.locator('[role="listbox"] img, [role="listbox"] script').count()).toBe(0);
    expect(await page.title()).toBe(title);
    // Still searching normally afterwards.
    await typeQuery(page, QUERY);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone screen', async () => {
    const {context, page} = await openPage(browser(), {viewport: PHONE});
    await page.goto(`${siteUrl}/`);
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
});
