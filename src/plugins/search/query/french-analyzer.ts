/**
 * French text analysis shared by the index builder and the query code, so a
 * word is reduced the same way on both sides: case and accent folding,
 * elisions (’ and '), hyphenated words, stop words, a light stemmer and
 * acronym ⇄ expansion synonyms.
 */
import {cleanQuery} from './query-text';

/**
 * One word and the phrase it stands for: an acronym and its spelled-out form, e.g.
 * ['SAC', 'société de coordination'], or a word the glossary gives as another name,
 * e.g. ['fusion-absorption', 'absorption'].
 */
export type Synonym = readonly [acronym: string, expansion: string];

/** Built-in fallback, completed at build time by the glossary headings. */
export const DEFAULT_SYNONYMS: readonly Synonym[] = [
  ['SAC', 'société de coordination'],
  ['ESH', 'entreprise sociale pour l’habitat'],
  ['OPH', 'office public de l’habitat'],
  ['PLH', 'programme local de l’habitat'],
  ['EPCI', 'établissement public de coopération intercommunale'],
  ['CUS', 'convention d’utilité sociale'],
  ['CIL', 'conférence intercommunale du logement'],
  ['GIE', 'groupement d’intérêt économique'],
  ['HLM', 'habitation à loyer modéré'],
  ['SEM', 'société d’économie mixte'],
  ['CCH', 'code de la construction et de l’habitation'],
  ['USH', 'union sociale pour l’habitat'],
  ['OLS', 'organisme de logement social'],
];

/** Elided articles and conjunctions dropped before an apostrophe (l’habitat → habitat). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/**
 * Function words only. Words that are also nouns or adjectives once accents
 * are folded (été, son, sur/sûr, mais/maïs, est/Est, or, fait…) are NOT here,
 * so they stay searchable.
 */
const STOP_WORDS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'a', 'au', 'aux', 'en', 'dans',
  'par', 'pour', 'avec', 'ce', 'ces', 'cet', 'cette', 'qui', 'que', 'qu', 'quoi', 'dont', 'il', 'ils',
  'elle', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'ne', 'pas', 'se', 'sa', 'ses', 'leur', 'leurs', 'y',
  'lui', 'mes', 'tes', 'nos', 'vos', 'notre', 'votre',
]);

/** Pronouns after a hyphen in an inverted question (faut-il, a-t-elle, peut-on, est-ce). */
const INVERTED_PRONOUNS = new Set(['t', 'il', 'ils', 'elle', 'elles', 'on', 'je', 'tu', 'nous', 'vous', 'ce']);

/**
 * Words of a question that say how it is asked, not what it is about (« combien »,
 * « quand », « comment », « faut-il », « quelles sont »…): a query drops them while
 * other words remain, so they never decide the ranking. Folded forms.
 */
const QUERY_FILLERS = new Set([
  'combien', 'quand', 'comment', 'pourquoi', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels',
  'lesquelles', 'est', 'sont', 'etait', 'etaient', 'etre', 'ete', 'avoir', 'ont', 'ai', 'as', 'avez', 'avons', 'peut',
  'peuvent', 'pouvez', 'pouvons', 'puis', 'peux', 'doit', 'doivent', 'dois', 'devons', 'devez', 'faut', 'faudra',
  'faudrait', 'sera', 'seront', 'serait', 'cela', 'ca', 'ceci', 'existe', 'existent', 'sais', 'savoir',
]);

export function isQueryFiller(foldedWord: string): boolean {
  return QUERY_FILLERS.has(foldedWord);
}

/** « à partir de » (from): « partir » says nothing of the subject there. */
function isIdiomFiller(words: AnalyzedWord[], word: AnalyzedWord): boolean {
  const at = words.indexOf(word);
  return word.forms[0] === 'partir' && at > 0 && words[at - 1].forms.length === 0 && words[at - 1].end - words[at - 1].start === 1;
}

