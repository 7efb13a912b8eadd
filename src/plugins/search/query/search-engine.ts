/**
 * The query code over the sharded index (see index-format.ts), shared by the browser
 * worker, the CLI and the tests: each query word resolved (exact, then the parts of a
 * compound, the prefix of the word being typed, one typo), records scored, grouped by
 * page, facets counted. It reads fragments through a FragmentSource and fetches only
 * those the query needs: `search` loads them, `searchLoaded` answers from what is
 * already there (or says which fragments it needs), so the ranking itself never waits.
 */
import {highlightSegments, snippet, type Segment} from '../present/segments';
import {analyzeQuery, compileSynonyms, stem, type QueryTerm, type SynonymTable} from './french-analyzer';
import type {FragmentSource} from './fragment-source';
import {
  FIELD_COUNT,
  FIELDS,
  INDEX_FORMAT_VERSION,
  PAGE_HASH_LENGTH,
  pageGroupOf,
  pageGroupPath,
  PAGES_PER_GROUP,
  POSTING_MASK_SPAN,
  RECORD_ALPHABET,
  SECONDARY,
  shardOf,
  termShardPath,
  TOP_OF_PAGE,
  WEIGHT_OF_FIELD,
  wordListPath,
  type IndexEntry,
  type PageGroup,
  type TermShard,
  type WordList,
} from './index-format';
import {insertInTop} from './ranking';
import {RECORD_TYPES, type RecordType, type SearchRecord} from './search-record';
import {TYPO_MIN_LENGTH, WordsByLength} from './typo-candidates';

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
  /** Query words (as typed, folded) that the best section does not contain; empty when it has them all. */
  missingWords: string[];
}

export interface SearchResponse {
  query: string;
  /** Terms actually searched (after analysis, synonyms, prefix and typo correction). */
  terms: string[];
  hits: PageHit[];
  /** Number of result pages per type, before the type filter (for facet counts). */
  typeCounts: Record<RecordType, number>;
  total: number;
  /** Result pages whose best section has every query word: they come first, the others after. */
  complete: number;
}

/** What `searchLoaded` answers when fragments are missing: their paths, to load before asking again. */
export interface FragmentsNeeded {
  needs: string[];
}

export const MAX_SECTIONS_PER_PAGE = 3;
export const DEFAULT_LIMIT = 20;
/** A typed prefix is searched when its terms lie in at most this many shards. */
export const MAX_PREFIX_SHARDS = 3;
/** Index terms a prefix or a typo may stand for, at most. */
const PREFIX_EXPANSIONS = 6;
const TYPO_EXPANSIONS = 8;
/** Points of a match: the field weight (in WEIGHT_UNITS) twice for the word itself, once for a prefix or a typo. */
const EXACT = 2;
const APPROXIMATE = 1;
/**
 * In a record's word count, the unit of the words found in its page title or its heading (the
 * count itself is below it), and above it the unit of those found in the page title itself
 * (a query has at most MAX_QUERY_TERMS words: 12 × (4096 + 256 + 1) fits in 16 bits).
 */
const TITLED = 256;
const PAGE_TITLED = 4096;
/** Factor of a record whose page title and heading have every query word between them. */
const TITLE_ANSWER = 2;
/**
 * Factor of a record whose page title alone has every query word: the page is about the
 * query, and outranks a page (a theme's landing page) whose short title and one of whose
 * headings share the words between them.
 */
const PAGE_TITLE_ANSWER = 3;
/** Factor of a record whose page title is the query: every query word, and no other word. */
const EXACT_TITLE_ANSWER = 4;
/**
 * Share of the score of a landing page's record, unless its title is the query: the overview
 * of a theme has the words of all its articles, the article about them answers better.
 */
const HUB_SHARE = 0.5;

/** What a term's match adds to a record's word count (see Posting.titled). */
function wordUnits(titled: number): number {
  return 1 + (titled & 1) * TITLED + (titled >> 1) * PAGE_TITLED;
}
/** The number of query words a record has outranks everything else in its score. */
const COVERAGE_STEP = 1e6;

