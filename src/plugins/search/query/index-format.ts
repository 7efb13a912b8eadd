/**
 * The format of the sharded index, shared by its writer (build/write-index.ts, at build
 * time) and its reader (SearchEngine: the browser worker, the CLI, the tests). A new
 * format needs a new INDEX_FORMAT_VERSION, which the reader checks.
 *
 * Pagefind-style: one small entry file (`fr.<hash>.json`) says where everything is;
 * the postings are split by term range into term shards, the stored text into groups
 * of consecutive pages (PAGES_PER_GROUP), the corpus words (one-typo search) by first and by last
 * letter. A query fetches the entry, the shards of its terms and the pages it shows.
 * Every fragment name carries a hash of its content: unchanged fragments stay cached
 * from one build to the next.
 */
import type {Synonym} from './french-analyzer';

export const INDEX_FORMAT_VERSION = 6;

/**
 * Indexed fields, and the weight of a match in each: the title of the result page
 * (or the glossary term) first, then the section heading, the headings above it, the text.
 * A page whose title answers the query outranks a passing mention.
 */
export const FIELDS = ['title', 'heading', 'trail', 'text'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT: Record<Field, number> = {title: 12, heading: 6, trail: 3, text: 1};
export const FIELD_COUNT = FIELDS.length;
export const WEIGHT_OF_FIELD = Uint8Array.from(FIELDS, (field) => FIELD_WEIGHT[field]);
/**
 * A posting is one number per record: the gap from the previous record id times
 * POSTING_MASK_SPAN, plus the bit mask of the fields where the term occurs (bit f = FIELDS[f]).
 */
export const POSTING_MASK_SPAN = 1 << FIELD_COUNT;

/** Stored text per record is capped: enough for snippets, light to download. */
export const MAX_STORED_TEXT = 1500;

/**
 * Per record, one character of RECORD_ALPHABET: the number of words of its heading
 * (1 to 15: a short heading is closer to the query), plus 16 for a section that only
 * points elsewhere (see SECONDARY_HEADING), plus 32 for the top of a page.
 */
export const RECORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const TOP_OF_PAGE = 32;
export const SECONDARY = 16;
export const MAX_HEADING_WORDS = 15;

/**
 * Sections whose text lists other pages or sources (« Voir aussi », « Références »): a word
 * of their text is a pointer, not the subject of the page, and weighs a quarter.
 */
export const SECONDARY_HEADING = /^(voir aussi|références|sources|bibliographie|pour aller plus loin|notes)$/iu;

/** Characters of the content hash in a page group's name (after its group number). */
export const PAGE_HASH_LENGTH = 6;

/**
 * Pages stored together in one fragment of the page store: consecutive pages of the
 * site share their vocabulary, so eight compress a quarter better than one by one
 * (1.09 against 1.45 KB gzip a page on the 2,000-page corpus of bench:search), for a
 * few more kilobytes at the first search.
 */
export const PAGES_PER_GROUP = 8;

/** The group of a page in the page store. */
export const pageGroupOf = (pageId: number): number => Math.floor(pageId / PAGES_PER_GROUP);

/** The entry file: what every query needs, and where the fragments are. */
export interface IndexEntry {
  version: number;
  synonyms: Synonym[];
  /** Record and page counts (records are numbered page after page). */
  recordCount: number;
  pageCount: number;
  /** Theme sets used by the pages; set 0 is the empty one. */
  themeSets: string[][];
  pages: {
    /** Number of records of each page. */
    records: number[];
    /** Type of each page, one digit (index in RECORD_TYPES) per page. */
    types: string;
    /** Theme set of each page (index in themeSets). */
    themes: number[];
    /** Content hash of each page group (PAGES_PER_GROUP pages), PAGE_HASH_LENGTH characters per group. */
    hashes: string;
    /**
     * Landing pages: the pages whose address is the parent of other pages' (a theme's
     * overview, which names every subject of its articles without being about one).
     */
    hubs: number[];
  };
  /** One character of RECORD_ALPHABET per record (heading words, top of page). */
  records: string;
  /** Term shards, in term order: the first term of each, and its file. */
  terms: {first: string[]; files: string[]};
  /** Word lists of the one-typo search: by first letter, by last letter → file. */
  words: {first: Record<string, string>; last: Record<string, string>};
}

/** A term shard: sorted terms and, for each, its postings (see POSTING_MASK_SPAN). */
export interface TermShard {
  terms: string[];
  postings: number[][];
}

/** A page fragment: [page url, page title, records as [url suffix (#…), trail, title, text]]. */
export type PageFragment = [url: string, title: string, records: [suffix: string, trail: string[], title: string, text: string][]];

/** A page group: the fragments of PAGES_PER_GROUP consecutive pages (fewer in the last group). */
export type PageGroup = PageFragment[];

/** A word list: folded corpus words sharing a first (or a last) letter. */
export type WordList = string[];

/** Paths of the fragments, relative to the folder of the entry file. */
export const termShardPath = (file: string): string => `fr/t/${file}.json`;
export const wordListPath = (file: string): string => `fr/w/${file}.json`;
export const pageGroupPath = (groupId: number, hash: string): string => `fr/p/${groupId}-${hash}.json`;

/** The shard that holds `term`, if any shard may: the last one whose first term is not after it. */
export function shardOf(first: readonly string[], term: string): number {
  let low = 0;
  let high = first.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (first[middle] <= term) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
