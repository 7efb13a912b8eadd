import {describe, expect, it} from 'vitest';
import {budgetFailures, formatScoreTable, median, medianRow, toPercent, type AuditRow} from '../budgets';

const row = (page: string, scores: AuditRow['scores'], failingAudits: AuditRow['failingAudits'] = {}): AuditRow => ({
  page,
  preset: 'mobile',
  scores,
  failingAudits,
});

describe('Lighthouse budgets', () => {
  it('accepts scores at or above every budget', () => {
    expect(budgetFailures([row('/', {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100})])).toEqual([]);
  });

  it('names each score under budget with its failing audits, and an unmeasured score', () => {
    const failures = budgetFailures([
      row('/ressources', {performance: 94, accessibility: 100, 'best-practices': null, seo: 100}, {performance: ['total-blocking-time']}),
    ]);
    expect(failures).toEqual([
      '/ressources (mobile) : performance = 94 < 95 ; audits en cause : total-blocking-time',
      '/ressources (mobile) : best-practices = non mesuré < 100',
    ]);
  });

  it('prints aligned rows and marks the scores under budget', () => {
    const table = formatScoreTable([
      row('/', {performance: 99, accessibility: 100, 'best-practices': 100, seo: 100}),
      row('/themes/se-regrouper', {performance: 90, accessibility: 100, 'best-practices': 100, seo: 100}),
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^Page\s+│ Profil │ performance │ accessibility │ best-practices │ seo$/);
    expect(table[3]).toContain('90 ✗');
    expect(table[2]).not.toContain('✗');
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