const TITLE_BIT = 1 << FIELDS.indexOf('title');
const HEADING_BIT = 1 << FIELDS.indexOf('heading');
const TITLE_WEIGHT = WEIGHT_OF_FIELD[FIELDS.indexOf('title')];
const HEADING_WEIGHT = WEIGHT_OF_FIELD[FIELDS.indexOf('heading')];
/** Weights are stored in quarters, in a byte. */
const WEIGHT_UNITS = 4;

/**
 * How much a title of `words` words weighs: a word that is most of a short title
 * (« ELAN (loi) ») counts more than the same word in a long one (BM25's field length).
 */
export function titleScale(words: number): number {
  return 1 / (0.5 + words / 6);
}

/** A field where the word also occurs, besides the best one, adds this share of its weight. */
const OTHER_FIELD_SHARE = 0.25;

/** Best weight and total weight of the fields of each mask other than the title and the heading. */
const OTHER_BEST = Uint8Array.from({length: POSTING_MASK_SPAN}, (_, mask) => {
  let best = 0;
  for (let field = 0; field < FIELD_COUNT; field++) {
    if (mask & (1 << field) && !((TITLE_BIT | HEADING_BIT) & (1 << field)) && WEIGHT_OF_FIELD[field] > best) best = WEIGHT_OF_FIELD[field];
  }
  return best;
});
const OTHER_TOTAL = Uint8Array.from({length: POSTING_MASK_SPAN}, (_, mask) => {
  let total = 0;
  for (let field = 0; field < FIELD_COUNT; field++) if (mask & (1 << field) && !((TITLE_BIT | HEADING_BIT) & (1 << field))) total += WEIGHT_OF_FIELD[field];
  return total;
});

/** A term's postings, decoded: record ids (ascending) and the weight of the fields where it occurs. */
interface Posting {
  records: Int32Array;
  weights: Uint8Array;
  /** Bit 1 where the term is in the page title or the heading of the record, bit 2 where in the page title. */
  titled: Uint8Array;
}

/** A query word as searched: its index terms and how well they match it. */
interface ResolvedWord {
  terms: string[];
  postings: Posting[];
  points: number;
  highlight: string[];
}

/**
 * Per-query working arrays of the engine, allocated once. A record's slots belong to the
 * current query only when its `seen` value is at least the query's base: nothing has to be
 * cleaned between queries.
 */
interface Scratch {
  query: number;
  /** Per record: query × 16 + the last query word it had (+1). */
  seen: Uint32Array;
  /** Per record: how many query words it has, plus TITLED for each in its titles; weighted sum of their points. */
  words: Uint16Array;
  sums: Float64Array;
  /** Per record: the points of the last query word it had, and whether in a title (alternatives of a word keep the best). */
  lastPoints: Uint8Array;
  lastTitled: Uint8Array;
  scores: Float64Array;
}

/** A loaded index, ready to answer queries (browser worker, CLI, tests). */
export class SearchEngine {
  readonly synonyms: SynonymTable;
  private readonly entry: IndexEntry;
  private readonly source: FragmentSource;
  /** Per record and per page, in typed arrays so that ranking touches no object. */
  private readonly recordPage: Int32Array;
  private readonly recordBonus: Float64Array;
  /** Weight of a match in the record's page title and in its heading, after their lengths; in its other fields. */
  private readonly titleWeight: Float32Array;
  private readonly headingWeight: Float32Array;
  private readonly otherWeight: Float32Array;
  /** Per record: the number of words of its page title, and whether the page is a landing page. */
  private readonly titles: RecordTitles;
  private readonly pageStart: Int32Array;
  private readonly pageType: Uint8Array;
  private readonly pageTheme: Int32Array;
  /** Decoded postings by term (null: not in the index), shards and word lists read so far. */
  private readonly postingCache = new Map<string, Posting | null>();
  private readonly shards = new Map<number, Map<string, number[]>>();
  private readonly wordLists = new Map<string, WordsByLength>();
  /** Per-query working arrays, allocated once (see Scratch). */
  private readonly scratch: Scratch;

