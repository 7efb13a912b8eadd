/**
 * Five readers, at 390 px and 1280 px, on the real site (the day of 22 March
 * 2022 is past, nothing of it is published): each path asserts what that
 * reader must reach. Post-event states are tested on the fixture day
 * (tests/build/journees-release.test.ts).
 */
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {DESKTOP, PHONE, openPage, sharedBrowser} from '../support/browser';
import {waitForHydration} from './site-routes';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

type Viewport = typeof PHONE;

async function open(viewport: Viewport, sitePath: string) {
  const opened = await openPage(browser(), {viewport});
  await opened.page.goto(siteUrl + sitePath);
  await waitForHydration(opened.page);
  return opened;
}

/** Clicks a card of the home page in the middle of its text, not on its title: the whole card is the link. */
async function clickCard(page: Page, title: string): Promise<void> {
  const text = page.locator('main li').filter({has: page.getByRole('link', {name: title, exact: true})}).locator('p');
  await text.scrollIntoViewIfNeeded();
  const box = (await text.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** A link of the main navigation, through the menu on a phone. */
async function navigate(page: Page, viewport: Viewport, label: string): Promise<void> {
  if (viewport === PHONE) {
    await page.getByRole('button', {name: /barre de navigation|menu/i}).click();
    await page.locator('.navbar-sidebar').getByRole('link', {name: label, exact: true}).click();
  } else {
    await page.getByRole('navigation', {name: 'Navigation principale'}).getByRole('link', {name: label, exact: true}).click();
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), page.url()).toBeLessThanOrEqual(0);
}

/** The main content's text, non-breaking spaces read as spaces and heading anchors' zero-width spaces dropped. */
const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ').replace(/\u200b/g, '');

/** Words of table cells that the browser broke across two lines (« Personnal/ité »), and how many words were checked. */
function brokenTableWords(page: Page): Promise<{checked: number; broken: string[]}> {
  return page.evaluate(() => {
    const broken: string[] = [];
    let checked = 0;
    for (const cell of Array.from(document.querySelectorAll('.markdown :is(td, th)'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[\p{L}’'-]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          checked += 1;
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return {checked, broken};
  });
}

for (const viewport of [PHONE, DESKTOP]) {
  describe(`readers’ paths at ${viewport.width} px`, () => {
    it('a small OPH’s director: « am I concerned, and which forms? » from the home page, tables legible', async () => {
      const {context, page} = await open(viewport, '/');
      const question = page.getByRole('heading', {level: 2, name: 'Suis-je concerné ?'});
      // The first question is the first section, in the first screen.
      expect(await page.locator('main h2').first().textContent()).toMatch(/^Suis-je concerné\s\?/);
      expect((await question.boundingBox())!.y).toBeLessThan(viewport.height);
      expect(await mainText(page)).toContain('moins de 12 000 logements sociaux doit appartenir à un groupe');

      await clickCard(page, 'Qui doit rejoindre un groupe ?');
      await page.waitForURL(/\/themes\/se-regrouper\/obligation-de-regroupement$/);
      await expect(page.locator('article h1').innerText()).resolves.toMatch(/obligation de regroupement/);
      await expectNoSidewaysScroll(page);

      await page.goBack();
      await clickCard(page, 'Quelle forme choisir ?');
      await page.waitForURL(/\/themes\/se-regrouper\/comparer-les-formes$/);
      const table = page.getByRole('region').filter({has: page.locator('table')}).first();
      expect(await table.getAttribute('tabindex')).toBe('0');
      const words = await brokenTableWords(page);
      expect(words.checked).toBeGreaterThan(100);
      expect(words.broken).toEqual([]);
      await expectNoSidewaysScroll(page);

      // The three themes, framed the same way (a question each), lead to their landing pages.
      await page.goBack();
      for (const [title, landing] of [['Se regrouper', '/themes/se-regrouper'], ['Faire groupe', '/themes/faire-groupe'], ['Faire écosystème', '/themes/faire-ecosysteme']]) {
        const card = page.locator('main li').filter({has: page.getByRole('link', {name: title, exact: true})});
        expect(await card.getByRole('link').getAttribute('href')).toBe(landing);
        expect(await card.locator('p').innerText()).toMatch(/\?$/);
      }
      await context.close();
    });

    it('a consultant after the slides: the past day says what exists, what is awaited, and how to hear of it', async () => {
      const {context, page, requests} = await open(viewport, '/');
      const dayLink = page.getByRole('link', {name: 'Voir le programme de la journée'});
      await dayLink.click();
      await page.waitForURL(/\/journees\/2022-03-22$/);
      await page.getByRole('heading', {level: 1, name: 'La journée du mardi 22 mars 2022'}).waitFor();
      const day = await mainText(page);
      expect(day).toContain('La journée a eu lieu le mardi 22 mars 2022.');
      expect(day).toContain('L’organisateur n’a publié à ce jour ni compte rendu ni support de cette journée.');
      expect(day).toContain('Supports du grand témoin');
      expect(day).not.toMatch(/à confirmer|non précisé|à paraître/i);
      expect(await page.getByRole('link', {name: /agenda/i}).count()).toBe(0);
      await expectNoSidewaysScroll(page);

      await page.locator('main').getByRole('link', {name: 'abonnez-vous'}).first().click();
      await page.waitForURL(/\/s-abonner$/);
      await page.getByRole('heading', {level: 1, name: 'S’abonner'}).waitFor();
      const subscribe = await mainText(page);
      expect(subscribe).toMatch(/RSS/);
      expect(subscribe).toMatch(/Atom/);
      expect(subscribe).toContain('Aucune journée n’est annoncée pour le moment');
      expect(await page.locator('main a[href$="/articles/rss.xml"]').count()).toBe(1);
      // The slides have their own feed, empty until the first is online: subscribing now is enough.
      expect(await page.locator('main a[href$="/articles/supports.xml"]').count()).toBe(1);

      // The feed opens as a readable French page in the browser (feedOptions.xslt).
      await page.goto(`${siteUrl}/articles/rss.xml`);
      await expect(page.locator('h1').innerText()).resolves.toBe('Boussole — articles et comptes rendus');
      await expect(page.locator('body').innerText()).resolves.toContain('Ceci est un flux RSS.');
      expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR');
      expect(await page.locator('article h3 a').count()).toBeGreaterThan(0);
      await page.goto(`${siteUrl}/articles/supports.xml`);
      await expect(page.locator('h1').innerText()).resolves.toBe('Boussole — supports des journées');

      await page.goto(`${siteUrl}/ressources`);
      await waitForHydration(page);
      expect(await mainText(page)).toContain('Aucun support n’est encore en ligne');
      const foreign = requests.filter((request) => !request.url().startsWith(siteUrl) && !request.url().startsWith('data:'));
      expect(foreign.map((request) => request.url())).toEqual([]);
      await context.close();
    });

    it('a local authority officer: a theme card to its articles, the glossary’s A–Z jumps, nothing wider than the screen', async () => {
      const {context, page} = await open(viewport, '/');
      await clickCard(page, 'Faire écosystème');
      await page.waitForURL(/\/themes\/faire-ecosysteme$/);
      await page.locator('article').getByRole('link', {name: /politique locale de l’habitat/i}).first().click();
      await page.waitForURL(/\/themes\/faire-ecosysteme\/politique-locale-de-l-habitat$/);
      await expectNoSidewaysScroll(page);

      await page.goto(`${siteUrl}/`);
      await waitForHydration(page);
      await clickCard(page, 'Glossaire');
      await page.waitForURL(/\/themes\/glossaire$/);
      const index = page.getByRole('navigation', {name: 'Index alphabétique du glossaire'});
      // The URL changes before the client-side route renders: wait for the index itself.
      await index.waitFor();
      const letters = await index.getByRole('link').allInnerTexts();
      expect(letters).toEqual([...letters].sort());
      expect(letters).toEqual(expect.arrayContaining(['A', 'P', 'S']));
      await index.getByRole('link', {name: /^P\b/}).click();
      await page.waitForURL(/#plh$/);
      const heading = await page.locator('h3#plh').boundingBox();
      const navbar = await page.locator('nav.navbar').boundingBox();
      // The term is on screen, below the sticky navbar.
      expect(heading!.y).toBeGreaterThanOrEqual(navbar!.height - 1);
      expect(heading!.y).toBeLessThan(viewport.height / 2);
      await expectNoSidewaysScroll(page);
      await context.close();
    });

    it('a newcomer: glossary, timeline, resources, search and subscription in view; « Comptes rendus » says plainly none is out', async () => {
      const {context, page} = await open(viewport, '/');
      const orientation = page.locator('section', {has: page.getByRole('heading', {name: 'Pour s’orienter'})});
      for (const [title, href] of [['Glossaire', '/themes/glossaire'], ['Repères chronologiques', '/themes/reperes-chronologiques'], ['Ressources', '/ressources'], ['Rechercher', '/recherche'], ['S’abonner', '/s-abonner']]) {
        expect(await orientation.getByRole('link', {name: title, exact: true}).getAttribute('href')).toBe(href);
      }
      expect(await page.getByRole('searchbox').or(page.getByRole('combobox')).first().isVisible()).toBe(true);
      // The accessibility statement is in the footer, not a section of the home page.
      expect(await page.getByRole('contentinfo').getByRole('link', {name: /Accessibilité/}).count()).toBe(1);
      expect(await page.locator('main').getByRole('heading', {name: 'Accessibilité'}).count()).toBe(0);

      await clickCard(page, 'Repères chronologiques');
      await page.waitForURL(/\/themes\/reperes-chronologiques$/);
      await page.goBack();

      await navigate(page, viewport, 'Comptes rendus');
      await page.waitForURL(/\/comptes-rendus$/);
      await page.getByRole('heading', {level: 1, name: 'Comptes rendus'}).waitFor();
      expect(await mainText(page)).toContain('Aucun compte rendu n’est publié à ce jour.');
      await page.locator('main').getByRole('link', {name: 'articles', exact: true}).click();
      await page.waitForURL(/\/articles$/);
      // « Lire la suite »: the accessible name contains the visible words (WCAG 2.5.3).
      const readMore = page.locator('main a', {hasText: 'Lire la suite'});
      // The URL changes before the client-side route renders: wait for the list itself.
      await readMore.first().waitFor();
      for (const label of await readMore.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? link.textContent ?? ''))) {
        expect(label.startsWith('Lire la suite')).toBe(true);
      }
      await expectNoSidewaysScroll(page);
      await context.close();
    });

    it('a reader who shares and prints: an article with its address, its description and a way to follow', async () => {
      const {context, page} = await open(viewport, '/themes/se-regrouper/societe-de-coordination');
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\/.+\/themes\/se-regrouper\/societe-de-coordination$/);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(/société de coordination/i);
      expect(await page.locator('meta[property="og:description"]').getAttribute('content')).not.toBe('');
      expect(await page.getByRole('contentinfo').getByRole('link', {name: 'S’abonner'}).count()).toBe(1);
      await expect(page.getByRole('button', {name: 'Copier le lien'}).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', {name: /^Imprimer/}).isVisible()).resolves.toBe(true);
      await expectNoSidewaysScroll(page);
      await context.close();
    });
  });
}
