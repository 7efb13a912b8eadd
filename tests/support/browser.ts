import fs from 'node:fs';
import {chromium, type Browser, type BrowserContext, type Page, type Request} from 'playwright-core';

/** Debian's Chromium (CHROME_PATH overrides): Playwright never downloads a browser here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'Chromium est introuvable : installez le paquet Debian « chromium » (apt-get install chromium) ou indiquez son chemin dans CHROME_PATH.',
    );
  }
  return found;
}

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