  constructor(entry: IndexEntry, source: FragmentSource) {
    if (!entry || entry.version !== INDEX_FORMAT_VERSION) {
      throw new Error(`Index de recherche illisible : version ${String(entry?.version)} au lieu de ${INDEX_FORMAT_VERSION}.`);
    }
    this.entry = entry;
    this.source = source;
    this.synonyms = compileSynonyms(entry.synonyms);
    const {recordCount, pageCount} = entry;
    this.recordPage = new Int32Array(recordCount);
    this.recordBonus = new Float64Array(recordCount);
    this.titleWeight = new Float32Array(recordCount);
    this.headingWeight = new Float32Array(recordCount);
    this.otherWeight = new Float32Array(recordCount);
    this.titles = {words: new Uint8Array(recordCount), hub: new Uint8Array(recordCount)};
    const hubs = new Set(entry.pages.hubs);
    this.pageStart = new Int32Array(pageCount + 1);
    this.pageType = new Uint8Array(pageCount);
    this.pageTheme = new Int32Array(pageCount);
    let id = 0;
    for (let page = 0; page < pageCount; page++) {
      this.pageStart[page] = id;
      this.pageType[page] = entry.pages.types.charCodeAt(page) - 48;
      this.pageTheme[page] = entry.pages.themes[page];
      // The page title is the heading of the page's top record (a page without one, a PDF, counts as three words).
      const topFlags = RECORD_ALPHABET.indexOf(entry.records[id]);
      const titleWords = topFlags & TOP_OF_PAGE ? topFlags & (SECONDARY - 1) : 3;
      for (let k = 0; k < entry.pages.records[page]; k++, id++) {
        this.recordPage[id] = page;
        const flags = RECORD_ALPHABET.indexOf(entry.records[id]);
        const headingWords = Math.max(1, flags & (SECONDARY - 1));
        // The top of a page first; among equals, a shorter heading (closer to the query) first.
        this.recordBonus[id] = (flags & TOP_OF_PAGE ? 0.5 : 0) + 0.4 / headingWords;
        this.titleWeight[id] = TITLE_WEIGHT * titleScale(Math.max(1, titleWords));
        this.headingWeight[id] = HEADING_WEIGHT * titleScale(headingWords);
        this.otherWeight[id] = flags & SECONDARY ? 0.25 : 1;
        this.titles.words[id] = titleWords;
        this.titles.hub[id] = hubs.has(page) ? 1 : 0;
      }
    }
    this.pageStart[pageCount] = id;
    if (id !== recordCount) throw new Error(`Index de recherche illisible : ${id} enregistrements au lieu de ${recordCount}.`);
    this.scratch = {
      query: 0,
      seen: new Uint32Array(recordCount),
      words: new Uint16Array(recordCount),
      sums: new Float64Array(recordCount),
      lastPoints: new Uint8Array(recordCount),
      lastTitled: new Uint8Array(recordCount),
      scores: new Float64Array(recordCount),
    };
  }

  get recordCount(): number {
    return this.entry.recordCount;
  }

  get pageCount(): number {
    return this.entry.pageCount;
  }

  /** Path of the page group that stores a page. */
  pagePath(pageId: number): string {
    const groupId = pageGroupOf(pageId);
    return pageGroupPath(groupId, this.entry.pages.hashes.slice(groupId * PAGE_HASH_LENGTH, (groupId + 1) * PAGE_HASH_LENGTH));
  }

  /** Every page group's path. */
  private groupPaths(): string[] {
    return Array.from({length: Math.ceil(this.entry.pageCount / PAGES_PER_GROUP)}, (_, group) => this.pagePath(group * PAGES_PER_GROUP));
  }

