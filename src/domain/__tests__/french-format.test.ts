import {describe, expect, it} from 'vitest';
import {
  calendarDateOf,
  compareCalendarDates,
  formatFrenchDate,
  frenchDateLabel,
  formatSize,
  parseCalendarDate,
  toIsoDate,
} from '../french-format';

describe('parseCalendarDate', () => {
  it('reads a YYYY-MM-DD string', () => {
    expect(parseCalendarDate('2026-11-26')).toEqual({year: 2026, month: 11, day: 26});
  });

  it('reads a Date, as YAML parsers produce for unquoted dates', () => {
    expect(parseCalendarDate(new Date('2018-11-23T00:00:00Z'))).toEqual({year: 2018, month: 11, day: 23});
  });

  it('reads the midnight ISO form a serialised Date takes in the browser', () => {
    expect(parseCalendarDate('2021-01-01T00:00:00.000Z')).toEqual({year: 2021, month: 1, day: 1});
  });

  it('rejects impossible days, other formats and other types', () => {
    expect(parseCalendarDate('2026-02-30')).toBeNull();
    expect(parseCalendarDate('2026-13-01')).toBeNull();
    expect(parseCalendarDate('2024-02-29')).toEqual({year: 2024, month: 2, day: 29});
    expect(parseCalendarDate('2025-02-29')).toBeNull();
    expect(parseCalendarDate('26/11/2026')).toBeNull();
    expect(parseCalendarDate('2026-11-26 ')).toBeNull();
    expect(parseCalendarDate(20261126)).toBeNull();
    expect(parseCalendarDate(undefined)).toBeNull();
    expect(parseCalendarDate(new Date('not a date'))).toBeNull();
  });
});

describe('formatFrenchDate', () => {
  it('writes the day, the French month and the year', () => {
    expect(formatFrenchDate({year: 2026, month: 11, day: 26})).toBe('26 novembre 2026');
    expect(formatFrenchDate({year: 2022, month: 3, day: 22})).toBe('22 mars 2022');
    expect(formatFrenchDate({year: 2020, month: 8, day: 1})).toBe('1er août 2020');
    expect(formatFrenchDate({year: 2019, month: 2, day: 9})).toBe('9 février 2019');
    expect(formatFrenchDate({year: 2018, month: 12, day: 31})).toBe('31 décembre 2018');
  });
});

describe('toIsoDate and comparisons', () => {
  it('pads the machine form', () => {
    expect(toIsoDate({year: 2021, month: 1, day: 5})).toBe('2021-01-05');
  });

  it('orders dates by year, then month, then day', () => {
    const a = {year: 2021, month: 1, day: 5};
    expect(compareCalendarDates(a, {year: 2021, month: 1, day: 6})).toBeLessThan(0);
    expect(compareCalendarDates(a, {year: 2020, month: 12, day: 31})).toBeGreaterThan(0);
    expect(compareCalendarDates(a, {...a})).toBe(0);
  });

  it('takes the UTC calendar day of a moment', () => {
    expect(calendarDateOf(new Date('2026-11-26T23:30:00Z'))).toEqual({year: 2026, month: 11, day: 26});
  });
});

describe('formatSize', () => {
  it('writes sizes the French way', () => {
    expect(formatSize(820)).toBe('820 o');
    expect(formatSize(1536)).toBe('1,5 Ko');
    expect(formatSize(5 * 1024 * 1024)).toBe('5 Mo');
  });
});

describe('frenchDateLabel', () => {
  it('writes « 1er » for a blog date given as an ISO midnight, and leaves unreadable text as it is', () => {
    expect(frenchDateLabel('2022-03-01T00:00:00.000Z')).toBe('1er mars 2022');
    expect(frenchDateLabel('2026-12-02')).toBe('2 décembre 2026');
    expect(frenchDateLabel('demain')).toBe('demain');
  });
});
