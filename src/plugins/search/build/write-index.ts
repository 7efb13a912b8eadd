/**
 * Writes the index file's content (see query/index-format.ts) from the search records,
 * at build time: the terms of each field through the French analyzer, the corpus words
 * for the one-typo search, and FlexSearch's term map as delta-encoded postings.
 */
import {analyzeWords, compileSynonyms, indexTerms, type Synonym} from '../query/french-analyzer';
import {FIELD_COUNT, FIELDS, INDEX_FORMAT_VERSION, MAX_STORED_TEXT, newTermIndex, type Field, type SerializedIndex} from '../query/index-format';
import {RECORD_TYPES, type SearchRecord} from '../query/search-record';
import {TYPO_MIN_LENGTH} from '../query/typo-candidates';

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
