/**
 * Which words of a text are marked: the highlighted title and snippet of a result
 * (plain text segments: nothing from the index is ever parsed as markup), their text
 * for the CLI, and the terms to mark on a page opened from a result (?surligner=).
 */
import {analyzeQuery, compileSynonyms, firstMatchOffset, matchRanges, type Synonym} from '../query/french-analyzer';

/** A piece of text, marked when it is a searched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits `text` into marked and unmarked segments: words whose terms are in `terms`. */
export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start < cursor) continue;
    if (start > cursor) segments.push({text: text.slice(cursor, start), mark: false});
    segments.push({text: text.slice(start, end), mark: true});
    cursor = end;
  }
  if (cursor < text.length) segments.push({text: text.slice(cursor), mark: false});
  return mergeSegments(segments);
}

function mergeSegments(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.mark === segment.mark) last.text += segment.text;
    else if (segment.text) merged.push({...segment});
  }
  return merged;
}

/** A short excerpt around the first match, with the matches marked. */
export function snippet(text: string, terms: ReadonlySet<string>, length = 180): Segment[] {
  if (!text) return [];
  const first = firstMatchOffset(text, terms);
  let start = 0;
  if (first > length / 3) {
    // Start at a word boundary a little before the first match.
    start = text.indexOf(' ', first - Math.floor(length / 3)) + 1;
    if (start <= 0 || start > first) start = first;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const segments = highlightSegments(text.slice(start, end).trim(), terms);
  if (start > 0) segments.unshift({text: '… ', mark: false});
  if (end < text.length) segments.push({text: ' …', mark: false});
  return mergeSegments(segments);
}

/** Plain text of segments, with the marks as «…» (CLI output). */
export function segmentsToText(segments: Segment[], marker: (text: string) => string = (text) => text): string {
  return segments.map((segment) => (segment.mark ? marker(segment.text) : segment.text)).join('');
}

/** Parses the words of the ?surligner= parameter into highlight terms (target pages). */
export function highlightTermsOf(query: string, synonymList: readonly Synonym[] = []): Set<string> {
  const terms = analyzeQuery(query, compileSynonyms(synonymList));
  return new Set(terms.flatMap((term) => term.highlight));
}
