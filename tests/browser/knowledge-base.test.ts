import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {launchBrowser, openPage} from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// Pages whose Mermaid diagrams are rendered in the browser only: a syntax
// error would not fail the build, so each one is drawn here.
const PAGES_WITH_DIAGRAMS: {path: string; diagrams: number}[] = [
  {path: '/themes/se-regrouper/obligation-de-regroupement', diagrams: 1},
  {path: '/themes/se-regrouper/fusion', diagrams: 1},
  {path: '/themes/se-regrouper/adossement-groupe-capitaliste', diagrams: 1},
  {path: '/themes/se-regrouper/societe-de-coordination', diagrams: 1},
  {path: '/themes/se-regrouper/comparer-les-formes', diagrams: 1},
  {path: '/themes/se-regrouper/etat-des-lieux-en-chiffres', diagrams: 1},
  {path: '/themes/reperes-chronologiques', diagrams: 1},
];

describe('knowledge-base diagrams', () => {
  it.each(PAGES_WITH_DIAGRAMS)('$path draws its diagrams with an accessible title', async ({path, diagrams}) => {
    const {context, page} = await openPage(browser);
    try {
      await page.goto(siteUrl + path);
      const svgs = page.locator('.docusaurus-mermaid-container svg');
      await svgs.nth(diagrams - 1).waitFor({timeout: 30_000});
      expect(await svgs.count()).toBe(diagrams);
      for (let i = 0; i < diagrams; i++) {
        const svg = svgs.nth(i);
        // Mermaid draws a bomb icon with « Syntax error » instead of failing.
        expect(await svg.getAttribute('aria-roledescription')).not.toBe('error');
        expect(await svg.textContent()).not.toMatch(/Syntax error/i);
        // accTitle becomes the SVG's <title>, referenced by aria-labelledby.
        const labelledBy = await svg.getAttribute('aria-labelledby');
        expect(labelledBy).toBeTruthy();
        const title = await page.locator(`[id="${labelledBy}"]`).textContent();
        expect(title?.trim().length).toBeGreaterThan(10);
      }
    } finally {
      await context.close();
    }
  });
});

describe('article metadata', () => {
  it('shows the date the facts were checked, in French, with a machine-readable date', async () => {
    const {context, page} = await openPage(browser);
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
    const {context, page} = await openPage(browser);
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

describe('knowledge-base accessibility', () => {
  const pages = ['/themes', '/themes/se-regrouper', '/themes/glossaire', ...PAGES_WITH_DIAGRAMS.map((entry) => entry.path)];

  it.each(['light', 'dark'] as const)('has no WCAG 2.1 AA violation found by axe in %s mode, diagrams drawn', async (colorScheme) => {
    const {context, page} = await openPage(browser, {colorScheme});
    try {
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(siteUrl + path);
        const diagrams = PAGES_WITH_DIAGRAMS.find((entry) => entry.path === path)?.diagrams ?? 0;
        if (diagrams > 0) await page.locator('.docusaurus-mermaid-container svg').nth(diagrams - 1).waitFor({timeout: 30_000});
        else await page.locator('article').first().waitFor();
        const result = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const violation of result.violations) {
          found.push(`${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')})`);
        }
      }
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
