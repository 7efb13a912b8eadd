import AxeBuilder from '@axe-core/playwright';
import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, sharedBrowser, openPage} from '../support/browser';
import {sitemapUrls, waitForPageReady} from './site-routes';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const combinations = [
  {name: 'thème clair, bureau', colorScheme: 'light', viewport: DESKTOP},
  {name: 'thème sombre, bureau', colorScheme: 'dark', viewport: DESKTOP},
  {name: 'thème clair, téléphone 390 px', colorScheme: 'light', viewport: PHONE},
  {name: 'thème sombre, téléphone 390 px', colorScheme: 'dark', viewport: PHONE},
] as const;

const browser = sharedBrowser();

describe('axe-core (WCAG 2.1 A and AA) on every sitemap page', () => {
  const pages = sitemapUrls();

  for (const combination of combinations) {
    // About 70 pages per combination, /sources and the glossary the longest (20–40 s each on a loaded machine).
    it(`finds no violation — ${combination.name}`, {timeout: 600_000}, async () => {
      const {context, page} = await openPage(browser(), combination);
      const violations: string[] = [];
      try {
        for (const {route, url} of pages) {
          await page.goto(url, {waitUntil: 'load'});
          await waitForPageReady(page);
          const theme = await page.getAttribute('html', 'data-theme');
          expect(theme, `${route} : thème appliqué`).toBe(combination.colorScheme);
          const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
          expect(results.passes.length, `${route} : axe a bien analysé la page`).toBeGreaterThan(10);
          for (const violation of results.violations) {
            const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
            violations.push(`${route} : ${violation.id} (${violation.nodes.length}) — ${violation.help} — ${targets}`);
          }
        }
      } finally {
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  }
});
