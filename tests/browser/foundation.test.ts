import {describe, expect, inject, it} from 'vitest';
import {sharedBrowser, openPage, PHONE} from '../support/browser';
import {waitForHydration} from './site-routes';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

describe('a reader’s first journey', () => {
  it('goes from the home page to an article, the blog and a missing page, all in French', async () => {
    const {context, page, requests} = await openPage(browser());
    await page.goto(siteUrl + '/');
    await waitForHydration(page);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Boussole');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR');

    await page.getByRole('navigation', {name: 'Navigation principale'}).getByRole('link', {name: 'Thèmes'}).click();
    await page.waitForURL(/\/themes$/);
    // The sidebar leads to an article of a theme.
    const sidebar = page.getByRole('navigation', {name: 'Sommaire des thèmes'});
    await sidebar.getByRole('link', {name: 'Se regrouper'}).first().click();
    await page.waitForURL(/\/themes\/se-regrouper$/);
    await page.locator('article h1', {hasText: /regrouper/i}).first().waitFor();

    await page.getByRole('link', {name: 'Articles', exact: true}).first().click();
    await page.waitForURL(/\/articles$/);
    // The URL changes before the client-side route renders: wait for the list itself.
    const newest = page.locator('main h2 a').first();
    await newest.waitFor();
    const title = (await newest.textContent())?.trim();
    expect(title).toBeTruthy();
    await newest.click();
    // The newest post, whatever it is: its page opens with its title.
    await expect.poll(() => page.locator('article h1').first().textContent()).toBe(title);

    const response = await page.goto(siteUrl + '/page-qui-n-existe-pas');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Page introuvable/);

    const foreign = requests.filter((request) => !request.url().startsWith(siteUrl) && !request.url().startsWith('data:'));
    expect(foreign.map((request) => request.url())).toEqual([]);
    await context.close();
  });

  it('draws the page before fetching its scripts, then runs them in order and hydrates (src/plugins/paint-first)', async () => {
    const {context, page} = await openPage(browser());
    try {
      // The time of the first frame the browser renders (its paint entries give when a frame reached the screen,
      // later than when it was drawn).
      await page.addInitScript(() => requestAnimationFrame(() => ((window as unknown as {firstFrame: number}).firstFrame = performance.now())));
      await page.goto(siteUrl + '/themes/se-regrouper/societe-de-coordination');
      await waitForHydration(page);
      const timings = await page.evaluate(() => {
        const paint = (window as unknown as {firstFrame?: number}).firstFrame;
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.initiatorType === 'script' && /\/assets\/js\/(runtime~)?main\./.test(entry.name))
          .map((entry) => ({name: entry.name.replace(/^.*\/assets\/js\//, ''), fetchStart: entry.fetchStart}));
        return {paint, scripts};
      });
      expect(timings.paint).toBeGreaterThan(0);
      expect(timings.scripts.map((script) => script.name.split('.')[0])).toEqual(['runtime~main', 'main']);
      for (const script of timings.scripts) expect(script.fetchStart, script.name).toBeGreaterThan(timings.paint!);
      // The loader's scripts are in the document, in order, after it.
      expect(await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src.replace(/^.*\/assets\/js\//, '').split('.')[0]))).toEqual(
        expect.arrayContaining(['runtime~main', 'main']),
      );
    } finally {
      await context.close();
    }
  });

  it('switches to dark mode and remembers it on the next page', async () => {
    const {context, page} = await openPage(browser(), {colorScheme: 'light'});
    await page.goto(siteUrl + '/');
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    const toggle = page.locator('button[class*="toggleButton"]').first();
    // The toggle cycles light → dark (→ system); click until dark.
    for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i += 1) {
      await toggle.click();
    }
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-label')).toMatch(/mode/i);
    await page.goto(siteUrl + '/themes');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await context.close();
  });

  it('opens the mobile menu at 390 px and reaches the main sections', async () => {
    const {context, page} = await openPage(browser(), {viewport: PHONE});
    await page.goto(siteUrl + '/');
    await waitForHydration(page);
    const desktopLinks = page.locator('.navbar__items .navbar__item.navbar__link:visible');
    expect(await desktopLinks.count()).toBe(0);
    const menuButton = page.getByRole('button', {name: /barre de navigation|menu/i});
    await menuButton.click();
    const sidebar = page.locator('.navbar-sidebar');
    await sidebar.waitFor({state: 'visible'});
    for (const label of ['Thèmes', 'La journée', 'Comptes rendus', 'Articles', 'Ressources']) {
      await expect(sidebar.getByRole('link', {name: label, exact: true}).isVisible()).resolves.toBe(true);
    }
    await sidebar.getByRole('link', {name: 'Ressources', exact: true}).click();
    await page.waitForURL(/\/ressources$/);
    // Nothing overflows the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('offers a skip link first, moves focus to the content, and always shows where focus is', async () => {
    const {context, page} = await openPage(browser());
    await page.goto(siteUrl + '/themes');
    await waitForHydration(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return {text: active.textContent, visible: active.getBoundingClientRect().height > 0};
    });
    expect(skip.text).toMatch(/Aller au contenu principal/);
    expect(skip.visible).toBe(true);
    await page.keyboard.press('Enter');
    // The next Tab lands inside the main content, past the navbar and sidebar.
    await page.keyboard.press('Tab');
    const nextStop = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return {inMain: Boolean(active?.closest('main')), inNavbar: Boolean(active?.closest('nav.navbar'))};
    });
    expect(nextStop).toEqual({inMain: true, inNavbar: false});

    // The next Tab stops all show a focus indicator.
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      const indicator = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return 'body';
        const style = getComputedStyle(active);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none';
        return outline || shadow ? 'visible' : `invisible: ${active.outerHTML.slice(0, 120)}`;
      });
      expect(indicator).not.toMatch(/^invisible/);
    }
    await context.close();
  });
});
