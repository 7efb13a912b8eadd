/** What a search record is, shared by the builder, the browser and the CLI. */

export const RECORD_TYPES = ['article', 'compte-rendu', 'session', 'intervenant', 'support', 'glossaire'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

/** One searchable unit: a section of a page, a glossary term, a PDF page… */
export interface SearchRecord {
  type: RecordType;
  /** Link to the unit (site path with baseUrl; may end with #anchor or #page=N). */
  url: string;
  /** Results are grouped by this key (the page URL without the hash). */
  page: string;
  pageTitle: string;
  /** Headings above this section, outermost first (page title excluded). */
  trail: string[];
  /** The section heading, or the page title for the top of the page. */
  title: string;
  text: string;
  /** Theme ids (docs/tags.yml). */
  themes: string[];
}