  /** Every fragment of the index (the whole index, as the benchmark and the build tests read it). */
  allFragmentPaths(): string[] {
    return [
      ...this.entry.terms.files.map(termShardPath),
      ...[...Object.values(this.entry.words.first), ...Object.values(this.entry.words.last)].map(wordListPath),
      ...this.groupPaths(),
    ];
  }

  /** A record, once its page's fragment is loaded. */
  record(id: number): SearchRecord {
    const page = this.recordPage[id];
    const fragment = (this.source.get(this.pagePath(page)) as PageGroup | undefined)?.[page % PAGES_PER_GROUP];
    if (!fragment) throw new Error(`Page ${page} de l’index pas encore chargée.`);
    const [suffix, trail, title, text] = fragment[2][id - this.pageStart[page]];
    const pageTitle = fragment[1];
    return {type: RECORD_TYPES[this.pageType[page]], url: fragment[0] + suffix, page: fragment[0], pageTitle, trail, title, text, themes: this.entry.themeSets[this.pageTheme[page]]};
  }

  /** Every record (loads every page fragment: for the tools and the tests, not for the reader). */
  async records(): Promise<SearchRecord[]> {
    await this.source.load(this.groupPaths());
    return Array.from({length: this.entry.recordCount}, (_, id) => this.record(id));
  }

  /** Answers a query, loading the fragments it needs first. */
  async search(rawQuery: unknown, filters: SearchFilters = {}, limit = DEFAULT_LIMIT, options: {snippets?: boolean} = {}): Promise<SearchResponse> {
    // Each round loads what the previous one found missing: terms, then prefixes and typos, then pages.
    for (let round = 0; round < 8; round++) {
      const answer = this.searchLoaded(rawQuery, filters, limit, options);
      if (!('needs' in answer)) return answer;
      await this.source.load(answer.needs);
    }
    throw new Error('Index de recherche incomplet : des fragments restent introuvables.');
  }

  /** The shard's terms and encoded postings, or undefined (and its path in `needs`) if not loaded. */
  private shard(index: number, needs: Set<string>): Map<string, number[]> | undefined {
    let shard = this.shards.get(index);
    if (shard) return shard;
    const path = termShardPath(this.entry.terms.files[index]);
    const loaded = this.source.get(path) as TermShard | undefined;
    if (!loaded) {
      needs.add(path);
      return undefined;
    }
    shard = new Map(loaded.terms.map((term, i) => [term, loaded.postings[i]]));
    this.shards.set(index, shard);
    return shard;
  }

  /** A term's postings; null when the index does not have it; undefined while its shard is missing. */
  private posting(term: string, needs: Set<string>): Posting | null | undefined {
    const cached = this.postingCache.get(term);
    if (cached !== undefined) return cached;
    const index = shardOf(this.entry.terms.first, term);
    if (index < 0) {
      this.postingCache.set(term, null);
      return null;
    }
    const shard = this.shard(index, needs);
    if (!shard) return undefined;
    const encoded = shard.get(term);
    let posting: Posting | null = null;
    if (encoded) {
      const records = new Int32Array(encoded.length);
      const weights = new Uint8Array(encoded.length);
      const titled = new Uint8Array(encoded.length);
      let record = 0;
      for (let i = 0; i < encoded.length; i++) {
        const value = encoded[i];
        const mask = value % POSTING_MASK_SPAN;
        record += (value - mask) / POSTING_MASK_SPAN;
        records[i] = record;
        // The best field, plus a share of the others: a word of the page title is not counted
        // again in full in the heading that repeats it, so a section about another word can win.
        const title = mask & TITLE_BIT ? this.titleWeight[record] : 0;
        const heading = mask & HEADING_BIT ? this.headingWeight[record] : 0;
        const other = this.otherWeight[record];
        const best = Math.max(title, heading, OTHER_BEST[mask] * other);
        const total = title + heading + OTHER_TOTAL[mask] * other;
        weights[i] = Math.round((best + OTHER_FIELD_SHARE * (total - best)) * WEIGHT_UNITS);
        titled[i] = (mask & (TITLE_BIT | HEADING_BIT) ? 1 : 0) | (mask & TITLE_BIT ? 2 : 0);
      }
      posting = {records, weights, titled};
    }
    this.postingCache.set(term, posting);
    return posting;
  }

