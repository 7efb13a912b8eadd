/** Calendar entries of the days and sessions (.ics), written with the `ics` package. */
import {createEvent} from 'ics';
import {parseParisDateTime} from '../domain/paris-time';

export interface CalendarEntry {
  uid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  location: string;
  url: string;
  /** DTSTAMP: the build's clock, so builds with the same BOUSSOLE_NOW are identical. */
  stamp: Date;
}

/** An iCalendar file with one VEVENT; times are written in UTC (DTSTART:20220322T083000Z). */
export function calendarFile(entry: CalendarEntry): string {
  const start = parseParisDateTime(entry.start);
  const end = parseParisDateTime(entry.end);
  if (!start || !end) throw new Error(`Horaire invalide pour ${entry.uid}`);
  const {error, value} = createEvent({
    uid: entry.uid,
    productId: 'boussole/journees',
    title: entry.title,
    description: entry.description,
    location: entry.location,
    url: entry.url,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
  });
  if (error || !value) throw new Error(`Fichier agenda impossible pour ${entry.uid} : ${error?.message}`);
  const stamp = entry.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return value.replace(/^DTSTAMP:.*$/m, `DTSTAMP:${stamp}`);
}
