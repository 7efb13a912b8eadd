import {describe, expect, it} from 'vitest';
import {isReleased, resolveNow, resourceState} from '../../src/model/embargo';
import {formatFrenchDate, formatFrenchDateTime, parseParisDateTime, toParisIso} from '../../src/model/paris-time';

const at = (iso: string) => new Date(iso);

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
    expect(formatFrenchDateTime(parseParisDateTime('2022-03-22T16:30')!)).toBe('mardi 22 mars 2022 à 16 h 30 (heure de Paris)');
    expect(formatFrenchDate(parseParisDateTime('2030-06-01T09:00')!)).toBe('samedi 1er juin 2030');
    expect(formatFrenchDateTime(parseParisDateTime('2030-06-14T17:00')!)).toBe('vendredi 14 juin 2030 à 17 h (heure de Paris)');
  });
});

describe('isReleased', () => {
  const winter = {file: 'a.pdf', releaseAt: '2022-03-22T16:30'};
  const summer = {file: 'a.pdf', releaseAt: '2030-06-14T17:00'};

  it('is false one minute before and true at the exact release minute (winter, UTC+1)', () => {
    expect(isReleased(winter, at('2022-03-22T15:29:59.999Z'))).toBe(false);
    expect(isReleased(winter, at('2022-03-22T15:30:00.000Z'))).toBe(true);
    expect(isReleased(winter, at('2022-03-23T00:00:00Z'))).toBe(true);
  });

  it('follows summer time (UTC+2): 17:00 in Paris is 15:00 UTC, not 16:00', () => {
    expect(isReleased(summer, at('2030-06-14T14:59:59Z'))).toBe(false);
    expect(isReleased(summer, at('2030-06-14T15:00:00Z'))).toBe(true);
  });

  it('around the spring change, 03:00 Paris is 01:00 UTC', () => {
    const resource = {file: 'a.pdf', releaseAt: '2022-03-27T03:00'};
    expect(isReleased(resource, at('2022-03-27T00:59:59Z'))).toBe(false);
    expect(isReleased(resource, at('2022-03-27T01:00:00Z'))).toBe(true);
  });

  it('never releases an announced resource (no file), and releases a file without date at once', () => {
    expect(isReleased({releaseAt: '2000-01-01T00:00'}, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(resourceState({}, at('2030-01-01T00:00:00Z'))).toBe('announced');
    expect(resourceState({file: 'a.pdf'}, at('1990-01-01T00:00:00Z'))).toBe('released');
    expect(resourceState(winter, at('2022-03-22T15:00:00Z'))).toBe('embargoed');
  });
});

describe('resolveNow (BOUSSOLE_NOW)', () => {
  const clock = () => at('2026-01-01T00:00:00Z');
  it('defaults to the clock', () => {
    expect(resolveNow({}, clock).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('reads an ISO instant with offset or a Paris wall-clock time', () => {
    expect(resolveNow({BOUSSOLE_NOW: '2022-03-22T17:00:00+01:00'}, clock).toISOString()).toBe('2022-03-22T16:00:00.000Z');
    expect(resolveNow({BOUSSOLE_NOW: '2030-06-14T17:00'}, clock).toISOString()).toBe('2030-06-14T15:00:00.000Z');
    expect(resolveNow({BOUSSOLE_NOW: '2030-06-14T15:00:00Z'}, clock).toISOString()).toBe('2030-06-14T15:00:00.000Z');
  });
  it('refuses an unreadable value with a French message', () => {
    expect(() => resolveNow({BOUSSOLE_NOW: 'demain'}, clock)).toThrow(/BOUSSOLE_NOW="demain" : date illisible/);
  });
});