  /** The postings found among `terms`; undefined if a shard is missing. */
  private found(terms: readonly string[], needs: Set<string>): {terms: string[]; postings: Posting[]} | undefined {
    const result: {terms: string[]; postings: Posting[]} = {terms: [], postings: []};
    let complete = true;
    for (const term of terms) {
      const posting = this.posting(term, needs);
      if (posting === undefined) complete = false;
      else if (posting) {
        result.terms.push(term);
        result.postings.push(posting);
      }
    }
    return complete ? result : undefined;
  }

  /** The terms of the word being typed: terms it begins (regroup → regroupe), or a term it already contains (regroupem → regroupe). */
  private prefixTerms(prefix: string, exclude: readonly string[], needs: Set<string>): string[] | undefined {
    const {first} = this.entry.terms;
    const from = Math.max(0, shardOf(first, prefix));
    const to = shardOf(first, `${prefix}\uffff`);
    const candidates: string[] = [];
    if (to >= 0 && to - from < MAX_PREFIX_SHARDS) {
      let complete = true;
      for (let index = from; index <= to; index++) {
        const shard = this.shard(index, needs);
        if (!shard) complete = false;
        else for (const term of shard.keys()) if (term.startsWith(prefix) && !exclude.includes(term)) candidates.push(term);
      }
      if (!complete) return undefined;
    }
    // Stems may end before the typed letters (regroupem → regroupe): the longest such term.
    for (let length = prefix.length - 1; length >= Math.max(4, prefix.length - 4) && candidates.length === 0; length--) {
      const head = prefix.slice(0, length);
      const found = this.found([head, `${head}e`], needs);
      if (!found) return undefined;
      candidates.push(...found.terms.filter((term) => !exclude.includes(term)));
    }
    const found = this.found(candidates, needs);
    if (!found) return undefined;
    // The most frequent first, then in term order: the same choice whatever was loaded before.
    return found.terms
      .map((term, i) => ({term, count: found.postings[i].records.length}))
      .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, PREFIX_EXPANSIONS)
      .map((candidate) => candidate.term);
  }

  /** The corpus words of one letter's list: null if there is none, undefined (path in `needs`) until loaded. */
  private wordList(files: Record<string, string>, letter: string, needs: Set<string>): WordsByLength | null | undefined {
    const file = Object.prototype.hasOwnProperty.call(files, letter) ? files[letter] : undefined;
    if (!file) return null;
    const path = wordListPath(file);
    let list = this.wordLists.get(path);
    if (!list) {
      const loaded = this.source.get(path) as WordList | undefined;
      if (!loaded) {
        needs.add(path);
        return undefined;
      }
      list = new WordsByLength(loaded);
      this.wordLists.set(path, list);
    }
    return list;
  }

  /** Index terms at one edit of a query word, from the word lists of its first and last letters. */
  private typoTerms(word: string, needs: Set<string>): string[] | undefined {
    if (word.length < TYPO_MIN_LENGTH || word.includes(' ')) return [];
    const byFirst = this.wordList(this.entry.words.first, word[0], needs);
    const byLast = this.wordList(this.entry.words.last, word[word.length - 1], needs);
    if (byFirst === undefined || byLast === undefined) return undefined;
    const stems = new Set<string>();
    byFirst?.forEachWithinOneEdit(word, (candidate) => stems.add(stem(candidate)));
    byLast?.forEachWithinOneEdit(word, (candidate) => stems.add(stem(candidate)), word.charCodeAt(0));
    const found = this.found([...stems], needs);
    return found ? found.terms.slice(0, TYPO_EXPANSIONS) : undefined;
  }

  /** A query word's index terms: exact, else a compound's parts, else the typed prefix, else one typo. */
  private resolve(term: QueryTerm, needs: Set<string>): ResolvedWord | null | undefined {
    const exact = this.found(term.alternatives, needs);
    if (!exact) return undefined;
    if (exact.terms.length > 0) return {...exact, points: EXACT, highlight: term.highlight};
    if (term.fallback) {
      const parts = this.found(term.fallback, needs);
      if (!parts) return undefined;
      if (parts.terms.length > 0) return {...parts, points: EXACT, highlight: term.highlight};
    }
    if (term.prefix) {
      const terms = this.prefixTerms(term.prefix, term.alternatives, needs);
      if (!terms) return undefined;
      if (terms.length > 0) return {...this.found(terms, needs)!, points: APPROXIMATE, highlight: terms};
    }
    const typos = this.typoTerms(term.word, needs);
    if (!typos) return undefined;
    if (typos.length > 0) return {...this.found(typos, needs)!, points: APPROXIMATE, highlight: typos};
    return null;
  }

  /**
   * Answers from the fragments already loaded, or names those still needed. `snippets: false`
   * skips the highlighted titles and excerpts (ranking only).
   */
  searchLoaded(rawQuery: unknown, filters: SearchFilters = {}, limit = DEFAULT_LIMIT, options: {snippets?: boolean} = {}): SearchResponse | FragmentsNeeded {
    const withSnippets = options.snippets !== false;
    const queryTerms = analyzeQuery(rawQuery, this.synonyms);
    const query = typeof rawQuery === 'string' ? rawQuery : '';
    const counts: number[] = RECORD_TYPES.map(() => 0);
    if (queryTerms.length === 0) return {query, terms: [], hits: [], typeCounts: countsByType(counts), total: 0, complete: 0};

    const needs = new Set<string>();
    const resolved = queryTerms.map((term) => this.resolve(term, needs));
    if (needs.size > 0) return {needs: [...needs]};

    const scratch = this.scratch;
    if (scratch.query === 0xfffffff) {
      scratch.seen.fill(0);
      scratch.query = 0;
    }
    const stamp = ++scratch.query;
    // seen[id] = stamp × 16 + the last query word met (+1): the record is of this query, and which word it had last.
    const base = stamp * 16;
    const {seen, scores} = scratch;
    const {recordPage, pageStart} = this;
    const recordCount = this.entry.recordCount;
    const termCount = queryTerms.length;
    const highlight = new Set<string>();
    const searchedTerms: string[] = [];
    let first = recordCount;
    let last = -1;
    // Each query word in turn: a record's totals follow its best match of the word (among the
    // word's index terms), so that alternatives (synonym, prefix, typo) never count twice.
    for (let termIndex = 0; termIndex < termCount; termIndex++) {
      const word = resolved[termIndex];
      if (!word) continue;
      searchedTerms.push(...word.terms);
      if (withSnippets) for (const h of word.highlight) highlight.add(h);
      let frequency = 0;
      for (const posting of word.postings) frequency += posting.records.length;
      // The rarer the word, the more it counts (idf, kept above 1 so that a common word still counts).
      const rarity = 1 + Math.log(recordCount / Math.max(1, Math.min(frequency, recordCount)));
      const factor = word.points * rarity;
      const single = word.postings.length === 1;
      for (const posting of word.postings) {
        const {records} = posting;
        if (records.length === 0) continue;
        if (records[0] < first) first = records[0];
        if (records[records.length - 1] > last) last = records[records.length - 1];
        addPosting(posting, factor, base, base + termIndex + 1, single, scratch);
      }
    }

    const typeFiltered = (filters.types?.length ?? 0) > 0;
    const typeAllowed: number[] = RECORD_TYPES.map(() => (typeFiltered ? 0 : 1));
    for (const type of filters.types ?? []) {
      const typeId = RECORD_TYPES.indexOf(type);
      if (typeId >= 0) typeAllowed[typeId] = 1;
    }
    const themeFilter = filters.themes?.length ? new Set(filters.themes) : null;
    const allowedThemeSets = themeFilter ? this.entry.themeSets.map((set) => set.some((theme) => themeFilter.has(theme))) : null;
    const {top, total, complete} = rankPages(
      {first, last, base, termCount, limit, allowedThemeSets, typeAllowed, counts},
      this.recordPage,
      this.pageStart,
      this.pageType,
      this.pageTheme,
      this.recordBonus,
      this.titles,
      scratch,
    );

    for (const bestId of top) {
      const path = this.pagePath(recordPage[bestId]);
      if (this.source.get(path) === undefined) needs.add(path);
    }
    if (needs.size > 0) return {needs: [...needs]};

    const searchable = resolved.filter(Boolean).length;
    const hits: PageHit[] = top.map((bestId) => {
      const pageId = recordPage[bestId];
      const sectionIds: number[] = [];
      for (let id = pageStart[pageId], end = pageStart[pageId + 1]; id < end; id++) {
        if (seen[id] < base) continue;
        // Records that could not enter the first pages were not scored: score the shown page's now.
        scores[id] = recordScore(id, termCount, scratch.words, scratch.sums, this.recordBonus, this.titles);
        insertInTop(sectionIds, id, MAX_SECTIONS_PER_PAGE, scores);
      }
      const sections = sectionIds.map((id) => this.record(id));
      const firstSection = sections[0];
      return {
        page: firstSection.page,
        pageTitle: firstSection.pageTitle,
        type: firstSection.type,
        themes: firstSection.themes,
        score: scores[bestId],
        sections: sections.map((record) => ({
          url: record.url,
          type: record.type,
          title: record.title,
          titleSegments: withSnippets ? highlightSegments(record.title, highlight) : [{text: record.title, mark: false}],
          trail: record.trail,
          snippet: withSnippets ? snippet(record.text, highlight) : [],
        })),
        missingWords: queryTerms.filter((_, t) => !resolved[t]?.postings.some((posting) => includes(posting.records, bestId))).map((term) => term.word),
      };
    });
    return {query, terms: searchedTerms, hits, typeCounts: countsByType(counts), total, complete: searchable === termCount ? complete : 0};
  }
}


