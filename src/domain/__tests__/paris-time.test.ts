import {describe, expect, it} from 'vitest';
import {formatParisDate, formatParisDateTime} from '../french-format';
import {parseParisDateTime, toParisIso} from '../paris-time';

describe('Paris wall-clock times', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(parseParisDateTime('2022-03-22T16:30')?.toISOString()).toBe('2022-03-22T15:30:00.000Z');
    expect(parseParisDateTime('2030-06-14T17:00')?.toISOString()).toBe('2030-06-14T15:00:00.000Z');
    expect(toParisIso(parseParisDateTime('2022-03-22T09:30')!)).toBe('2022-03-22T09:30:00+01:00');
    expect(toParisIso(parseParisDateTime('2030-06-14T09:30')!)).toBe('2030-06-14T09:30:00+02:00');
  });

  it('handles the DST changes: the skipped spring hour does not exist, the repeated autumn hour is the first one', () => {
    expect(parseParisDateTime('2022-03-27T02:30')).toBeNull();
    expect(parseParisDateTime('2022-03-27T01:59')?.toISOString()).toBe('2022-03-27T00:59:00.000Z');
    expect(parseParisDateTime('2022-03-27T03:00')?.toISOString()).toBe('2022-03-27T01:00:00.000Z');
    expect(parseParisDateTime('2022-10-30T02:30')?.toISOString()).toBe('2022-10-30T00:30:00.000Z');
  });

  it('rejects malformed and impossible dates', () => {
    for (const text of ['22/03/2022', '2022-02-30T10:00', '2022-13-01T10:00', '2022-03-22T24:00', '2022-03-22 16:30', '']) {
      expect(parseParisDateTime(text), text).toBeNull();
    }
  });

  it('formats in French with 1er and « h »', () => {
    expect(formatParisDateTime(parseParisDateTime('2022-03-22T16:30')!)).toBe('mardi 22 mars 2022 à 16 h 30 (heure de Paris)');
    expect(formatParisDate(parseParisDateTime('2030-06-01T09:00')!)).toBe('samedi 1er juin 2030');
    expect(formatParisDateTime(parseParisDateTime('2030-06-14T17:00')!)).toBe('vendredi 14 juin 2030 à 17 h (heure de Paris)');
  });
});
