/**
 * What another plugin hands the search index, Pagefind's `addCustomRecord` style:
 * the search package owns this type, producers only fill it. A plugin named in
 * the search plugin's `documentPlugins` option returns, from `loadContent`, an
 * object with a `searchDocuments` field of this type.
 *
 * URLs are site paths WITHOUT the baseUrl (e.g. '/journees/2022-03-22'); the
 * search plugin adds it.
 */
import type {RecordType} from './query/search-record';

export interface SearchDocument {
  type: RecordType;
  /** Site path of the result; may end with #anchor or #page=N. */
  url: string;
  /** Results are grouped by this site path (default: `url` without its hash). */
  page?: string;
  /** Title of the grouping page (default: `title`). */
  pageTitle?: string;
  title: string;
  /** Plain text; white space is normalised by the indexer. */
  text: string;
  /** Theme ids; ids that are not themes are dropped by the indexer. */
  themes: string[];
}

/** The part of a plugin's loaded content that the search plugin reads. */
export interface SearchDocumentsContent {
  searchDocuments: SearchDocument[];
}
