import {describe, expect, it} from 'vitest';
import {releaseState, resolveNow} from '../release';

/** Released or not, for a resource that has a file. */
const isReleased = (resource: {file?: string; releaseAt?: string}, now: Date) => releaseState(resource, now) === 'released';

const at = (iso: string) => new Date(iso);

describe('releaseState', () => {
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
    expect(releaseState({}, at('2030-01-01T00:00:00Z'))).toBe('announced');
    expect(releaseState({file: 'a.pdf'}, at('1990-01-01T00:00:00Z'))).toBe('released');
    expect(releaseState(winter, at('2022-03-22T15:00:00Z'))).toBe('embargoed');
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
