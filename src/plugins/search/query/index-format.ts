/**
 * The format of the index file, shared by its writer (build/write-index.ts, at build
 * time) and its reader (SearchEngine, in the browser worker, the CLI and the tests):
 * a new format needs a new INDEX_FORMAT_VERSION, which the reader checks.
 */
import {Index} from 'flexsearch';
import type {Synonym} from './french-analyzer';

export const INDEX_FORMAT_VERSION = 3;

/** Indexed fields and the weight of a match in each: headings before body text. */
export const FIELDS = ['heading', 'title', 'text'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT: Record<Field, number> = {heading: 8, title: 5, text: 1};
/**
 * One FlexSearch index holds all fields: the document of field f of record r has the id
 * r * FIELD_COUNT + f, so one lookup per term finds it in every field at once.
 */
export const FIELD_COUNT = FIELDS.length;
export const WEIGHT_OF_FIELD = Uint8Array.from(FIELDS, (field) => FIELD_WEIGHT[field]);

/** Stored text per record is capped: enough for snippets, light to download. */
export const MAX_STORED_TEXT = 1500;

/** Serialized index: what the site serves as JSON and the CLI reads. */
export interface SerializedIndex {
  version: number;
  synonyms: Synonym[];
  /** [page url, page title] */
  pages: [string, string][];
  /** [page index, type index, url suffix (#…), trail, title, text, themes] */
  records: [number, number, string, string[], string, string, string[]][];
  /** Folded words (4+ letters) of the corpus, for one-typo tolerance. */
  words: string[];
  /** [term, delta-encoded ascending field document ids (record id * 3 + field)]. */
  postings: [string, number[]][];
}

export function newTermIndex(): Index {
  // Terms come pre-analyzed and space-separated: FlexSearch only stores them.
  return new Index({encode: (text: string) => (text ? text.split(' ') : []), tokenize: 'strict', resolution: 1});
}
