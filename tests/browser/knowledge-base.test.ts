import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {sharedBrowser, openPage, PHONE} from '../support/browser';
import {waitForHydration, waitForPageReady} from './site-routes';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();

// Pages whose Mermaid diagrams are rendered in the browser only: a syntax
// error would not fail the build, so every diagram of docs/ is drawn here.
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

  it.each(PAGES_WITH_DIAGRAMS)('$path draws its diagrams with an accessible title', async ({path, diagrams}) => {
    const {context, page} = await openPage(browser());
    try {
      await page.goto(siteUrl + path);
      expect(await waitForPageReady(page)).toBe(diagrams);
      const svgs = page.locator('.docusaurus-mermaid-container svg');
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

describe('diagrams drawn near the screen only', () => {
  it('loads and draws a diagram far below the screen only when the reader scrolls to it', async () => {
    // An article whose diagrams all stand more than three screens down (they are drawn 600 px ahead).
    let far = '';
    const finder = await openPage(browser(), {viewport: PHONE});
    try {
      for (const {path} of PAGES_WITH_DIAGRAMS) {
        await finder.page.goto(siteUrl + path);
        await waitForHydration(finder.page);
        const top = await finder.page.locator('.boussole-diagram').first().evaluate((element) => element.getBoundingClientRect().top);
        if (top >= 3 * PHONE.height) {
          far = path;
          break;
        }
      }
    } finally {
      await finder.context.close();
    }
    expect(far).not.toBe('');

    // A fresh visit (nothing cached): once the page has stopped fetching, nothing of the diagrams is
    // loaded or drawn, until the reader scrolls there; then the diagram code comes and the diagram is drawn.
    const {context, page, requests} = await openPage(browser(), {viewport: PHONE});
    const scripts = () => requests.filter((request) => request.resourceType() === 'script').length;
    try {
      await page.goto(siteUrl + far);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      const before = scripts();
      expect(await page.locator('.boussole-diagram svg').count()).toBe(0);
      const first = page.locator('.boussole-diagram').first();
      await first.evaluate((element) => element.scrollIntoView({block: 'center'}));
      await first.locator('.docusaurus-mermaid-container svg').waitFor({timeout: 30_000});
      expect(scripts()).toBeGreaterThan(before);
    } finally {
      await context.close();
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
