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
 */
export async function openPage(
  browser: Browser,
  options: {viewport?: {width: number; height: number}; colorScheme?: 'light' | 'dark'} = {},
): Promise<{context: BrowserContext; page: Page; requests: Request[]}> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'fr-FR',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return {context, page, requests};
}
