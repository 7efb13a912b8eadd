import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {sharedBrowser, openPage, DESKTOP, pagePool} from '../support/browser';
import {waitForHydration, waitForPageReady} from './site-routes';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const pool = pagePool(browser);
afterAll(() => pool.close());

// Pages with Mermaid diagrams (drawn at build time, src/plugins/diagrams).
// Routes follow the file paths (docs/ → /themes, index → its folder); the
// only custom slug of docs/ is the home page, which has no diagram.
function pagesWithDiagrams(): {path: string; diagrams: number}[] {
  const docsDir = path.resolve(__dirname, '../../docs');
  const pages: {path: string; diagrams: number}[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(docsDir, relative), {withFileTypes: true})) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.mdx?$/.test(entry.name)) {
        const diagrams = (fs.readFileSync(path.join(docsDir, child), 'utf8').match(/^```mermaid\s*$/gm) ?? []).length;
        const route = child.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
        if (diagrams > 0) pages.push({path: `/themes/${route}`.replace(/\/$/, ''), diagrams});
      }
    }
  };
  walk('');
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

const PAGES_WITH_DIAGRAMS = pagesWithDiagrams();

describe('knowledge-base diagrams', () => {
  it('finds the diagrams of docs/', () => {
    // The timeline, the figures chart and the three forms at least.
    expect(PAGES_WITH_DIAGRAMS.map((page) => page.path)).toEqual(
      expect.arrayContaining(['/themes/reperes-chronologiques', '/themes/se-regrouper/etat-des-lieux-en-chiffres', '/themes/se-regrouper/comparer-les-formes']),
    );
  });

  it.each(PAGES_WITH_DIAGRAMS)('$path shows its diagrams as named images, one per colour mode', async ({path, diagrams}) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await pool.borrow(async (page) => {
        await page.emulateMedia({colorScheme});
        await page.goto(siteUrl + path);
        expect(await waitForPageReady(page)).toBe(diagrams);
        const svgs = page.locator('.boussole-diagram svg[role="img"]:visible');
        expect(await svgs.count()).toBe(diagrams);
        for (let i = 0; i < diagrams; i++) {
          const svg = svgs.nth(i);
          expect(await svg.getAttribute('id')).toMatch(colorScheme === 'light' ? /-clair$/ : /-sombre$/);
          expect(await svg.textContent()).not.toMatch(/Syntax error/i);
          // accTitle becomes the SVG's <title>, referenced by aria-labelledby.
          const labelledBy = await svg.getAttribute('aria-labelledby');
          expect(labelledBy).toBeTruthy();
          const title = await page.locator(`[id="${labelledBy}"]`).textContent();
          expect(title?.trim().length).toBeGreaterThan(10);
        }
      });
    }
  });
});

describe('diagrams without a runtime', () => {
  it('shows every diagram with JavaScript turned off, and loads no Mermaid code', async () => {
    const context = await browser().newContext({javaScriptEnabled: false, viewport: DESKTOP, locale: 'fr-FR', serviceWorkers: 'block'});
    try {
      const page = await context.newPage();
      for (const {path, diagrams} of PAGES_WITH_DIAGRAMS) {
        await page.goto(siteUrl + path);
        const svgs = page.locator('.boussole-diagram svg[role="img"]:visible');
        expect(await svgs.count(), path).toBe(diagrams);
        expect((await svgs.first().boundingBox())?.height ?? 0).toBeGreaterThan(100);
      }
    } finally {
      await context.close();
    }
    const {context: scripted, page} = await openPage(browser());
    try {
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
      });
      await page.goto(siteUrl + PAGES_WITH_DIAGRAMS[0].path);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(0);
      // Mermaid's library names itself in its source; the page's own chunk only carries the drawings.
      expect(scripts.filter((source) => /mermaidAPI|flowchart-v2.*parser/.test(source))).toEqual([]);
    } finally {
      await scripted.close();
    }
  });
});

describe('code blocks', () => {
  it('highlights the guide’s YAML examples once the page has loaded (Prism comes with them)', async () => {
    const {context, page} = await openPage(browser());
    try {
      await page.goto(siteUrl + '/guide-de-publication');
      await waitForHydration(page);
      const firstBlock = page.locator('main pre').first();
      await firstBlock.locator('.token').first().waitFor({timeout: 15_000});
      expect(await firstBlock.textContent()).toMatch(/^id: /);
    } finally {
      await context.close();
    }
  });
});

describe('article metadata', () => {
  it('shows the date the facts were checked, in French, with a machine-readable date', async () => {
    const {context, page} = await openPage(browser());
    try {
      await page.goto(siteUrl + '/themes/se-regrouper/societe-de-coordination');
      const line = page.locator('article p', {hasText: 'Faits à jour au'});
      await expect(line.textContent()).resolves.toMatch(/^Faits à jour au \d{1,2}(er)? [a-zéû]+ \d{4}$/);
      expect(await line.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await context.close();
    }
  });

  it('lands on a glossary term from an article link', async () => {
    const {context, page} = await openPage(browser());
    try {
      await page.goto(siteUrl + '/themes/se-regrouper/societe-de-coordination');
      await page.locator('article a[href$="/themes/glossaire#sac"]').first().click();
      await page.waitForURL(/\/themes\/glossaire#sac$/);
      await expect(page.locator('h3#sac').textContent()).resolves.toContain('SAC');
    } finally {
      await context.close();
    }
  });
});
