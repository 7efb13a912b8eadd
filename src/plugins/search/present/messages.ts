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
  intervenant: 'Intervenants',
  support: 'Supports',
  glossaire: 'Glossaire',
};

/** Singular label shown on each result. */
export const TYPE_LABEL_SINGULAR: Record<RecordType, string> = {
  article: 'Article',
  'compte-rendu': 'Compte rendu',
  session: 'Session',
  intervenant: 'Intervenant',
  support: 'Support',
  glossaire: 'Glossaire',
};

/** While the index loads or an answer is awaited. */
export const SEARCH_PENDING = 'Recherche en cours…';

/** When the index cannot be fetched or read. */
export const SEARCH_UNAVAILABLE = 'La recherche est indisponible pour le moment. Réessayez plus tard.';

/** Heading of the results that have only some of the query words (they come after the others). */
export const PARTIAL_RESULTS = 'Résultats contenant une partie des mots';

/** Shown on such a result, before the words it lacks. */
export const MISSING_WORDS = 'Mots absents\u00a0:';

/**
 * The result count, without final punctuation: « 3 résultats pour « q » », « 1 résultat
 * pour « q » », « Aucun résultat pour « q » ». `countOnly` (the navbar panel, right under
 * the typed query) leaves the query out of a count that is not zero: « 3 résultats ».
 * `complete` (the results with every word, when some have only part of them) says the
 * rest plainly: « 5 résultats pour « q », dont 2 contenant une partie des mots ».
 */
export function resultCountMessage(total: number, query: string, {countOnly = false, complete = total}: {countOnly?: boolean; complete?: number} = {}): string {
  const quoted = `«\u00a0${query.trim()}\u00a0»`;
  if (total === 0) return `Aucun résultat pour ${quoted}`;
  const count = `${total} résultat${total > 1 ? 's' : ''}`;
  const partial = total - Math.min(total, Math.max(0, complete));
  if (partial === total) {
    const some = `${count} contenant une partie des mots`;
    return countOnly ? some : `Aucun résultat ne contient tous les mots de ${quoted}\u00a0: ${some}`;
  }
  const rest = partial > 0 ? `, dont ${partial} contenant une partie des mots` : '';
  return countOnly ? `${count}${rest}` : `${count} pour ${quoted}${rest}`;
}
