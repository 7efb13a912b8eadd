/**
 * Dates of the days are written by editors as Paris wall-clock times
 * ("2022-03-22T16:30"). This module turns them into instants and back,
 * following Europe/Paris daylight saving rules through Intl (full ICU).
 */
export const PARIS = 'Europe/Paris';

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"; null when malformed or not a real calendar date. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return {year, month, day, hour, minute};
}

// Made on first use, not when the module loads: building a formatter with a time zone loads
// the zone's rules, and pages that import the French date helpers never need it in the browser.
let partsFormatter: Intl.DateTimeFormat | undefined;
function parisPartsFormatter(): Intl.DateTimeFormat {
  partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return partsFormatter;
}

/** The Paris wall-clock reading of an instant. */
export function parisWallClock(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(parisPartsFormatter().formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** Offset of Paris from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const wall = parisWallClock(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

function sameWallClock(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * The instant a Paris wall-clock time designates. In the autumn hour that
 * happens twice, the first (summer time) is taken; a time skipped by the
 * spring change does not exist and yields null.
 */
export function parisToInstant(local: LocalDateTime): Date | null {
  const naiveUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  for (const offset of [120, 60]) {
    const candidate = new Date(naiveUtc - offset * 60_000);
    if (sameWallClock(parisWallClock(candidate), local)) return candidate;
  }
  return null;
}

/** "2022-03-22T16:30" (Paris time) → instant, or null when malformed or non-existent. */
export function parseParisDateTime(text: string): Date | null {
  const local = parseLocalDateTime(text);
  return local ? parisToInstant(local) : null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO 8601 with the Paris offset, e.g. "2022-03-22T09:30:00+01:00" (for JSON-LD and <time>). */
export function toParisIso(instant: Date): string {
  const wall = parisWallClock(instant);
  const offset = parisOffsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
