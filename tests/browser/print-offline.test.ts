/**
 * Reading on paper and on the train, on a fixture copy of the site (the fixture
 * day with its published PDF, plus an article with an external link, a source
 * in a footnote and a long table):
 * - pages printed to PDF in Chromium, and their text read back;
 * - the site offline after a first visit: pages, search and a PDF opened before;
 *   and a new deployment announced.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {openPage, sharedBrowser} from '../support/browser';
import {TEST_OUTPUT} from '../support/paths';
import {FIXTURE_DAY, fixturePdf, PRINT_ARTICLE} from '../support/fixture-site';
import {startStaticServer, type StaticServer} from '../../tools/quality/static-server';
import {waitForHydration} from './site-routes';

const OUT = path.join(TEST_OUTPUT, 'impression-hors-ligne');
const {EXTERNAL_URL, SOURCE_TEXT, ROWS} = PRINT_ARTICLE;
let pdf: Uint8Array;
let server: StaticServer;
const browser = sharedBrowser();

beforeAll(async () => {
  // A copy of the published test site as built once for the run (support/sites.ts, with the print article of
  // support/fixture-site.ts): this file replaces its service worker to stage a new deployment.
  fs.rmSync(OUT, {recursive: true, force: true});
  fs.cpSync(inject('sites').published.dir, OUT, {recursive: true});
  pdf = new Uint8Array(fixturePdf());
  server = await startStaticServer(OUT);
});

afterAll(async () => {
  await server?.close();
});

/** What the site's furniture says: none of it belongs on paper. */
const FURNITURE = [
  'Navigation principale',
  'Rechercher',
  'Aller au contenu principal',
  'Mentions légales',
  'Flux RSS',
  'Sur cette page',
  'Copier le lien',
  'Imprimer / enregistrer en PDF',
  'Une journée proposée par Aatiko Conseils',
];