const APOSTROPHES = /[’‘ʼ′`´]/g;
/** A word: letters and digits, possibly joined by apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑][\p{L}\p{N}]+)*/gu;

/** Lower case, no accents, ligatures spelled out (é→e, œ→oe, æ→ae). */
export function fold(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

export function isStopWord(foldedWord: string): boolean {
  return STOP_WORDS.has(foldedWord);
}

/**
 * Light French stemmer on a folded word: plural and feminine forms, participles and
 * verb endings, then one derivational ending, so that a word family meets
 * (regroupement/regroupements/regrouper/regroupés → regroupe, chronologie/chronologique
 * → chronolog, fusion/fusionner/fusionnent → fusion, gouvernance/gouverner → gouverne).
 * It never shortens a word below three letters, and the derivations keep five.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  // Plurals.
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('eux')) w = w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  // Feminine forms, participles and verb endings (imposent → impose; not -ment: regroupement, notamment).
  if (w.endsWith('iere') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ier') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('er') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('ale') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('elle') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ive') && w.length > 4) w = `${w.slice(0, -1)}f`.replace(/vf$/, 'f');
  else if (w.endsWith('euse') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ent') && !w.endsWith('ment') && w.length - 3 >= 5) w = `${w.slice(0, -3)}e`;
  // Participles: agréé, agréée, agréer → agre.
  while (w.endsWith('ee') && w.length > 3) w = w.slice(0, -1);
  // One derivation: regroupement → regroupe, organisation → organise, exemption → exempte, fusionne → fusion,
  // fonctionnel → fonction, chronologique and chronologie → chronolog, gouvernance → gouverne.
  if (w.endsWith('ement') && w.length - 5 >= 3) w = `${w.slice(0, -5)}e`;
  else if (w.endsWith('ation') && w.length - 5 >= 3) w = `${w.slice(0, -5)}e`;
  else if (w.endsWith('ption') && w.length - 5 >= 3) w = `${w.slice(0, -5)}pte`;
  else if (w.endsWith('ionnel') && w.length - 6 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ionne') && w.length - 5 >= 3) w = w.slice(0, -2);
  else if (w.endsWith('ique') && w.length - 4 >= 5) w = w.slice(0, -4);
  else if (w.endsWith('ie') && w.length - 2 >= 5) w = w.slice(0, -2);
  else if ((w.endsWith('ance') || w.endsWith('ence')) && w.length - 4 >= 5) w = `${w.slice(0, -4)}e`;
  while (w.endsWith('ee') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** A word as found in the text, with the index terms it gives. */
export interface AnalyzedWord {
  /** Offsets of the whole word in the original text. */
  start: number;
  end: number;
  /** Folded surface forms (parts and joined form), before stemming, stop words removed. */
  forms: string[];
  /** Stems of `forms`. */
  terms: string[];
}

/** Splits one folded word (maybe with ' and -) into the forms worth indexing. */
function formsOf(foldedWord: string): string[] {
  const forms: string[] = [];
  const pieces = foldedWord.split("'");
  // Drop leading elisions: l'habitat, qu'il, jusqu'au.
  while (pieces.length > 1 && ELISIONS.has(pieces[0])) pieces.shift();
  for (const piece of pieces) {
    const parts = piece.split(/[-‐‑]/).filter(Boolean);
    // The pronoun of an inverted question is not part of the word: faut-il, a-t-elle, peut-on.
    while (parts.length > 1 && INVERTED_PRONOUNS.has(parts[parts.length - 1])) parts.pop();
    for (const part of parts) if (!STOP_WORDS.has(part)) forms.push(part);
    if (parts.length > 1) forms.push(parts.join(''));
  }
  if (pieces.length > 1) forms.push(pieces.join('').replace(/[-‐‑]/g, ''));
  return [...new Set(forms)];
}

/** Word → forms and terms. Natural text reuses few words, so this cache makes analysis a lookup. */
const wordCache = new Map<string, {forms: string[]; terms: string[]}>();
const WORD_CACHE_LIMIT = 100_000;

function analyzeWord(raw: string): {forms: string[]; terms: string[]} {
  let analyzed = wordCache.get(raw);
  if (!analyzed) {
    const forms = formsOf(fold(raw));
    analyzed = {forms, terms: [...new Set(forms.map(stem))]};
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, analyzed);
  }
  return analyzed;
}

/** One folded character per character (é→e, œ→o…), so offsets stay those of the original text. */
const singleCharFold = new Map<string, string>();
const foldedTexts = new Map<string, string>();
const FOLDED_TEXT_LIMIT = 4000;

function foldSameLength(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded !== undefined) return folded;
  folded = text
    .replace(/[\u0080-\uffff]/g, (char) => {
      let mapped = singleCharFold.get(char);
      if (mapped === undefined) {
        const candidate = fold(char);
        mapped = candidate.length >= 1 ? candidate[0] : char;
        singleCharFold.set(char, mapped);
      }
      return mapped;
    })
    .toLowerCase();
  if (foldedTexts.size >= FOLDED_TEXT_LIMIT) foldedTexts.clear();
  foldedTexts.set(text, folded);
  return folded;
}

const WORD_AT = /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑][\p{L}\p{N}]+)*/uy;
const WORD_CHAR = /[\p{L}\p{N}'’‘ʼ\-‐‑]/u;

/**
 * Offsets [start, end) of the words of `text` having one of `terms`, in order.
 * Fast path: find each term's first letters with indexOf on a same-length
 * folded copy, then check the word found there with the analyzer.
 */
export function matchRanges(text: string, terms: ReadonlySet<string>, firstOnly = false): [number, number][] {
  if (terms.size === 0 || !text) return [];
  const folded = foldSameLength(text);
  if (folded.length !== text.length) return matchRangesSlow(text, terms, firstOnly);
  const starts = new Map<number, number>();
  let best = Infinity;
  for (const term of terms) {
    // Stems may differ from the text at their end (locaux → local): search a prefix.
    const prefix = term.slice(0, Math.max(2, term.length - 2));
    let from = 0;
    while (from < folded.length) {
      const at = folded.indexOf(prefix, from);
      if (at < 0 || (firstOnly && at >= best)) break;
      from = at + 1;
      let start = at;
      while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
      if (starts.has(start)) continue;
      WORD_AT.lastIndex = start;
      const match = WORD_AT.exec(text);
      if (!match || !analyzeWord(match[0]).terms.some((candidate) => terms.has(candidate))) continue;
      starts.set(start, start + match[0].length);
      from = start + match[0].length;
      if (start < best) best = start;
      if (firstOnly) break;
    }
  }
  return [...starts.entries()].sort((a, b) => a[0] - b[0]);
}

function matchRangesSlow(text: string, terms: ReadonlySet<string>, firstOnly: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (!analyzeWord(match[0]).terms.some((term) => terms.has(term))) continue;
    const start = match.index ?? 0;
    ranges.push([start, start + match[0].length]);
    if (firstOnly) break;
  }
  return ranges;
}

/** Offset of the first word of `text` having one of `terms`, or -1. */
export function firstMatchOffset(text: string, terms: ReadonlySet<string>): number {
  const ranges = matchRanges(text, terms, true);
  return ranges.length > 0 ? ranges[0][0] : -1;
}

/** Every word of `text` with its offsets and terms (stop words give no terms). */
export function analyzeWords(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const {forms, terms} = analyzeWord(match[0]);
    const start = match.index ?? 0;
    words.push({start, end: start + match[0].length, forms, terms});
  }
  return words;
}

/** Compiled synonym table: acronym term and the term sequence of its expansion. */
export interface SynonymTable {
  entries: {acronym: string; expansion: string[]}[];
  /** acronym term → stems of the expansion (for highlighting). */
  byAcronym: Map<string, string[]>;
  /** first term of an expansion → positions in `entries` (so a query looks up only its own words). */
  byFirstTerm: Map<string, number[]>;
}

/** The first term of a word, as a sequence element (hyphenated words use their first part). */
function sequenceTerms(text: string): string[] {
  return analyzeWords(text)
    .filter((word) => word.terms.length > 0)
    .map((word) => word.terms[0]);
}

export function compileSynonyms(synonyms: readonly Synonym[]): SynonymTable {
  const entries: SynonymTable['entries'] = [];
  const byAcronym = new Map<string, string[]>();
  const byFirstTerm = new Map<string, number[]>();
  for (const [acronym, expansion] of synonyms) {
    // The single word's own term: its stem, or the joined form of a compound (fusion-absorption).
    const keyWords = analyzeWords(acronym).filter((word) => word.terms.length > 0);
    if (keyWords.length !== 1) continue;
    const acronymTerm = keyWords[0].terms[keyWords[0].terms.length - 1];
    const expansionTerms = sequenceTerms(expansion);
    if (!acronymTerm || expansionTerms.length === 0) continue;
    if (entries.some((entry) => entry.acronym === acronymTerm)) continue;
    const position = entries.push({acronym: acronymTerm, expansion: expansionTerms}) - 1;
    byAcronym.set(acronymTerm, expansionTerms);
    const sameFirst = byFirstTerm.get(expansionTerms[0]);
    if (sameFirst) sameFirst.push(position);
    else byFirstTerm.set(expansionTerms[0], [position]);
  }
  return {entries, byAcronym, byFirstTerm};
}

/** The entries whose expansion may occur in a sequence (its first term is there), in table order. */
function candidateEntries(sequence: string[], synonyms: SynonymTable): SynonymTable['entries'] {
  const positions = new Set<number>();
  for (const term of sequence) for (const position of synonyms.byFirstTerm.get(term) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b).map((position) => synonyms.entries[position]);
}

/** Where the expansion of an entry starts in a sequence of terms. */
function phraseStarts(sequence: string[], phrase: string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + phrase.length <= sequence.length; i++) {
    if (phrase.every((term, k) => sequence[i + k] === term)) starts.push(i);
  }
  return starts;
}

/**
 * The index terms of a text: every term of every word, plus the acronym
 * wherever its expansion is spelled out (so « SAC » finds « société de
 * coordination » and the reverse, the query side mapping the phrase to the acronym).
 */
export function indexTerms(text: string, synonyms: SynonymTable): string[] {
  const words = analyzeWords(text).filter((word) => word.terms.length > 0);
  const terms = words.flatMap((word) => word.terms);
  const sequence = words.map((word) => word.terms[0]);
  for (const entry of candidateEntries(sequence, synonyms)) {
    if (phraseStarts(sequence, entry.expansion).length > 0) terms.push(entry.acronym);
  }
  return terms;
}

/** One query word: alternatives are the index terms any of which satisfies it. */
export interface QueryTerm {
  /** Folded word as typed (for typo tolerance and display). */
  word: string;
  alternatives: string[];
  /** Parts of a compound, searched (any of them) when its joined form is not in the index. */
  fallback?: string[];
  /** Terms to highlight when this query word matches (incl. the expansion of an acronym). */
  highlight: string[];
  /**
   * The last word while it is still being typed (no space after it): the folded
   * letters that index terms may start with (« regroup » → regroupement).
   */
  prefix?: string;
}

/** Shortest typed word searched as a prefix. */
export const PREFIX_MIN_LENGTH = 3;

export const MAX_QUERY_TERMS = 12;

/** The query side of the analyzer: words → terms, expansions → acronym. */
export function analyzeQuery(raw: unknown, synonyms: SynonymTable): QueryTerm[] {
  const text = cleanQuery(raw);
  const all = analyzeWords(text);
  const analyzed = all.filter((word) => word.terms.length > 0);
  // Question words go, unless nothing else is left (« comment » alone is still searched).
  const meaningful = analyzed.filter((word) => !word.forms.every(isQueryFiller) && !isIdiomFiller(all, word));
  const words = meaningful.length > 0 ? meaningful : analyzed;
  // The last word is still being typed when the query ends with it (no space, no punctuation after).
  const last = all[all.length - 1];
  const typing = typeof raw === 'string' && !/\s$/u.test(raw) && last?.end === text.length && words[words.length - 1] === last;
  const sequence = words.map((word) => word.terms[0]);
  const consumed = new Set<number>();
  const result: QueryTerm[] = [];
  // A spelled-out expansion becomes its acronym (the index has the acronym wherever the phrase is).
  for (const entry of candidateEntries(sequence, synonyms)) {
    for (const start of phraseStarts(sequence, entry.expansion)) {
      if (entry.expansion.some((_, k) => consumed.has(start + k))) continue;
      entry.expansion.forEach((_, k) => consumed.add(start + k));
      result.push({
        word: words
          .slice(start, start + entry.expansion.length)
          .map((word) => word.forms[0])
          .join(' '),
        alternatives: [entry.acronym],
        highlight: [entry.acronym, ...entry.expansion],
      });
    }
  }
  words.forEach((word, i) => {
    if (consumed.has(i)) return;
    const highlight = [...word.terms];
    for (const term of word.terms) {
      const expansion = synonyms.byAcronym.get(term);
      if (expansion) highlight.push(...expansion);
    }
    // A compound (inter-bailleurs, aujourd'hui) is one query word: its joined form, the
    // last term, is indexed wherever the compound is written; its parts are a fallback.
    const compound = word.terms.length > 1;
    const typed = compound ? word.forms[word.forms.length - 1] : word.forms[0];
    result.push({
      word: typed,
      alternatives: compound ? [word.terms[word.terms.length - 1]] : word.terms,
      fallback: compound ? word.terms.slice(0, -1) : undefined,
      highlight,
      ...(typing && i === words.length - 1 && typed.length >= PREFIX_MIN_LENGTH && !/\d/.test(typed) ? {prefix: typed} : {}),
    });
  });
  // Same word twice counts once.
  const seen = new Set<string>();
  return result
    .filter((term) => {
      const key = term.alternatives.join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_QUERY_TERMS);
}
