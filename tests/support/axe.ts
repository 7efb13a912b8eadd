/**
 * The accessibility rules every page must pass: each axe-core rule tagged
 * WCAG 2.0, 2.1 or 2.2, level A or AA, the experimental ones included (axe
 * leaves them out unless named); the deprecated ones are left out, as axe does.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type {Page} from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export const WCAG_RULES = axe
  .getRules()
  .filter((rule) => rule.tags.some((tag) => WCAG_TAGS.includes(tag)) && !rule.tags.includes('deprecated'))
  .map((rule) => rule.ruleId);

/** axe's WCAG A/AA violations on the page (or inside `include`), one line each: rule, count, first targets. */
export async function axeViolations(page: Page, options: {include?: string; label?: string} = {}): Promise<string[]> {
  let builder = new AxeBuilder({page}).withRules(WCAG_RULES);
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  if (results.passes.length < 10) throw new Error(`${options.label ?? page.url()} : axe n’a presque rien analysé (${results.passes.length} règles réussies).`);
  return results.violations.map((violation) => {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
    return `${options.label ? `${options.label} : ` : ''}${violation.id} (${violation.nodes.length}) — ${violation.help} — ${targets}`;
  });
}
