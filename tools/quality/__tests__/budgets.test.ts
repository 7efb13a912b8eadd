import {describe, expect, it} from 'vitest';
import {
  budgetFailures,
  classicCounterpart,
  CLASSIC_PAGES,
  formatScoreTable,
  median,
  medianRow,
  requiredScore,
  belowBudget,
  TEMPLATES,
  toPercent,
  type AuditRow,
  type ComparedRow,
  type Preset,
} from '../budgets';

const row = (page: string, scores: AuditRow['scores'], failingAudits: AuditRow['failingAudits'] = {}, preset: Preset = 'mobile'): AuditRow => ({
  page,
  preset,
  scores,
  failingAudits,
});
const perfect = {performance: 100, accessibility: 100, 'best-practices': 100, seo: 100};
const compared = (boussole: AuditRow, classic: AuditRow = row('/', perfect, {}, boussole.preset)): ComparedRow => ({template: 'Accueil', row: boussole, classic});

describe('Lighthouse budgets', () => {
  it('asks 98 in performance on mobile, 100 on desktop, 100 elsewhere', () => {
    expect(requiredScore('performance', 'mobile', 100)).toBe(98);
    expect(requiredScore('performance', 'desktop', 100)).toBe(100);
    expect(requiredScore('seo', 'mobile', 100)).toBe(100);
    expect(budgetFailures([compared(row('/', {...perfect, performance: 97}))])).toEqual(['/ (mobile) : performance = 97 < 98']);
  });

  it('lowers a budget to the classic site’s score when the machine keeps even the classic site under it', () => {
    expect(requiredScore('performance', 'mobile', 91)).toBe(91);
    expect(requiredScore('performance', 'mobile', null)).toBe(98);
    // The classic template's own accessibility faults lower nothing.
    expect(requiredScore('accessibility', 'mobile', 96)).toBe(100);
    expect(budgetFailures([compared(row('/', {...perfect, performance: 91}), row('/', {...perfect, performance: 91}))])).toEqual([]);
    expect(budgetFailures([compared(row('/', {...perfect, performance: 90}), row('/', {...perfect, performance: 91}))])).toEqual([
      '/ (mobile) : performance = 90 < 91 (budget 98, ramené au score du site classique, plus bas dans ce passage)',
    ]);
  });

  it('reports every score under the budget itself, even when the classic site’s lower score lets it pass', () => {
    expect(belowBudget([compared(row('/', {...perfect, performance: 95}), row('/', {...perfect, performance: 94}))])).toEqual(['/ (mobile) : performance = 95 (budget 98)']);
    expect(belowBudget([compared(row('/', perfect), row('/', perfect))])).toEqual([]);
  });

  it('accepts scores at or above every budget', () => {
    expect(budgetFailures([compared(row('/', {...perfect, performance: 98}))])).toEqual([]);
  });

  it('names each score under budget with its failing audits, and an unmeasured score', () => {
    const failures = budgetFailures([
      compared(row('/ressources', {performance: 92, accessibility: 100, 'best-practices': null, seo: 100}, {performance: ['total-blocking-time']})),
      compared(row('/', {...perfect, performance: 97}, {}, 'desktop')),
    ]);
    expect(failures).toEqual([
      '/ressources (mobile) : performance = 92 < 98 ; audits en cause : total-blocking-time',
      '/ressources (mobile) : best-practices = non mesuré < 100',
      '/ (desktop) : performance = 97 < 100',
    ]);
  });

  it('prints aligned rows with the classic score and the margin, and marks the scores under budget', () => {
    const table = formatScoreTable([
      compared(row('/', perfect), row('/', {...perfect, performance: 97})),
      compared(row('/themes/se-regrouper', {...perfect, performance: 90})),
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^Modèle\s+│ Page\s+│ Profil │ Perf\. B \/ C \(marge\)/);
    expect(table[2]).toContain('100 / 97 (+3)');
    expect(table[2]).not.toContain('✗');
    expect(table[3]).toContain('90 / 100 (-10) ✗');
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });

  it('converts Lighthouse scores to percentages', () => {
    expect(toPercent(0.955)).toBe(96);
    expect(toPercent(null)).toBeNull();
  });

  it('keeps the median of several runs, with the audits of the median performance run', () => {
    expect(median([90, 99, 96])).toBe(96);
    expect(median([90, 99, 96, 97])).toBe(96);
    const combined = medianRow([
      row('/', {performance: 90, accessibility: 100, 'best-practices': 100, seo: 100}, {performance: ['a']}),
      row('/', {performance: 99, accessibility: 98, 'best-practices': null, seo: 100}, {performance: ['b']}),
      row('/', {performance: 96, accessibility: 100, 'best-practices': 100, seo: 100}, {performance: ['c']}),
    ]);
    expect(combined.scores).toEqual({performance: 96, accessibility: 100, 'best-practices': 100, seo: 100});
    expect(combined.failingAudits).toEqual({performance: ['c']});
  });
});

describe('pages audited', () => {
  it('has one page of each template, each compared with a page of the classic site', () => {
    expect(new Set(TEMPLATES.map((template) => template.template)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.map((template) => template.page)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) expect(Object.values(CLASSIC_PAGES)).toContain(template.classic);
  });

  it('maps every route to the classic page of its kind', () => {
    for (const template of TEMPLATES) expect(classicCounterpart(template.page), template.page).toBe(template.classic);
    expect(classicCounterpart('/articles/page/2')).toBe(CLASSIC_PAGES.blogList);
    expect(classicCounterpart('/articles/authors/redaction')).toBe(CLASSIC_PAGES.blogList);
    expect(classicCounterpart('/themes/tags/fusion')).toBe(CLASSIC_PAGES.doc);
    expect(classicCounterpart('/confidentialite')).toBe(CLASSIC_PAGES.markdownPage);
  });
});
