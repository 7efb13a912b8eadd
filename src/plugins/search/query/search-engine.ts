/**
 * The query code over a loaded index (built with FlexSearch over the French analyzer's
 * terms, see index-format.ts), shared by the browser worker, the CLI and the tests:
 * lookup of each query term, scores, grouping by page and facet counts.
 */
import type {Index} from 'flexsearch';
import {highlightSegments, snippet, type Segment} from '../present/segments';
import {analyzeQuery, analyzeWords, compileSynonyms, MAX_QUERY_TERMS, stem, type QueryTerm, type SynonymTable} from './french-analyzer';
import {FIELD_COUNT, INDEX_FORMAT_VERSION, newTermIndex, WEIGHT_OF_FIELD, type SerializedIndex} from './index-format';
import {insertInTop, ranksBefore, topRecords} from './ranking';
import {RECORD_TYPES, type RecordType, type SearchRecord} from './search-record';
import {TYPO_MIN_LENGTH, TypoBuckets} from './typo-candidates';

/** Filters from the facets. Empty = everything. */
export interface SearchFilters {
  types?: RecordType[];
  themes?: string[];
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
  /** Corpus words and index terms for the one-typo search (see `typoAlternatives`). */
  private readonly words = new TypoBuckets();
  private readonly terms = new TypoBuckets();
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
    for (const word of data.words) this.words.add(word);
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
      this.terms.add(term);
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
      this.words.forEachWithinOneEdit(term.word, term.word.length + delta, (word) => found.add(stem(word)));
      this.terms.forEachWithinOneEdit(stemmed, stemmed.length + delta, (candidate) => {
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
    // Imported names as locals for the loops below: run by Node as CommonJS (tsx: the CLI,
    // the benchmark), each use of an imported name is a read through a getter.
    const fieldCount = FIELD_COUNT;
    const weightOfField = WEIGHT_OF_FIELD;
    const before = ranksBefore;
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
          const id = (document / fieldCount) | 0;
          const weight = weightOfField[document - id * fieldCount];
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
      if (before(id, bestAll[pageId], scores)) bestAll[pageId] = id;
      if (typeAllowed[recordType[id]] === 1) {
        if (typeFiltered && before(id, bestFiltered[pageId], scores)) bestFiltered[pageId] = id;
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
