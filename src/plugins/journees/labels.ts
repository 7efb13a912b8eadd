/** How a day's facts read on its pages and in the search index: the same words in both. */
import type {Day} from '../../domain/data-schema';
import {formatParisDate, formatParisTime} from '../../domain/french-format';
import {parseParisDateTime} from '../../domain/paris-time';

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

/** « de 9 h 30 à 16 h 30 » */
export function timeRangeLabel(start: string, end: string): string {
  return `de ${formatParisTime(parisInstant(start))} à ${formatParisTime(parisInstant(end))}`;
}

/** « Salle, Paris (lieu à confirmer) » */
export function placeLabel(place: Day['place']): string {
  return [place.venue, place.city].filter(Boolean).join(', ') + (place.note ? ` (${place.note})` : '');
}
