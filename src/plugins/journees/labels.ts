/**
 * How a day reads on its pages and in the search index: the same words in
 * both, following the day's life cycle (src/domain/day-lifecycle). Before the
 * day, the announcement's words (« lieu à confirmer »); after it, only what is
 * known, and what the organiser has not published, said plainly.
 */
import type {Day} from '../../domain/data-schema';
import type {DayPhase} from '../../domain/day-lifecycle';
import {formatParisDate, formatParisTime} from '../../domain/french-format';
import {parseParisDateTime} from '../../domain/paris-time';
import type {DayStatement} from './types';

/** What the resources page holds: its description, and its text in the search index. */
export const RESOURCES_DESCRIPTION = 'Les supports des journées\u00a0: diaporamas, programmes et documents à télécharger.';

/** A Paris wall-clock time of the validated data as an instant (the loader has checked it exists). */
export function parisInstant(text: string): Date {
  const value = parseParisDateTime(text);
  if (!value) throw new Error(`date invalide : ${text}`);
  return value;
}

/** « mardi 22 mars 2022 » */
export function dayDateLabel(day: Pick<Day, 'start'>): string {
  return formatParisDate(parisInstant(day.start));
}

/** « 22 mars 2022 », the date without its weekday. */
export function shortDateLabel(dateLabel: string): string {
  return dateLabel.replace(/^\S+ /, '');
}

/** « 9 h 30 » that never breaks across lines (non-breaking spaces). */
function unbrokenTime(text: string): string {
  return formatParisTime(parisInstant(text)).replace(/ /g, '\u00a0');
}

/** « de 9 h 30 à 16 h 30 » */
export function timeRangeLabel(start: string, end: string): string {
  return `de ${unbrokenTime(start)} à ${unbrokenTime(end)}`;
}

/** The day's hours: after the day, said to be the announced ones (nobody recorded the real ones). */
export function dayTimeLabel(day: Pick<Day, 'start' | 'end'>, ended: boolean): string {
  return timeRangeLabel(day.start, day.end) + (ended ? ' (horaires annoncés)' : '');
}

/**
 * « Salle, Paris (lieu à confirmer) » before the day; « Salle, Paris » after it:
 * the place's note is the announcement's (to be confirmed, access…) and means
 * nothing once the day is over.
 */
export function placeLabel(place: Day['place'], ended: boolean): string {
  const known = [place.venue, place.city].filter(Boolean).join(', ');
  return place.note && !ended ? `${known} (${place.note})` : known;
}

function plural(count: number, one: string, many: string): string {
  return `${count === 1 ? 'un' : count} ${count === 1 ? one : many}`;
}

export interface DayOutcome {
  phase: DayPhase;
  dateLabel: string;
  releasedCount: number;
  summaryCount: number;
  /** Titles of the day's materials announced or kept back, not online yet. */
  pendingTitles: string[];
}

export function dayStatement(outcome: DayOutcome): DayStatement {
  const {phase, dateLabel, releasedCount, summaryCount, pendingTitles} = outcome;
  const expectedTitles = pendingTitles.map((title) => `«\u00a0${title}\u00a0»`).join(', ');
  if (phase === 'announced') {
    return {
      when: `Journée à venir, le ${dateLabel}.`,
      published: 'Le programme est annoncé\u00a0; les supports et les comptes rendus sont publiés après la journée.',
      expected: pendingTitles.length > 0 ? `Supports annoncés\u00a0: ${expectedTitles}.` : undefined,
    };
  }
  const items = [summaryCount > 0 ? plural(summaryCount, 'compte rendu', 'comptes rendus') : '', releasedCount > 0 ? plural(releasedCount, 'support', 'supports') : ''].filter(Boolean);
  const published =
    phase === 'past'
      ? 'L’organisateur n’a publié à ce jour ni compte rendu ni support de cette journée.'
      : `${summaryCount + releasedCount === 1 ? 'Publié' : 'Publiés'}\u00a0: ${items.join(' et ')}.`;
  return {
    when: `La journée a eu lieu le ${dateLabel}.`,
    published,
    expected:
      pendingTitles.length > 0
        ? `${pendingTitles.length === 1 ? 'Annoncé mais pas encore publié' : 'Annoncés mais pas encore publiés'}\u00a0: ${expectedTitles}.`
        : undefined,
  };
}

/** The words of a link to the day's page: what the reader will find there. */
export function dayLinkLabel(outcome: Pick<DayOutcome, 'phase' | 'releasedCount' | 'summaryCount'>): string {
  if (outcome.phase !== 'published') return 'Voir le programme de la journée';
  if (outcome.summaryCount > 0 && outcome.releasedCount > 0) return 'Voir les comptes rendus et les supports de la journée';
  return outcome.summaryCount > 0 ? 'Voir les comptes rendus de la journée' : 'Voir les supports de la journée';
}

/** What a material not online yet says, by the day's phase. */
export function pendingNote(state: 'announced' | 'embargoed', phase: DayPhase, releaseLabel?: string): string {
  if (state === 'embargoed' && releaseLabel) return `Disponible à partir du ${releaseLabel}.`;
  return phase === 'announced' ? 'À paraître\u00a0: ce support sera publié après la journée.' : 'Annoncé, pas encore publié par l’organisateur.';
}
