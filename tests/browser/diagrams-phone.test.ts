/**
 * Diagrams legible on a 390 px phone and on a desktop: labels never drawn under
 * 12 px (a wider drawing scrolls sideways, with the keyboard too), the timeline
 * as a list on phones. Screenshots of each are kept in tests/.output/schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {DESKTOP, pagePool, PHONE, sharedBrowser} from '../support/browser';
import {TEST_OUTPUT} from '../support/paths';
import {siteDiagrams} from '../../src/plugins/diagrams/stored-drawings';
import {ROOT} from '../support/paths';

const siteUrl = inject('siteUrl');
const browser = sharedBrowser();
const pool = pagePool(browser);
afterAll(() => pool.close());
const SHOTS = path.join(TEST_OUTPUT, 'schemas');

/** Routes of the docs pages with diagrams (docs/ → /themes, index → its folder). */
const ROUTES = [...new Set(siteDiagrams(ROOT).filter((diagram) => diagram.file.startsWith('docs/')).map((diagram) => diagram.file))].map((file) => ({
  file,
  route: `/themes/${file.replace(/^docs\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, ''),
}));

describe.each([
  {label: '390 px', viewport: PHONE},
  {label: '1280 px', viewport: DESKTOP},
])('diagrams at $label', ({label, viewport}) => {
  it.each(ROUTES)('$route: labels of at least 12 px, or the timeline as a list', async ({route}) => {
    await pool.borrow(async (page) => {
      await page.setViewportSize(viewport);
      await page.goto(siteUrl + route);
      const figures = page.locator('figure.boussole-diagram');
      expect(await figures.count()).toBeGreaterThan(0);
      fs.mkdirSync(SHOTS, {recursive: true});
      for (let i = 0; i < (await figures.count()); i++) {
        const figure = figures.nth(i);
        await figure.screenshot({path: path.join(SHOTS, `${route.replace(/\//g, '_')}-${i}-${label.replace(' ', '')}.png`)});
        const isTimeline = (await figure.getAttribute('data-kind')) === 'timeline';
        if (isTimeline && viewport === PHONE) {
          expect(await figure.locator('svg').first().isVisible()).toBe(false);
          const list = figure.locator('ol > li');
          expect(await list.count()).toBeGreaterThan(5);
          expect(await list.first().textContent()).toMatch(/^2016/);
          continue;
        }
        const svg = figure.locator('.boussole-diagram__light svg');
        expect(await svg.isVisible()).toBe(true);
        // The smallest label as drawn: its font size times the drawing's scale.
        const smallest = await svg.evaluate((element) => {
          const drawing = element as SVGSVGElement;
          const scale = drawing.getBoundingClientRect().width / drawing.viewBox.baseVal.width;
          const sizes = Array.from(drawing.querySelectorAll('text')).filter((text) => text.textContent?.trim()).map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
          return Math.min(...sizes);
        });
        expect(smallest).toBeGreaterThanOrEqual(11.9);
        // A drawing wider than the column scrolls, and the arrow keys scroll it.
        const region = figure.getByRole('region');
        const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
        if (overflow > 4) {
          await region.focus();
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
});
