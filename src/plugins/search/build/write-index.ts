/**
 * Writes the sharded index (see query/index-format.ts) from the search records, at build
 * time: the terms of each field through the French analyzer into one FlexSearch index
 * (one document per field of a record), its term map cut by term range into shards,
 * the stored text cut by page, the corpus words (one-typo search) cut by letter.
 */
import crypto from 'node:crypto';
import {Index} from 'flexsearch';
import {analyzeWords, compileSynonyms, indexTerms, type Synonym} from '../query/french-analyzer';
import {
  FIELD_COUNT,
  FIELDS,
  INDEX_FORMAT_VERSION,
  MAX_HEADING_WORDS,
  MAX_STORED_TEXT,
  PAGE_HASH_LENGTH,
  pageGroupPath,
  PAGES_PER_GROUP,
  POSTING_MASK_SPAN,
  RECORD_ALPHABET,
  SECONDARY,
  SECONDARY_HEADING,
  TOP_OF_PAGE,
  termShardPath,
  wordListPath,
  type Field,
  type IndexEntry,
  type PageFragment,
  type PageGroup,
  type TermShard,
} from '../query/index-format';
import {RECORD_TYPES, type SearchRecord} from '../query/search-record';
import {TYPO_MIN_LENGTH} from '../query/typo-candidates';

/** The built index: its entry, and every file with its path in the index folder (entry included). */
export interface BuiltIndex {
  /** `fr.<hash>.json`, the hash of its content: a new index is a new URL, cacheable for good. */
  entryName: string;
  entry: IndexEntry;
  files: Map<string, string>;
}

export interface ShardOptions {
  /**
   * A term shard closes once its JSON reaches this many bytes: small shards cost a query
   * little, many shards make the entry's shard table longer (a term alone may exceed it).
   */
  termShardBytes?: number;
}

export const DEFAULT_TERM_SHARD_BYTES = 6000;

const hashOf = (text: string, length: number) => crypto.createHash('sha256').update(text).digest('hex').slice(0, length);

/** The text of each field of a record: the page (or glossary term) title, its heading, the headings above, its text. */
export function fieldTexts(record: SearchRecord): Record<Field, string> {
  const isPageTop = record.url === record.page;
  return {
    title: isPageTop ? record.title : record.pageTitle,
    // The top of a page has the page title as its heading: it comes before a section that repeats it.
    heading: record.title,
    // A glossary term is a page of its own: the glossary's title goes with the headings above it.
    trail: [...(isPageTop && record.pageTitle !== record.title ? [record.pageTitle] : []), ...record.trail].join(' '),
    text: record.text,
  };
}

/** Records page after page (in the order pages first appear), each page of one type. */
function groupByPage(records: SearchRecord[]): SearchRecord[][] {
  const pages = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const page = pages.get(record.page);
    if (!page) pages.set(record.page, [record]);
    else {
      if (page[0].type !== record.type) {
        throw new Error(
          `[recherche] La page « ${record.page} » réunit des résultats de types différents (${page[0].type}, ${record.type}) : ` +
            'donnez à chaque document une page (`page`) de son seul type.',
        );
      }
      page.push(record);
    }
  }
  return [...pages.values()];
}

/** Adds a file under a content-hashed name; two contents under one name would be a hash collision. */
function addFile(files: Map<string, string>, path: string, json: string): void {
  const existing = files.get(path);
  if (existing !== undefined && existing !== json) throw new Error(`[recherche] Collision d’empreintes pour ${path} : relancez la construction.`);
  files.set(path, json);
}

/** Term → postings (gap × POSTING_MASK_SPAN + field mask), from FlexSearch's term map. */
function postingsByTerm(index: Index): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  index.export((key: string, data: string) => {
    // Only the term map is needed to search (not the id registry); resolution 1 gives one id list per term.
    if (!key.endsWith('map')) return;
    for (const [term, slots] of JSON.parse(data) as [string, number[][]][]) {
      const documents = slots.flat().sort((a, b) => a - b);
      const encoded: number[] = [];
      let previous = 0;
      let current = -1;
      let mask = 0;
      for (const document of documents) {
        const record = (document / FIELD_COUNT) | 0;
        if (record !== current && current >= 0) {
          encoded.push((current - previous) * POSTING_MASK_SPAN + mask);
          previous = current;
          mask = 0;
        }
        current = record;
        mask |= 1 << (document - record * FIELD_COUNT);
      }
      if (current >= 0) encoded.push((current - previous) * POSTING_MASK_SPAN + mask);
      postings.set(term, encoded);
    }
  });
  return postings;
}

