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
  PERFORMANCE_NOISE,
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
    // Performance: the budget less the measured noise of the score.
    expect(requiredScore('performance', 'mobile', 100)).toBe(98 - PERFORMANCE_NOISE.mobile);
    expect(requiredScore('performance', 'desktop', 100)).toBe(100 - PERFORMANCE_NOISE.desktop);
    expect(requiredScore('seo', 'mobile', 100)).toBe(100);
  });

  it('lowers a budget to the classic site’s score when the machine keeps even the classic site under it', () => {
    expect(requiredScore('performance', 'mobile', 91)).toBe(91 - PERFORMANCE_NOISE.mobile);
    expect(requiredScore('performance', 'mobile', null)).toBe(98 - PERFORMANCE_NOISE.mobile);
    // The classic template's own accessibility faults lower nothing.
    expect(requiredScore('accessibility', 'mobile', 96)).toBe(100);
    const floor = 91 - PERFORMANCE_NOISE.mobile;
    expect(budgetFailures([compared(row('/', {...perfect, performance: floor}), row('/', {...perfect, performance: 91}))])).toEqual([]);
    expect(budgetFailures([compared(row('/', {...perfect, performance: floor - 1}), row('/', {...perfect, performance: 91}))])).toEqual([
      `/ (mobile) : performance = ${floor - 1} < ${floor} (budget 98, ou score du site classique s’il est plus bas, moins ${PERFORMANCE_NOISE.mobile} points de bruit de mesure)`,
    ]);
  });

  it('reports every score under the budget itself, within the noise or not', () => {
    expect(belowBudget([compared(row('/', {...perfect, performance: 95}), row('/', {...perfect, performance: 98}))])).toEqual(['/ (mobile) : performance = 95 (budget 98)']);
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
    const slack = (preset: Preset) => ` (budget ${preset === 'mobile' ? 98 : 100}, ou score du site classique s’il est plus bas, moins ${PERFORMANCE_NOISE[preset]} points de bruit de mesure)`;
    expect(failures).toEqual([
      `/ressources (mobile) : performance = 92 < ${98 - PERFORMANCE_NOISE.mobile}${slack('mobile')} ; audits en cause : total-blocking-time`,
      '/ressources (mobile) : best-practices = non mesuré < 100',
      `/ (desktop) : performance = 97 < ${100 - PERFORMANCE_NOISE.desktop}${slack('desktop')}`,
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
