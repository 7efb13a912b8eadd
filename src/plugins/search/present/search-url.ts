/** URLs of the search: shareable results page parameters, target-page highlighting, files. */
import {cleanQuery} from '../query/query-text';
import {isRecordType, type RecordType} from '../query/search-record';

/** Query parameter read by the target page to highlight the searched words. */
export const HIGHLIGHT_PARAM = 'surligner';

export interface SearchState {
  query: string;
  types: RecordType[];
  theme: string;
}

/** Reads ?q=…&type=article,glossaire&theme=fusion; unknown values are dropped. */
export function parseSearchParams(search: string, knownThemes: readonly string[] = []): SearchState {
  const params = new URLSearchParams(search);
  const types = (params.get('type') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(isRecordType);
  const theme = params.get('theme') ?? '';
  return {
    query: cleanQuery(params.get('q') ?? ''),
    types: [...new Set(types)],
    theme: knownThemes.includes(theme) ? theme : '',
  };
}

export function formatSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.types.length > 0) params.set('type', state.types.join(','));
  if (state.theme) params.set('theme', state.theme);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Files (a PDF page…) are not routes of the site: no client-side navigation, no highlighting. */
export function isFileUrl(url: string): boolean {
  return /\.[a-z0-9]{2,4}(#|$)/i.test(url);
}

/** Adds ?surligner=… before the hash of a page URL (not for files such as PDFs). */
export function withHighlight(url: string, query: string): string {
  const words = cleanQuery(query);
  if (!words || isFileUrl(url)) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(words)}${hash}`;
}