/**
 * Adds one index term's postings to the records' totals for query word `mark` (its slot in
 * `seen`). Module-level, with its arrays as locals, so that V8 keeps the hot loop in registers.
 */
function addPosting(posting: Posting, factor: number, base: number, mark: number, single: boolean, scratch: Scratch): void {
  const {records, weights, titled} = posting;
  const {seen, words, sums, lastPoints, lastTitled} = scratch;
  const length = records.length;
  if (single) {
    // One index term for the word: each record comes once, nothing to compare (the common case, kept short).
    for (let i = 0; i < length; i++) {
      const id = records[i];
      const word = wordUnits(titled[i]);
      if (seen[id] < base) {
        words[id] = word;
        sums[id] = weights[i] * factor;
      } else {
        words[id] += word;
        sums[id] += weights[i] * factor;
      }
      seen[id] = mark;
    }
    return;
  }
  // Several index terms for the word (synonym, prefix, typo): a record keeps its best match of the word.
  for (let i = 0; i < length; i++) {
    const id = records[i];
    const points = weights[i];
    const previous = seen[id];
    if (previous !== mark) {
      seen[id] = mark;
      lastPoints[id] = points;
      lastTitled[id] = titled[i];
      const word = wordUnits(titled[i]);
      if (previous < base) {
        words[id] = word;
        sums[id] = points * factor;
      } else {
        words[id] += word;
        sums[id] += points * factor;
      }
      continue;
    }
    if (points > lastPoints[id]) {
      sums[id] += (points - lastPoints[id]) * factor;
      lastPoints[id] = points;
    }
    const gained = titled[i] & ~lastTitled[id];
    if (gained) {
      lastTitled[id] |= gained;
      words[id] += wordUnits(gained) - 1;
    }
  }
}

