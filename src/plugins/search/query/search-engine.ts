/**
 * The search index (built with FlexSearch over the French analyzer's terms)
 * and the query code, shared by the browser worker, the CLI and the tests.
 */
import {Index} from 'flexsearch';
import {
  analyzeQuery,
  analyzeWords,
  compileSynonyms,
  firstMatchOffset,
  matchRanges,
  fold,
  indexTerms,
  MAX_QUERY_TERMS,
  stem,
  TYPO_MIN_LENGTH,
  withinOneEdit,
  type QueryTerm,
  type Synonym,
  type SynonymTable,
} from './french-analyzer';
import {RECORD_TYPES, type RecordType, type SearchRecord} from './search-record';

export const INDEX_FORMAT_VERSION = 3;

/** Indexed fields and the weight of a match in each: headings before body text. */
const FIELDS = ['heading', 'title', 'text'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT: Record<Field, number> = {heading: 8, title: 5, text: 1};
/**
 * One FlexSearch index holds all fields: the document of field f of record r has the id
 * r * FIELD_COUNT + f, so one lookup per term finds it in every field at once.
 */
const FIELD_COUNT = FIELDS.length;
const WEIGHT_OF_FIELD = Uint8Array.from(FIELDS, (field) => FIELD_WEIGHT[field]);

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

function newTermIndex(): Index {
  // Terms come pre-analyzed and space-separated: FlexSearch only stores them.
  return new Index({encode: (text: string) => (text ? text.split(' ') : []), tokenize: 'strict', resolution: 1});
}

/** Builds the serialized index from records (build time, Node). */
export function buildIndex(records: SearchRecord[], synonymList: readonly Synonym[]): SerializedIndex {
  const synonyms = compileSynonyms(synonymList);
  const pages: [string, string][] = [];
  const pageIds = new Map<string, number>();
  const words = new Set<string>();
  const index = newTermIndex();
  const serializedRecords: SerializedIndex['records'] = [];
  records.forEach((record, id) => {
    let pageId = pageIds.get(record.page);
    if (pageId === undefined) {
      pageId = pages.length;
      pages.push([record.page, record.pageTitle]);
      pageIds.set(record.page, pageId);
    }
    const suffix = record.url.startsWith(record.page) ? record.url.slice(record.page.length) : record.url;
    serializedRecords.push([
      pageId,
      RECORD_TYPES.indexOf(record.type),
      suffix,
      record.trail,
      record.title,
      record.text.slice(0, MAX_STORED_TEXT),
      record.themes,
    ]);
    const fieldText: Record<Field, string> = {
      // The top of a page has the page title as its heading.
      heading: record.title,
      title: [record.pageTitle, ...record.trail].join(' '),
      text: record.text,
    };
    FIELDS.forEach((field, fieldId) => {
      const terms = indexTerms(fieldText[field], synonyms);
      if (terms.length > 0) index.add(id * FIELD_COUNT + fieldId, terms.join(' '));
      for (const word of analyzeWords(fieldText[field])) {
        for (const form of word.forms) if (form.length >= TYPO_MIN_LENGTH - 1 && !/\d/.test(form)) words.add(form);
      }
    });
  });
  const postings: [string, number[]][] = [];
  index.export((key: string, data: string) => {
    // Only the term map is needed to search (not the id registry). With resolution 1
    // each term has one ascending id list, stored delta-encoded (gzip likes small numbers).
    if (!key.endsWith('map')) return;
    for (const [term, slots] of JSON.parse(data) as [string, number[][]][]) {
      const ids = slots.flat().sort((a, b) => a - b);
      postings.push([term, ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]))]);
    }
  });
  return {
    version: INDEX_FORMAT_VERSION,
    synonyms: [...synonymList],
    pages,
    records: serializedRecords,
    words: [...words].sort(),
    postings,
  };
}