/** Prints the page to an A4 PDF (as « Enregistrer en PDF » does) and reads each page's text back. */
async function printedPages(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await waitForHydration(page);
  const bytes = await page.pdf({format: 'A4'});
  const {getDocumentProxy, extractText} = await import('unpdf');
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const {text} = await extractText(document, {mergePages: false});
  await document.destroy();
  return text;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('printing', () => {
  it('prints an article alone, in the light colours, with its diagram as vector text', async () => {
    // Dark mode on screen: paper is still white, and the light drawing is the one printed.
    const {context, page} = await openPage(browser(), {colorScheme: 'dark'});
    try {
      const text = folded((await printedPages(page, `${server.url}/themes/se-regrouper/fusion`)).join('\n'));
      expect(text).toContain('Fusionner');
      // The diagram's labels are text in the PDF: it was printed as vector graphics.
      expect(text).toContain('Société absorbante');
      expect(text).toContain('détient des actions');
      for (const furniture of FURNITURE) expect(text, furniture).not.toContain(furniture);
      await page.emulateMedia({media: 'print'});
      expect(await page.locator('.boussole-diagram__light svg').isVisible()).toBe(true);
      expect(await page.locator('.boussole-diagram__dark svg').isVisible()).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    } finally {
      await context.close();
    }
  });

  it('shows where external links lead, and keeps the sources', async () => {
    const {context, page} = await openPage(browser());
    try {
      const text = (await printedPages(page, `${server.url}/themes/essai-impression`)).join('\n');
      // A long address may wrap: compare without white space.
      expect(text.replace(/\s+/g, '')).toContain(`(${EXTERNAL_URL})`);
      expect(folded(text)).toContain(SOURCE_TEXT);
      // Internal links keep their text only.
      expect(text).not.toContain('(/themes/glossaire');
    } finally {
      await context.close();
    }
  });

  it('keeps each heading with its text and each table row on one page', async () => {
    const {context, page} = await openPage(browser());
    try {
      const pages = (await printedPages(page, `${server.url}/themes/essai-impression`)).map(folded);
      expect(pages.length).toBeGreaterThan(2);
      const headings = (await page.locator('main h2').allTextContents()).map(folded);
      expect(headings.length).toBeGreaterThan(8);
      for (const [index, text] of pages.slice(0, -1).entries()) {
        for (const heading of headings) expect(text.endsWith(heading), `page ${index + 1} ends with « ${heading} »`).toBe(false);
      }
      for (let row = 1; row <= ROWS; row++) {
        const start = pages.findIndex((text) => text.includes(`Ligne ${row} début`));
        const end = pages.findIndex((text) => text.includes(`Ligne ${row} fin`));
        expect(start, `ligne ${row}`).toBeGreaterThanOrEqual(0);
        expect(end, `ligne ${row}`).toBe(start);
      }
    } finally {
      await context.close();
    }
  });

  it.each([
    {name: 'the glossary', route: '/themes/glossaire', heading: 'Glossaire'},
    {name: 'a day page', route: `/journees/${FIXTURE_DAY}`, heading: 'Supports d’essai'},
    {name: 'a session page', route: `/journees/${FIXTURE_DAY}/ouverture`, heading: 'Session d’ouverture d’essai'},
  ])('prints $name without the site furniture', async ({route, heading}) => {
    const {context, page} = await openPage(browser());
    try {
      const text = folded((await printedPages(page, server.url + route)).join('\n'));
      expect(text).toContain(heading);
      for (const furniture of FURNITURE) expect(text, furniture).not.toContain(furniture);
    } finally {
      await context.close();
    }
  });
});

/** The published fixture PDF, as a path of the site. */
function materialPath(): string {
  const dir = path.join(OUT, 'supports', FIXTURE_DAY);
  const file = fs.readdirSync(dir).find((name) => name === 'supports-essai.pdf');
  if (!file) throw new Error(`aucun PDF publié dans ${dir}`);
  return `/supports/${FIXTURE_DAY}/${file}`;
}

/** A first visit: the service worker is installed (pages precached), then controls the page. */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('offline', () => {
  it('keeps articles, the glossary, day pages, the search and a PDF opened before readable offline', async () => {
    const {context, page} = await openPage(browser(), {serviceWorkers: 'allow'});
    try {
      await firstVisit(page, `${server.url}/themes/se-regrouper/fusion`);
      const online = await page.goto(server.url + materialPath());
      expect(online?.status()).toBe(200);
      const pdfPath = materialPath();

      await context.setOffline(true);
      await page.goto(`${server.url}/themes/se-regrouper/fusion`);
      await page.reload();
      await waitForHydration(page);
      expect(await page.locator('main h1').textContent()).toContain('Fusionner');
      expect(await page.locator('.boussole-diagram svg:visible').count()).toBe(1);

      for (const [route, heading] of [
        ['/themes/glossaire', 'Glossaire'],
        [`/journees/${FIXTURE_DAY}`, 'journée'],
        ['/themes/reperes-chronologiques', 'Repères chronologiques'],
      ]) {
        const response = await page.goto(server.url + route);
        expect(response?.fromServiceWorker(), route).toBe(true);
        expect(await page.locator('main h1').textContent(), route).toContain(heading);
      }

      // The search: typed in the navbar box, answered from the index kept offline.
      await waitForHydration(page);
      const box = page.getByRole('combobox', {name: 'Rechercher'});
      await box.click();
      await box.pressSequentially('absorption', {delay: 10});
      const results = page.getByRole('listbox', {name: 'Résultats de recherche'}).getByRole('option');
      await results.first().waitFor({timeout: 15_000});
      expect(await results.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Fusionner')]));

      // The PDF opened before, from the cache of materials.
      const offline = await page.goto(server.url + pdfPath);
      expect(offline?.status()).toBe(200);
      expect(offline?.fromServiceWorker()).toBe(true);
      // Its bytes are the published file (read through the service worker from a page of the site).
      await page.goto(`${server.url}/themes/glossaire`);
      const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), pdfPath);
      expect(new Uint8Array(bytes)).toEqual(pdf);
    } finally {
      await context.close();
    }
  });

  it('does not keep a PDF that was never opened', async () => {
    const {context, page} = await openPage(browser(), {serviceWorkers: 'allow'});
    try {
      await firstVisit(page, `${server.url}/themes/glossaire`);
      await context.setOffline(true);
      const failed = await page.goto(server.url + materialPath()).then(
        () => false,
        () => true,
      );
      expect(failed).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('announces a new deployment (« Nouvelle version disponible ») and reloads on demand', async () => {
    const {context, page} = await openPage(browser(), {serviceWorkers: 'allow'});
    const worker = path.join(OUT, 'sw.js');
    const original = fs.readFileSync(worker, 'utf8');
    try {
      await firstVisit(page, `${server.url}/themes/glossaire`);
      // A new deployment at the same address: a new service worker (its precache list changes with the site).
      const port = Number(new URL(server.url).port);
      await server.close();
      fs.writeFileSync(worker, `${original}\n// nouvelle version du site\n`);
      server = await startStaticServer(OUT, {port});
      await page.reload();
      const popup = page.getByRole('alert').filter({hasText: 'Nouvelle version disponible'});
      await popup.waitFor({timeout: 30_000});
      const reloaded = page.waitForEvent('framenavigated', {timeout: 30_000});
      await popup.getByRole('button', {name: 'Recharger'}).click();
      await reloaded;
      await waitForHydration(page);
      expect(await page.getByText('Nouvelle version disponible').count()).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    } finally {
      fs.writeFileSync(worker, original);
      await context.close();
    }
  });
});