/** Per record: the number of words of its page title (at most 15), and 1 on a landing page. */
interface RecordTitles {
  words: Uint8Array;
  hub: Uint8Array;
}

/** A record's score: all query words before some; then which words, and where (titles before text); then the fixed bonus. */
function recordScore(id: number, termCount: number, words: Uint16Array, sums: Float64Array, recordBonus: Float64Array, titles: RecordTitles): number {
  const count = words[id];
  // A title or a heading that has every query word answers the query: it counts double, the page
  // title alone triple, a page title that is the query (no other word) four times.
  const inPageTitle = count >> 12;
  const exactTitle = inPageTitle === termCount && titles.words[id] === termCount;
  let sum = sums[id];
  if (exactTitle) sum *= EXACT_TITLE_ANSWER;
  else if (inPageTitle === termCount) sum *= PAGE_TITLE_ANSWER;
  else if (((count >> 8) & 15) === termCount) sum *= TITLE_ANSWER;
  if (titles.hub[id] === 1 && !exactTitle) sum *= HUB_SHARE;
  return (count & (TITLED - 1)) * COVERAGE_STEP + sum + recordBonus[id];
}

interface RankQuery {
  /** Range of the record ids met, and the query's slot base in `seen`. */
  first: number;
  last: number;
  base: number;
  termCount: number;
  limit: number;
  allowedThemeSets: boolean[] | null;
  typeAllowed: number[];
  /** Result pages per type (filled here). */
  counts: number[];
}

