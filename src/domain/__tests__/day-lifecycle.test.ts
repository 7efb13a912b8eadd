import {describe, expect, it} from 'vitest';
import {dayPhase, hasEnded, offersCalendar} from '../day-lifecycle';

// The fixture day ends on 14 June 2030 at 16:30 in Paris (summer time: 14:30 UTC).
const end = new Date('2030-06-14T14:30:00Z');

describe('dayPhase', () => {
  it('is announced until the exact end minute, whatever is already online', () => {
    expect(dayPhase({end, now: new Date('2030-06-14T14:29:59.999Z'), releasedCount: 0, summaryCount: 0})).toBe('announced');
    // A programme published before the day does not make the day past.
    expect(dayPhase({end, now: new Date('2030-06-01T10:00:00Z'), releasedCount: 1, summaryCount: 0})).toBe('announced');
  });

  it('is past from the end minute while nothing is published, then published with one summary or one material', () => {
    const now = new Date('2030-06-14T14:30:00Z');
    expect(hasEnded(end, now)).toBe(true);
    expect(dayPhase({end, now, releasedCount: 0, summaryCount: 0})).toBe('past');
    expect(dayPhase({end, now, releasedCount: 1, summaryCount: 0})).toBe('published');
    expect(dayPhase({end, now, releasedCount: 0, summaryCount: 1})).toBe('published');
  });

  it('offers a calendar file only for an announced day', () => {
    expect([offersCalendar('announced'), offersCalendar('past'), offersCalendar('published')]).toEqual([true, false, false]);
  });
});
