import type {Page} from 'playwright-core';
import {describe, expect, it, inject} from 'vitest';
import {DESKTOP, PHONE, sharedBrowser, openPage} from '../support/browser';
import {waitForPageReady} from './site-routes';

const browser = sharedBrowser();

/** What a sighted keyboard user sees of the focused element. */
async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowVisible = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''
      }> « ${(element.textContent ?? '').trim().slice(0, 40)} »`,
      ringVisible: outlineVisible || shadowVisible,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
      inMain: !!element.closest('main'),
    };
  });
}

const pagesToWalk = ['/', '/themes/se-regrouper', '/accessibilite'];

describe('keyboard navigation', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    for (const route of pagesToWalk) {
      it(`${route} (${viewport.width} px) : the first Tab reaches a visible skip link that moves focus to the main content`, async () => {
        const {context, page} = await openPage(browser(), {viewport});
        try {
          await page.goto(`${inject('siteUrl')}${route}`);
          await waitForPageReady(page);
          await page.keyboard.press('Tab');
          const skip = await focusedElement(page);
          expect(skip?.description).toMatch(/Aller au contenu principal/);
          expect(skip?.onScreen).toBe(true);
          expect(skip?.ringVisible).toBe(true);
          await page.keyboard.press('Enter');
          // The theme focuses <main> then drops its temporary tabindex, so the browser may move
          // document focus back to <body>; what counts is where the next Tab lands.
          await page.keyboard.press('Tab');
          const next = await focusedElement(page);
          expect(next?.inMain, `après le lien d’évitement, le focus est sur ${next?.description}`).toBe(true);
          expect(next?.ringVisible).toBe(true);
        } finally {
          await context.close();
        }
      });
    }

    it(`/ (${viewport.width} px) : focus is visible on each of the first 20 elements reached with Tab`, async () => {
      const {context, page} = await openPage(browser(), {viewport});
      try {
        await page.goto(`${inject('siteUrl')}/`);
        await waitForPageReady(page);
        const invisible: string[] = [];
        const seen = new Set<string>();
        for (let step = 1; step <= 20; step += 1) {
          await page.keyboard.press('Tab');
          const focused = await focusedElement(page);
          expect(focused, `Tab n° ${step} : aucun élément n’a le focus`).not.toBeNull();
          seen.add(focused!.description);
          if (!focused!.ringVisible) invisible.push(`Tab n° ${step} : ${focused!.description}`);
        }
        expect(seen.size).toBeGreaterThan(10);
        expect(invisible).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
