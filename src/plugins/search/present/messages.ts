/**
 * What the search says to readers, in one place: the type labels and the result
 * count, written alike by the navbar panel, the results page and the CLI. Light on
 * purpose (no analyzer, no engine): the navbar's first-load bundle imports it.
 */
import type {RecordType} from '../query/search-record';

/** French facet labels, in display order. */
export const TYPE_LABELS: Record<RecordType, string> = {
  article: 'Articles',
  'compte-rendu': 'Comptes rendus',
  session: 'Sessions',
  support: 'Supports',
  glossaire: 'Glossaire',
};

/** Singular label shown on each result. */
export const TYPE_LABEL_SINGULAR: Record<RecordType, string> = {
  article: 'Article',
  'compte-rendu': 'Compte rendu',
  session: 'Session',
  support: 'Support',
  glossaire: 'Glossaire',
};

/** While the index loads or an answer is awaited. */
export const SEARCH_PENDING = 'Recherche en cours…';

/** When the index cannot be fetched or read. */
export const SEARCH_UNAVAILABLE = 'La recherche est indisponible pour le moment. Réessayez plus tard.';

/**
 * The result count, without final punctuation: « 3 résultats pour « q » », « 1 résultat
 * pour « q » », « Aucun résultat pour « q » ». `countOnly` (the navbar panel, right under
 * the typed query) leaves the query out of a count that is not zero: « 3 résultats ».
 */
export function resultCountMessage(total: number, query: string, {countOnly = false}: {countOnly?: boolean} = {}): string {
  const quoted = `« ${query.trim()} »`;
  if (total === 0) return `Aucun résultat pour ${quoted}`;
  const count = `${total} résultat${total > 1 ? 's' : ''}`;
  return countOnly ? count : `${count} pour ${quoted}`;
}
