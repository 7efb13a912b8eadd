/**
 * Query clean-up, apart from the analyzer: the search URLs use it in every page's
 * first-load bundle, where the analyzer (loaded with the search) does not belong.
 */
export const MAX_QUERY_LENGTH = 200;

/** Control characters and invisible formatting are removed from queries. */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const text = raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  // Cut at a word boundary: a truncated word would search for something else.
  const cut = text.slice(0, MAX_QUERY_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}
