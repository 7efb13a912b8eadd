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
import {RECORD_TYPES, type RecordType, type SearchRecord} from './types';

export const INDEX_FORMAT_VERSION = 2;

/** Indexed fields and the weight of a match in each: headings before body text. */
const FIELDS = ['heading', 'title', 'text'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT: Record<Field, number> = {heading: 8, title: 5, text: 1};

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
  /** Per field: [term, delta-encoded ascending record ids]. */
  fields: Record<Field, [string, number[]][]>;
}

function newFieldIndex(): Index {
  // Terms come pre-analyzed and space-separated: FlexSearch only stores them.
  return new Index({encode: (text: string) => (text ? text.split(' ') : []), tokenize: 'strict', resolution: 1});
}

/** Builds the serialized index from records (build time, Node). */
export function buildIndex(records: SearchRecord[], synonymList: readonly Synonym[]): SerializedIndex {
  const synonyms = compileSynonyms(synonymList);
  const pages: [string, string][] = [];
  const pageIds = new Map<string, number>();
  const words = new Set<string>();
  const indexes = Object.fromEntries(FIELDS.map((field) => [field, newFieldIndex()])) as Record<Field, Index>;
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
    for (const field of FIELDS) {
      const terms = indexTerms(fieldText[field], synonyms);
      if (terms.length > 0) indexes[field].add(id, terms.join(' '));
      for (const word of analyzeWords(fieldText[field])) {
        for (const form of word.forms) if (form.length >= TYPO_MIN_LENGTH - 1 && !/\d/.test(form)) words.add(form);
      }
    }
  });
  const fields = {} as SerializedIndex['fields'];
  for (const field of FIELDS) {
    const postings: [string, number[]][] = [];
    indexes[field].export((key: string, data: string) => {
      // Only the term map is needed to search (not the id registry). With resolution 1
      // each term has one ascending id list, stored delta-encoded (gzip likes small numbers).
      if (!key.endsWith('map')) return;
      for (const [term, slots] of JSON.parse(data) as [string, number[][]][]) {
        const ids = slots.flat().sort((a, b) => a - b);
        postings.push([term, ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]))]);
      }
    });
    fields[field] = postings;
  }
  return {
    version: INDEX_FORMAT_VERSION,
    synonyms: [...synonymList],
    pages,
    records: serializedRecords,
    words: [...words].sort(),
    fields,
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
  private readonly indexes: Record<Field, Index>;
  private readonly vocabulary: Set<string>;
  /** Corpus words and index terms by length, for the one-typo search. */
  private readonly wordsByLength = new Map<number, string[]>();
  private readonly termsByLength = new Map<number, string[]>();
  /** Record ids of each page, in document order. */
  private readonly pageRecords: number[][];
  /** Number of words of each record's heading (at least 1). */
  private readonly headingLength: Uint8Array;
  private readonly scratch: {
    weights: Uint8Array;
    seen: Uint8Array;
    scores: Float64Array;
    bestAll: Int32Array;
    bestFiltered: Int32Array;
  };

  constructor(data: SerializedIndex) {
    if (!data || data.version !== INDEX_FORMAT_VERSION) {
      throw new Error(`Index de recherche illisible : version ${String(data?.version)} au lieu de ${INDEX_FORMAT_VERSION}.`);
    }
    this.data = data;
    this.synonyms = compileSynonyms(data.synonyms);
    const addByLength = (buckets: Map<number, string[]>, word: string) => {
      const bucket = buckets.get(word.length);
      if (bucket) bucket.push(word);
      else buckets.set(word.length, [word]);
    };
    for (const word of data.words) addByLength(this.wordsByLength, word);
    this.indexes = {} as Record<Field, Index>;
    this.vocabulary = new Set();
    this.pageRecords = data.pages.map(() => []);
    this.headingLength = new Uint8Array(data.records.length);
    this.scratch = {
      weights: new Uint8Array(data.records.length * MAX_QUERY_TERMS),
      seen: new Uint8Array(data.records.length),
      scores: new Float64Array(data.records.length),
      bestAll: new Int32Array(data.pages.length).fill(-1),
      bestFiltered: new Int32Array(data.pages.length).fill(-1),
    };
    data.records.forEach((record, id) => {
      this.pageRecords[record[0]].push(id);
      const words = analyzeWords(record[4]).filter((word) => word.terms.length > 0).length;
      this.headingLength[id] = Math.min(255, Math.max(1, words));
    });
    for (const field of FIELDS) {
      const index = newFieldIndex();
      const map = data.fields[field].map(([term, deltas]) => {
        let id = 0;
        return [term, [deltas.map((delta, i) => (id = i === 0 ? delta : id + delta))]];
      });
      index.import('map', map as never);
      this.indexes[field] = index;
      // FlexSearch keeps its term map in `map`: its keys are the index vocabulary.
      for (const [term] of data.fields[field]) {
        if (!this.vocabulary.has(term)) addByLength(this.termsByLength, term);
        this.vocabulary.add(term);
      }
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
    // One edit changes the length by at most one: only those buckets are scanned.
    for (let delta = -1; delta <= 1; delta++) {
      for (const word of this.wordsByLength.get(term.word.length + delta) ?? []) {
        if (withinOneEdit(term.word, word)) found.add(stem(word));
      }
      for (const candidate of this.termsByLength.get(stemmed.length + delta) ?? []) {
        if (candidate.length >= TYPO_MIN_LENGTH - 1 && withinOneEdit(stemmed, candidate)) found.add(candidate);
      }
    }
    return [...found].filter((candidate) => this.vocabulary.has(candidate)).slice(0, 8);
  }

  private lookup(term: string, field: Field): number[] {
    return this.indexes[field].search(term, {limit: 100_000}) as number[];
  }

  /** `snippets: false` skips the highlighted titles and excerpts (ranking only). */
  search(rawQuery: unknown, filters: SearchFilters = {}, limit = DEFAULT_LIMIT, options: {snippets?: boolean} = {}): SearchResponse {
    const withSnippets = options.snippets !== false;
    const queryTerms = analyzeQuery(rawQuery, this.synonyms);
    const typeCounts: Record<RecordType, number> = {article: 0, 'compte-rendu': 0, session: 0, support: 0, glossaire: 0};
    const query = typeof rawQuery === 'string' ? rawQuery : '';
    if (queryTerms.length === 0) return {query, terms: [], hits: [], typeCounts, total: 0};

    // weights[id * T + t]: best field weight reached by query term t in record id.
    const termCount = queryTerms.length;
    // Scratch arrays are reused across queries and cleaned (only where touched) at the end.
    const {weights, seen, scores, bestAll, bestFiltered} = this.scratch;
    const touched: number[] = [];
    const touchedPages: number[] = [];
    try {
      return this.rank(queryTerms, filters, limit, withSnippets, touched, touchedPages, typeCounts, query);
    } finally {
      for (const id of touched) {
        seen[id] = 0;
        scores[id] = 0;
        for (let slot = id * termCount, end = slot + termCount; slot < end; slot++) weights[slot] = 0;
      }
      for (const pageId of touchedPages) {
        bestAll[pageId] = -1;
        bestFiltered[pageId] = -1;
      }
    }
  }

  private rank(
    queryTerms: QueryTerm[],
    filters: SearchFilters,
    limit: number,
    withSnippets: boolean,
    touched: number[],
    touchedPages: number[],
    typeCounts: Record<RecordType, number>,
    query: string,
  ): SearchResponse {
    const records = this.data.records;
    const termCount = queryTerms.length;
    const {weights, seen, scores, bestAll, bestFiltered} = this.scratch;
    const highlight = new Set<string>();
    const searchedTerms: string[] = [];
    queryTerms.forEach((term, termIndex) => {
      let alternatives = term.alternatives.filter((alternative) => this.vocabulary.has(alternative));
      let highlightTerms = term.highlight;
      if (alternatives.length === 0 && term.fallback) {
        alternatives = term.fallback.filter((part) => this.vocabulary.has(part));
      }
      if (alternatives.length === 0) {
        alternatives = this.typoAlternatives(term);
        highlightTerms = alternatives;
      }
      if (alternatives.length === 0) return;
      searchedTerms.push(...alternatives);
      for (const h of highlightTerms) highlight.add(h);
      for (const field of FIELDS) {
        const weight = FIELD_WEIGHT[field];
        for (const alternative of alternatives) {
          for (const id of this.lookup(alternative, field)) {
            if (!seen[id]) {
              seen[id] = 1;
              touched.push(id);
            }
            const slot = id * termCount + termIndex;
            if (weights[slot] < weight) weights[slot] = weight;
          }
        }
      }
    });

    const typeFilter = new Set((filters.types ?? []).map((type) => RECORD_TYPES.indexOf(type)));
    const themeFilter = new Set(filters.themes ?? []);
    // Best record per page, over all types (facet counts) and over the filtered types (ranking).
    const better = (a: number, b: number) => b < 0 || scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
    for (const id of touched) {
      const record = records[id];
      const pageId = record[0];
      const typeId = record[1];
      if (themeFilter.size > 0 && !record[6].some((theme) => themeFilter.has(theme))) continue;
      let matched = 0;
      let sum = 0;
      for (let t = 0; t < termCount; t++) {
        const weight = weights[id * termCount + t];
        if (weight > 0) matched++;
        sum += weight;
      }
      // All query words before some; then where they match (headings before body); the top of a page first.
      // Among equals, a shorter heading (closer to the query) first.
      scores[id] = matched * 100 + sum + (record[2] === '' ? 0.5 : 0) + 0.4 / this.headingLength[id];
      if (bestAll[pageId] < 0) touchedPages.push(pageId);
      if (better(id, bestAll[pageId])) bestAll[pageId] = id;
      if ((typeFilter.size === 0 || typeFilter.has(typeId)) && better(id, bestFiltered[pageId])) bestFiltered[pageId] = id;
    }

    const ranked: number[] = [];
    for (const pageId of touchedPages) {
      typeCounts[RECORD_TYPES[records[bestAll[pageId]][1]]]++;
      if (bestFiltered[pageId] >= 0) ranked.push(pageId);
    }
    const top = topPages(ranked, limit, (a, b) => better(bestFiltered[a], bestFiltered[b]));

    const hits: PageHit[] = top.map((pageId) => {
      const sections = this.pageRecords[pageId]
        .filter((id) => seen[id] && scores[id] > 0 && (typeFilter.size === 0 || typeFilter.has(records[id][1])))
        .sort((a, b) => (better(a, b) ? -1 : 1))
        .slice(0, MAX_SECTIONS_PER_PAGE)
        .map((id) => this.record(id));
      const top = sections[0];
      return {
        page: top.page,
        pageTitle: top.pageTitle,
        type: top.type,
        themes: top.themes,
        score: scores[bestFiltered[pageId]],
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
    return {query, terms: searchedTerms, hits, typeCounts, total: ranked.length};
  }
}

/** The first `limit` pages in rank order, without sorting them all when few are asked. */
function topPages(pages: number[], limit: number, before: (a: number, b: number) => boolean): number[] {
  if (limit <= 0) return [];
  if (limit * 4 >= pages.length) return [...pages].sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, limit);
  const top: number[] = [];
  for (const page of pages) {
    if (top.length === limit && !before(page, top[limit - 1])) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    while (i > 0 && before(page, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = page;
  }
  return top;
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
