/**
 * The life cycle of a day, decided once per build from its dates and the
 * build's "now" (BOUSSOLE_NOW or the clock), like the release rule:
 *
 * - `announced`: the day has not ended; its programme is what is known, a
 *   calendar file is offered;
 * - `past`: the day has ended and nothing of it is published yet (no summary,
 *   no released material);
 * - `published`: the day has ended and at least one summary or material is online.
 *
 * Every page (day, session, home, resources, subscription) and the calendar
 * writer follow this one decision.
 */
export const DAY_PHASES = ['announced', 'past', 'published'] as const;
export type DayPhase = (typeof DAY_PHASES)[number];

export interface DayLifecycleInput {
  /** End of the day (an instant). */
  end: Date;
  now: Date;
  /** Materials online at `now` (release state `released`). */
  releasedCount: number;
  /** Summary posts published for the day's sessions. */
  summaryCount: number;
}

/** A day is over from its exact end minute on (now >= end), as a release is due from its exact minute. */
export function hasEnded(end: Date, now: Date): boolean {
  return now.getTime() >= end.getTime();
}

export function dayPhase({end, now, releasedCount, summaryCount}: DayLifecycleInput): DayPhase {
  if (!hasEnded(end, now)) return 'announced';
  return releasedCount + summaryCount > 0 ? 'published' : 'past';
}

/** A calendar file is useful only before the day: none is offered or written once it is over. */
export function offersCalendar(phase: DayPhase): boolean {
  return phase === 'announced';
}
