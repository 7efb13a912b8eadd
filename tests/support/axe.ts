/**
 * The accessibility rules every page must pass: each axe-core rule tagged
 * WCAG 2.0, 2.1 or 2.2, level A or AA, the experimental ones included (axe
 * leaves them out unless named); the deprecated ones are left out, as axe does.
 *
 * axe-core runs in the page itself, injected once: @axe-core/playwright's
 * builder runs it frame by frame and finishes in a second blank page, several
 * times slower on these pages (no iframes here), which counts over every route
 * checked four ways.
 */
import axe from 'axe-core';
import type {Page} from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export const WCAG_RULES = axe
  .getRules()
  .filter((rule) => rule.tags.some((tag) => WCAG_TAGS.includes(tag)) && !rule.tags.includes('deprecated'))
  .map((rule) => rule.ruleId);

interface AxeSummary {
  passes: number;
  violations: {id: string; help: string; targets: string[]}[];
}

/**
 * One axe run in the page. `withTargets: false` skips what axe computes only to
 * name the nodes it found (a unique CSS selector, the ancestry, an XPath for
 * each): about a third of a run on these pages, and useless when nothing is found.
 */
async function runAxe(page: Page, rules: string[], include: string | undefined, withTargets: boolean): Promise<AxeSummary> {
  return page.evaluate(
    async ({rules, include, withTargets}): Promise<AxeSummary> => {
      const run = (window as unknown as {axe: typeof axe}).axe.run;
      const naming = withTargets ? {} : {selectors: false, ancestry: false, xpath: false};
      const found = await run(include ? {include: [include]} : document, {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations'], ...naming});
      return {
        passes: found.passes.length,
        violations: found.violations.map((violation) => ({id: violation.id, help: violation.help, targets: violation.nodes.map((node) => (node.target ?? []).join(' '))})),
      };
    },
    {rules, include, withTargets},
  );
}

/** axe's WCAG A/AA violations on the page (or inside `include`), one line each: rule, count, first targets. */
export async function axeViolations(page: Page, options: {include?: string; label?: string} = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: axe.source});
  const results = await runAxe(page, WCAG_RULES, options.include, false);
  if (results.passes < 10) throw new Error(`${options.label ?? page.url()} : axe n’a presque rien analysé (${results.passes} règles réussies).`);
  // Only when something is found: the rules that failed once more, naming their nodes.
  // A rule the second run no longer reports is still kept, unnamed: a finding is never dropped.
  const named = results.violations.length
    ? (await runAxe(page, results.violations.map((violation) => violation.id), options.include, true)).violations
    : [];
  const violations = results.violations.map((violation) => named.find((other) => other.id === violation.id) ?? violation);
  return violations.map(
    (violation) => `${options.label ? `${options.label} : ` : ''}${violation.id} (${violation.targets.length}) — ${violation.help} — ${violation.targets.slice(0, 3).join(' | ')}`,
  );
}