/** Filters from the facets. Empty = everything. */
export interface SearchFilters {
  types?: RecordType[];
  themes?: string[];
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface SectionHit {
  url: string;
  type: RecordType;
  title: string;
  titleSegments: Segment[];
  trail: string[];
  snippet: Segment[];
}

export interface PageHit {
  /** Grouping key (page URL). */
  page: string;
  pageTitle: string;
  type: RecordType;
  themes: string[];
  score: number;
  /** Best sections first, at most three. */
  sections: SectionHit[];
}

export interface SearchResponse {
  query: string;
  /** Terms actually searched (after analysis, synonyms and typo correction). */
  terms: string[];
  hits: PageHit[];
  /** Number of result pages per type, before the type filter (for facet counts). */
  typeCounts: Record<RecordType, number>;
  total: number;
}

export const MAX_SECTIONS_PER_PAGE = 3;
export const DEFAULT_LIMIT = 20;

/** A loaded index, ready to answer queries (browser worker, CLI, tests). */
export class SearchEngine {
  readonly synonyms: SynonymTable;
  private readonly data: SerializedIndex;
  private readonly index: Index;
  private readonly vocabulary: Set<string>;
  /**
   * Corpus words and index terms for the one-typo search, bucketed by length and
   * first letter, and by length and last letter (see `typoAlternatives`).
   */
  private readonly wordsByFirst = new Map<number, string[]>();
  private readonly wordsByLast = new Map<number, string[]>();
  private readonly termsByFirst = new Map<number, string[]>();
  private readonly termsByLast = new Map<number, string[]>();
  /** Per record, in typed arrays so that ranking touches no tuple: page, type, fixed score bonus. */
  private readonly recordPage: Int32Array;
  private readonly recordType: Uint8Array;
  private readonly recordBonus: Float64Array;
  /**
   * Per-query working arrays, allocated once. A record's or a page's slots belong to the
   * current query only when its stamp equals `query`: nothing has to be cleaned between queries.
   */
  private readonly scratch: {
    query: number;
    recordStamp: Uint32Array;
    pageStamp: Uint32Array;
    weights: Uint8Array;
    scores: Float64Array;
    bestAll: Int32Array;
    bestFiltered: Int32Array;
    /** Matched records of a page as a linked list: first id per page, next id per record. */
    pageFirst: Int32Array;
    nextInPage: Int32Array;
  };

  constructor(data: SerializedIndex) {
    if (!data || data.version !== INDEX_FORMAT_VERSION) {
      throw new Error(`Index de recherche illisible : version ${String(data?.version)} au lieu de ${INDEX_FORMAT_VERSION}.`);
    }
    this.data = data;
    this.synonyms = compileSynonyms(data.synonyms);
    for (const word of data.words) addTypoBuckets(this.wordsByFirst, this.wordsByLast, word);
    this.vocabulary = new Set();
    const recordCount = data.records.length;
    const pageCount = data.pages.length;
    this.recordPage = new Int32Array(recordCount);
    this.recordType = new Uint8Array(recordCount);
    this.recordBonus = new Float64Array(recordCount);
    this.scratch = {
      query: 0,
      recordStamp: new Uint32Array(recordCount),
      pageStamp: new Uint32Array(pageCount),
      weights: new Uint8Array(recordCount * MAX_QUERY_TERMS),
      scores: new Float64Array(recordCount),
      bestAll: new Int32Array(pageCount),
      bestFiltered: new Int32Array(pageCount),
      pageFirst: new Int32Array(pageCount),
      nextInPage: new Int32Array(recordCount),
    };
    data.records.forEach(([pageId, typeId, suffix, , title], id) => {
      this.recordPage[id] = pageId;
      this.recordType[id] = typeId;
      // The top of a page first; among equals, a shorter heading (closer to the query) first.
      const headingWords = Math.min(255, Math.max(1, analyzeWords(title).filter((word) => word.terms.length > 0).length));
      this.recordBonus[id] = (suffix === '' ? 0.5 : 0) + 0.4 / headingWords;
    });
    this.index = newTermIndex();
    const map = data.postings.map(([term, deltas]) => {
      let id = 0;
      return [term, [deltas.map((delta, i) => (id = i === 0 ? delta : id + delta))]];
    });
    this.index.import('map', map as never);
    for (const [term] of data.postings) {
      this.vocabulary.add(term);
      addTypoBuckets(this.termsByFirst, this.termsByLast, term);
    }
  }

  get recordCount(): number {
    return this.data.records.length;
  }

  record(id: number): SearchRecord {
    const [pageId, typeId, suffix, trail, title, text, themes] = this.data.records[id];
    const [page, pageTitle] = this.data.pages[pageId];
    return {type: RECORD_TYPES[typeId], url: page + suffix, page, pageTitle, trail, title, text, themes};
  }

  /** Index terms at one edit of a query word, when the word itself is unknown. */
  private typoAlternatives(term: QueryTerm): string[] {
    if (term.word.length < TYPO_MIN_LENGTH || term.word.includes(' ')) return [];
    const found = new Set<string>();
    const stemmed = stem(term.word);
    // One edit changes the length by at most one.
    for (let delta = -1; delta <= 1; delta++) {
      typoCandidates(this.wordsByFirst, this.wordsByLast, term.word, term.word.length + delta, (word) => found.add(stem(word)));
      typoCandidates(this.termsByFirst, this.termsByLast, stemmed, stemmed.length + delta, (candidate) => {
        if (candidate.length >= TYPO_MIN_LENGTH - 1) found.add(candidate);
      });
    }
    return [...found].filter((candidate) => this.vocabulary.has(candidate)).slice(0, 8);
  }