/**
 * Records page after page (they are numbered so): each page's best record scored, the
 * pages counted by type, the first `limit` pages kept in rank order.
 */
function rankPages(
  query: RankQuery,
  recordPage: Int32Array,
  pageStart: Int32Array,
  pageType: Uint8Array,
  pageTheme: Int32Array,
  recordBonus: Float64Array,
  titles: RecordTitles,
  scratch: Scratch,
): {top: number[]; total: number; complete: number} {
  const {first, last, base, termCount, limit, allowedThemeSets, typeAllowed, counts} = query;
  const {seen, words, sums, scores} = scratch;
  const top: number[] = [];
  let total = 0;
  let complete = 0;
  // Once `limit` pages are kept, a record with fewer words than the last of them cannot enter: it is not scored.
  let fewestWords = 0;
  for (let id = first; id <= last; ) {
    if (seen[id] < base) {
      id++;
      continue;
    }
    const pageId = recordPage[id];
    const pageEnd = pageStart[pageId + 1];
    if (allowedThemeSets && !allowedThemeSets[pageTheme[pageId]]) {
      id = pageEnd;
      continue;
    }
    let best = -1;
    let bestScore = -1;
    let pageComplete = false;
    for (; id < pageEnd; id++) {
      if (seen[id] < base) continue;
      const count = words[id] & (TITLED - 1);
      if (count === termCount) pageComplete = true;
      if (count < fewestWords) continue;
      const score = recordScore(id, termCount, words, sums, recordBonus, titles);
      scores[id] = score;
      // Ties: the earlier record.
      if (score > bestScore) {
        best = id;
        bestScore = score;
      }
    }
    const type = pageType[pageId];
    counts[type]++;
    if (typeAllowed[type] !== 1) continue;
    total++;
    if (pageComplete) complete++;
    // Pages come in order: an equal score never displaces an earlier page.
    if (best >= 0 && (top.length < limit || bestScore > scores[top[top.length - 1]])) {
      insertInTop(top, best, limit, scores);
      if (top.length === limit) fewestWords = Math.floor(scores[top[limit - 1]] / COVERAGE_STEP);
    }
  }
  return {top, total, complete};
}

/** Whether an ascending list has `value` (binary search). */
function includes(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Facet counts as an object (filled from a literal: cheaper than `Object.fromEntries`). */
function countsByType(counts: number[]): Record<RecordType, number> {
  const byType: Record<RecordType, number> = {article: 0, 'compte-rendu': 0, session: 0, intervenant: 0, support: 0, glossaire: 0};
  for (let typeId = 0; typeId < RECORD_TYPES.length; typeId++) byType[RECORD_TYPES[typeId]] = counts[typeId];
  return byType;
}
