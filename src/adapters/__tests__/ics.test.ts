import {describe, expect, it} from 'vitest';
import {calendarFile} from '../ics';

describe('calendar file', () => {
  it('writes DTSTART/DTEND in UTC from Paris times, winter and summer', () => {
    const entry = {uid: 'x@boussole', title: 'Journée', description: 'd', location: 'Paris', url: 'https://exemple.org/', stamp: new Date('2030-01-01T00:00:00Z')};
    const winter = calendarFile({...entry, start: '2022-03-22T09:30', end: '2022-03-22T16:30'});
    expect(winter).toContain('DTSTART:20220322T083000Z');
    expect(winter).toContain('DTEND:20220322T153000Z');
    expect(winter).toContain('DTSTAMP:20300101T000000Z');
    expect(calendarFile({...entry, start: '2030-06-14T09:30', end: '2030-06-14T10:30'})).toContain('DTSTART:20300614T073000Z');
  });
});
