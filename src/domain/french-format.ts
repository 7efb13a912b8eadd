/**
 * French formatting, in one place: calendar dates as editors write them in
 * front matter (`2026-11-26`) and as French readers expect them
 * (« 26 novembre 2026 », « 1er janvier 2021 »), Paris times of the days
 * (« mardi 22 mars 2022 à 16 h 30 (heure de Paris) ») and file sizes.
 *
 * Dates are locale-independent on purpose: the same text comes out of the
 * build, the browser and the tests, whatever ICU data Node ships with.
 */
import {parisWallClock} from './paris-time';

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Docusaurus parses unquoted YAML dates into Date objects, which reach the
// browser serialised as `2026-11-26T00:00:00.000Z`: accept that form too.
const ISO_MIDNIGHT = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(\.000)?Z$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a front-matter date: a `YYYY-MM-DD` string (or its midnight-UTC ISO
 * form) or a Date. Returns null for anything else, including impossible days
 * such as 2026-02-30.
 */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  let year: number;
  let month: number;
  let day: number;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    year = value.getUTCFullYear();
    month = value.getUTCMonth() + 1;
    day = value.getUTCDate();
  } else if (typeof value === 'string') {
    const match = ISO_DATE.exec(value) ?? ISO_MIDNIGHT.exec(value);
    if (!match) return null;
    year = Number(match[1]);
    month = Number(match[2]);
    day = Number(match[3]);
  } else {
    return null;
  }
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return {year, month, day};
}

/** `2026-11-26`, the machine form used in `<time dateTime>`. */
export function toIsoDate({year, month, day}: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** « 26 novembre 2026 », with « 1er » for the first day of a month. */
export function formatFrenchDate(date: CalendarDate): string {
  const day = date.day === 1 ? '1er' : String(date.day);
  return `${day} ${FRENCH_MONTHS[date.month - 1]} ${date.year}`;
}

/** « décembre 2019 », for a date known to the month only. */
export function formatFrenchMonth({year, month}: Pick<CalendarDate, 'year' | 'month'>): string {
  return `${FRENCH_MONTHS[month - 1]} ${year}`;
}

/** Orders two calendar dates (negative when a is earlier). */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today's date in UTC, as a calendar date. */
export function calendarDateOf(moment: Date): CalendarDate {
  return {year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate()};
}

const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

/** « mardi 22 mars 2022 »: the Paris date of an instant, with its weekday. */
export function formatParisDate(instant: Date): string {
  const {year, month, day} = parisWallClock(instant);
  const weekday = FRENCH_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${formatFrenchDate({year, month, day})}`;
}

/** « 9 h 30 », « 16 h »: the French way of writing the Paris time of an instant. */
export function formatParisTime(instant: Date): string {
  const {hour, minute} = parisWallClock(instant);
  return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, '0')}`;
}

/** « mardi 22 mars 2022 à 16 h 30 (heure de Paris) ». */
export function formatParisDateTime(instant: Date): string {
  return `${formatParisDate(instant)} à ${formatParisTime(instant)} (heure de Paris)`;
}

/** « 820 o », « 1,5 Ko », « 12,3 Mo ». */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  const format = (value: number) => value.toLocaleString('fr-FR', {maximumFractionDigits: 1});
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} Ko`;
  return `${format(bytes / (1024 * 1024))} Mo`;
}

/** « 1er mars 2022 » for a blog or front-matter date (`2022-03-01` or its midnight-UTC ISO form); the text itself if unreadable. */
export function frenchDateLabel(value: string): string {
  const date = parseCalendarDate(value);
  return date ? formatFrenchDate(date) : value;
}