/** Builds the sharded index from records (build time, Node). */
export function buildIndex(records: SearchRecord[], synonymList: readonly Synonym[], options: ShardOptions = {}): BuiltIndex {
  const shardBytes = options.termShardBytes ?? DEFAULT_TERM_SHARD_BYTES;
  const synonyms = compileSynonyms(synonymList);
  const files = new Map<string, string>();
  // Terms come pre-analyzed and space-separated: FlexSearch only stores them.
  const index = new Index({encode: (text: string) => (text ? text.split(' ') : []), tokenize: 'strict', resolution: 1});
  const words = new Set<string>();
  const themeSets: string[][] = [[]];
  const themeSetIds = new Map<string, number>([['', 0]]);
  const pages: IndexEntry['pages'] = {records: [], types: '', themes: [], hashes: '', hubs: []};
  let recordFlags = '';
  let id = 0;

  const grouped = groupByPage(records);
  // The page store, PAGES_PER_GROUP pages a fragment.
  let group: PageGroup = [];
  const closeGroup = () => {
    const json = JSON.stringify(group);
    const hash = hashOf(json, PAGE_HASH_LENGTH);
    addFile(files, pageGroupPath(pages.hashes.length / PAGE_HASH_LENGTH, hash), json);
    pages.hashes += hash;
    group = [];
  };
  // Landing pages: the parent addresses of other pages (/themes/se-regrouper of /themes/se-regrouper/fusion).
  const parents = new Set<string>();
  for (const [{page}] of grouped) {
    const path = page.split('#')[0].replace(/\/$/, '');
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) parents.add(path.slice(0, cut));
    if (path.length > 0) parents.add('/');
  }
  grouped.forEach((pageRecords, pageId) => {
    const [first] = pageRecords;
    if (parents.has(first.page.replace(/(.)\/$/, '$1'))) pages.hubs.push(pageId);
    const themeKey = first.themes.join('\u0000');
    let themeSet = themeSetIds.get(themeKey);
    if (themeSet === undefined) {
      themeSet = themeSets.push([...first.themes]) - 1;
      themeSetIds.set(themeKey, themeSet);
    }
    const fragment: PageFragment = [first.page, first.url === first.page ? first.title : first.pageTitle, []];
    for (const record of pageRecords) {
      const suffix = record.url.startsWith(record.page) ? record.url.slice(record.page.length) : record.url;
      fragment[2].push([suffix, record.trail, record.title, record.text.slice(0, MAX_STORED_TEXT)]);
      const headingWords = analyzeWords(record.title).filter((word) => word.terms.length > 0).length;
      recordFlags +=
        RECORD_ALPHABET[
          Math.min(MAX_HEADING_WORDS, Math.max(1, headingWords)) + (suffix === '' ? TOP_OF_PAGE : 0) + (SECONDARY_HEADING.test(record.title.trim()) ? SECONDARY : 0)
        ];
      const texts = fieldTexts(record);
      FIELDS.forEach((field, fieldId) => {
        const terms = indexTerms(texts[field], synonyms);
        if (terms.length > 0) index.add(id * FIELD_COUNT + fieldId, terms.join(' '));
        for (const word of analyzeWords(texts[field])) {
          for (const form of word.forms) if (form.length >= TYPO_MIN_LENGTH - 1 && !/\d/.test(form)) words.add(form);
        }
      });
      id++;
    }
    group.push(fragment);
    if (group.length === PAGES_PER_GROUP || pageId === grouped.length - 1) closeGroup();
    pages.records.push(pageRecords.length);
    pages.types += String(RECORD_TYPES.indexOf(first.type));
    pages.themes.push(themeSet);
  });

  // Term shards: terms in order, cut when a shard reaches its size.
  const postings = postingsByTerm(index);
  const terms = [...postings.keys()].sort();
  const shards: IndexEntry['terms'] = {first: [], files: []};
  let shard: TermShard = {terms: [], postings: []};
  let size = 0;
  const closeShard = () => {
    if (shard.terms.length === 0) return;
    const json = JSON.stringify(shard);
    const file = hashOf(json, 10);
    addFile(files, termShardPath(file), json);
    shards.first.push(shard.terms[0]);
    shards.files.push(file);
    shard = {terms: [], postings: []};
    size = 0;
  };
  for (const term of terms) {
    const list = postings.get(term)!;
    shard.terms.push(term);
    shard.postings.push(list);
    size += term.length + 6 + JSON.stringify(list).length;
    if (size >= shardBytes) closeShard();
  }
  closeShard();

  // Word lists of the one-typo search, by first and by last letter.
  const sortedWords = [...words].sort();
  const wordLists: IndexEntry['words'] = {first: {}, last: {}};
  for (const [key, letterOf] of [
    ['first', (word: string) => word[0]],
    ['last', (word: string) => word[word.length - 1]],
  ] as const) {
    const byLetter = new Map<string, string[]>();
    for (const word of sortedWords) {
      const letter = letterOf(word);
      const list = byLetter.get(letter);
      if (list) list.push(word);
      else byLetter.set(letter, [word]);
    }
    for (const [letter, list] of [...byLetter.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const json = JSON.stringify(list);
      const file = hashOf(json, 10);
      addFile(files, wordListPath(file), json);
      wordLists[key][letter] = file;
    }
  }

  const entry: IndexEntry = {
    version: INDEX_FORMAT_VERSION,
    synonyms: [...synonymList],
    recordCount: id,
    pageCount: pages.records.length,
    themeSets,
    pages,
    records: recordFlags,
    terms: shards,
    words: wordLists,
  };
  const entryJson = JSON.stringify(entry);
  const entryName = `fr.${hashOf(entryJson, 12)}.json`;
  files.set(entryName, entryJson);
  return {entryName, entry, files};
}
