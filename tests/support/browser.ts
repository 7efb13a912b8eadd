import {chromiumPath} from '../../tools/quality/chromium';
import {afterAll, beforeAll} from 'vitest';
import {chromium, type Browser, type BrowserContext, type Page, type Request} from 'playwright-core';

export {chromiumPath};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // The machine has no network: background services would only fail noisily.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser for the calling test file: launched before its tests, closed after them.
 * Returns the running browser (call it inside a test or hook).
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
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