  /** Field document ids (record id * FIELD_COUNT + field) where an index term occurs. */
  private lookup(term: string): number[] {
    return this.index.search(term, {limit: 1_000_000}) as number[];
  }

  /** `snippets: false` skips the highlighted titles and excerpts (ranking only). */
  search(rawQuery: unknown, filters: SearchFilters = {}, limit = DEFAULT_LIMIT, options: {snippets?: boolean} = {}): SearchResponse {
    const withSnippets = options.snippets !== false;
    const queryTerms = analyzeQuery(rawQuery, this.synonyms);
    const query = typeof rawQuery === 'string' ? rawQuery : '';
    const counts: number[] = RECORD_TYPES.map(() => 0);
    if (queryTerms.length === 0) return {query, terms: [], hits: [], typeCounts: countsByType(counts), total: 0};

    const scratch = this.scratch;
    if (scratch.query === 0xffffffff) {
      scratch.recordStamp.fill(0);
      scratch.pageStamp.fill(0);
      scratch.query = 0;
    }
    const stamp = ++scratch.query;
    const {recordStamp, pageStamp, weights, scores, bestAll, bestFiltered, pageFirst, nextInPage} = scratch;
    const {recordPage, recordType, recordBonus} = this;
    const termCount = queryTerms.length;
    const touched: number[] = [];
    const highlight = new Set<string>();
    const searchedTerms: string[] = [];
    // weights[id * termCount + t]: best field weight reached by query term t in record id.
    for (let termIndex = 0; termIndex < termCount; termIndex++) {
      const term = queryTerms[termIndex];
      let alternatives = term.alternatives.filter((alternative) => this.vocabulary.has(alternative));
      let highlightTerms = term.highlight;
      if (alternatives.length === 0 && term.fallback) {
        alternatives = term.fallback.filter((part) => this.vocabulary.has(part));
      }
      if (alternatives.length === 0) {
        alternatives = this.typoAlternatives(term);
        highlightTerms = alternatives;
      }
      if (alternatives.length === 0) continue;
      searchedTerms.push(...alternatives);
      if (withSnippets) for (const h of highlightTerms) highlight.add(h);
      for (const alternative of alternatives) {
        const documents = this.lookup(alternative);
        for (let i = 0; i < documents.length; i++) {
          const document = documents[i];
          const id = (document / FIELD_COUNT) | 0;
          const weight = WEIGHT_OF_FIELD[document - id * FIELD_COUNT];
          const base = id * termCount;
          if (recordStamp[id] !== stamp) {
            recordStamp[id] = stamp;
            touched.push(id);
            for (let slot = base, end = base + termCount; slot < end; slot++) weights[slot] = 0;
          }
          if (weights[base + termIndex] < weight) weights[base + termIndex] = weight;
        }
      }
    }

    const typeFiltered = (filters.types?.length ?? 0) > 0;
    const typeAllowed: number[] = RECORD_TYPES.map(() => (typeFiltered ? 0 : 1));
    for (const type of filters.types ?? []) {
      const typeId = RECORD_TYPES.indexOf(type);
      if (typeId >= 0) typeAllowed[typeId] = 1;
    }
    const themeFilter = filters.themes?.length ? new Set(filters.themes) : null;
    const records = this.data.records;
    // Best record per page, over all types (facet counts) and over the allowed types (ranking);
    // and the page's matched records of allowed types, for its sections.
    const pages: number[] = [];
    for (let i = 0; i < touched.length; i++) {
      const id = touched[i];
      if (themeFilter && !records[id][6].some((theme) => themeFilter.has(theme))) continue;
      let matched = 0;
      let sum = 0;
      for (let slot = id * termCount, end = slot + termCount; slot < end; slot++) {
        const weight = weights[slot];
        if (weight > 0) matched++;
        sum += weight;
      }
      // All query words before some; then where they match (headings before body); then the fixed bonus.
      scores[id] = matched * 100 + sum + recordBonus[id];
      const pageId = recordPage[id];
      if (pageStamp[pageId] !== stamp) {
        pageStamp[pageId] = stamp;
        pages.push(pageId);
        bestAll[pageId] = -1;
        bestFiltered[pageId] = -1;
        pageFirst[pageId] = -1;
      }
      if (ranksBefore(id, bestAll[pageId], scores)) bestAll[pageId] = id;
      if (typeAllowed[recordType[id]] === 1) {
        if (typeFiltered && ranksBefore(id, bestFiltered[pageId], scores)) bestFiltered[pageId] = id;
        nextInPage[id] = pageFirst[pageId];
        pageFirst[pageId] = id;
      }
    }
    // Without a type filter, the best allowed record of a page is its best record.
    if (!typeFiltered) for (const pageId of pages) bestFiltered[pageId] = bestAll[pageId];

    // Pages are ranked by their best allowed record.
    const ranked: number[] = [];
    for (const pageId of pages) {
      counts[recordType[bestAll[pageId]]]++;
      if (bestFiltered[pageId] >= 0) ranked.push(bestFiltered[pageId]);
    }
    const top = topRecords(ranked, limit, scores).map((id) => recordPage[id]);

    const hits: PageHit[] = top.map((pageId) => {
      const best: number[] = [];
      for (let id = pageFirst[pageId]; id >= 0; id = nextInPage[id]) insertInTop(best, id, MAX_SECTIONS_PER_PAGE, scores);
      const sections = best.map((id) => this.record(id));
      const first = sections[0];
      return {
        page: first.page,
        pageTitle: first.pageTitle,
        type: first.type,
        themes: first.themes,
        score: scores[best[0]],
        sections: sections.map((record) => ({
          url: record.url,
          type: record.type,
          title: record.title,
          titleSegments: withSnippets ? highlightSegments(record.title, highlight) : [{text: record.title, mark: false}],
          trail: record.trail,
          snippet: withSnippets ? snippet(record.text, highlight) : [],
        })),
      };
    });
    return {query, terms: searchedTerms, hits, typeCounts: countsByType(counts), total: ranked.length};
  }
}

/** Facet counts as an object (filled from a literal: cheaper than `Object.fromEntries`). */
function countsByType(counts: number[]): Record<RecordType, number> {
  const byType: Record<RecordType, number> = {article: 0, 'compte-rendu': 0, session: 0, support: 0, glossaire: 0};
  for (let typeId = 0; typeId < RECORD_TYPES.length; typeId++) byType[RECORD_TYPES[typeId]] = counts[typeId];
  return byType;
}

/** Bucket key: a word length and a letter. */
const bucketKey = (length: number, code: number) => length * 0x10000 + code;

function addTypoBuckets(byFirst: Map<number, string[]>, byLast: Map<number, string[]>, word: string): void {
  for (const [buckets, key] of [
    [byFirst, bucketKey(word.length, word.charCodeAt(0))],
    [byLast, bucketKey(word.length, word.charCodeAt(word.length - 1))],
  ] as const) {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(word);
    else buckets.set(key, [word]);
  }
}

/**
 * Calls `found` with each bucketed word of `length` letters within one edit of `word`.
 * One edit (substitution, insertion, deletion, swap of neighbours) of a word of 3+ letters
 * keeps its first or its last letter, so only the words sharing one of them are compared:
 * those with the same first letter, then those with the same last letter but another first.
 */
function typoCandidates(
  byFirst: Map<number, string[]>,
  byLast: Map<number, string[]>,
  word: string,
  length: number,
  found: (candidate: string) => void,
): void {
  const first = word.charCodeAt(0);
  for (const candidate of byFirst.get(bucketKey(length, first)) ?? []) {
    if (withinOneEdit(word, candidate)) found(candidate);
  }
  for (const candidate of byLast.get(bucketKey(length, word.charCodeAt(word.length - 1))) ?? []) {
    if (candidate.charCodeAt(0) !== first && withinOneEdit(word, candidate)) found(candidate);
  }
}

/** Rank order of records: the higher score first, then the earlier record; any record before none (-1). */
function ranksBefore(a: number, b: number, scores: Float64Array): boolean {
  return b < 0 || scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

/** The first `limit` records in rank order, without sorting them all when few are asked. */
function topRecords(ids: number[], limit: number, scores: Float64Array): number[] {
  if (limit <= 0) return [];
  if (limit > 32) return [...ids].sort((a, b) => (ranksBefore(a, b, scores) ? -1 : 1)).slice(0, limit);
  const top: number[] = [];
  for (const id of ids) insertInTop(top, id, limit, scores);
  return top;
}

/** Inserts record `id` into `top` (ranked, at most `limit` long) if it ranks high enough. */
function insertInTop(top: number[], id: number, limit: number, scores: Float64Array): void {
  if (top.length === limit && !ranksBefore(id, top[limit - 1], scores)) return;
  let i = top.length === limit ? limit - 1 : top.length;
  while (i > 0 && ranksBefore(id, top[i - 1], scores)) {
    top[i] = top[i - 1];
    i--;
  }
  top[i] = id;
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

export {fold};
