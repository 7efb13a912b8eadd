import {afterAll, beforeAll, inject} from 'vitest';
import {chromium, type Browser, type BrowserContext, type Page, type Request} from 'playwright-core';
import {BROWSER_ARGS, chromiumPath} from './browser-options';

export {chromiumPath};

/** A Chromium of this process's own (for a test that runs outside the browser project). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), headless: true, args: BROWSER_ARGS});
}

/**
 * The run's shared Chromium (started once by the global setup), connected to
 * before the calling file's tests and disconnected after them; each test opens
 * its own context, so tests stay apart. Returns the connected browser (call it
 * inside a test or hook).
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const endpoint = inject('browserEndpoint');
    browser = endpoint ? await chromium.connect(endpoint) : await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Le navigateur des tests n’est pas lancé : appelez-le dans un test ou un hook.');
    return browser;
  };
}

export const DESKTOP = {width: 1280, height: 800};
export const PHONE = {width: 390, height: 844};

/**
 * A page whose every request is recorded, so tests can assert that nothing
 * leaves the site's own origin.
 *
 * The site's service worker is blocked unless a test asks for it (`serviceWorkers:
 * 'allow'`: offline, privacy): in every new context it would precache the whole
 * site, about 290 requests behind each first page, work that only those tests check.
 */
export async function openPage(
  browser: Browser,
  options: {viewport?: {width: number; height: number}; colorScheme?: 'light' | 'dark'; serviceWorkers?: 'allow' | 'block'} = {},
): Promise<{context: BrowserContext; page: Page; requests: Request[]}> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'fr-FR',
    reducedMotion: 'reduce',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return {context, page, requests};
}

/**
 * Pages kept open and reused by the many short checks of one file (axe on every
 * route): a new context per route would fetch and compile the site's scripts
 * again each time, in a new renderer. A page is lent to one test at a time,
 * set back to the desktop width and the light scheme.
 */
export function pagePool(browser: () => Browser): {borrow<T>(use: (page: Page) => Promise<T>): Promise<T>; close(): Promise<void>} {
  const idle: Page[] = [];
  const contexts: BrowserContext[] = [];
  return {
    async borrow(use) {
      let page = idle.pop();
      if (!page) {
        const opened = await openPage(browser(), {viewport: DESKTOP, colorScheme: 'light'});
        contexts.push(opened.context);
        page = opened.page;
      } else {
        await page.setViewportSize(DESKTOP);
        await page.emulateMedia({colorScheme: 'light'});
      }
      try {
        return await use(page);
      } finally {
        idle.push(page);
      }
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
    },
  };
}
