/**
 * One-typo tolerance: a query word of TYPO_MIN_LENGTH letters or more that the index
 * does not know is searched as the corpus words and index terms at one edit of it.
 */

/** Minimum length of a word for one typo to be tolerated. */
export const TYPO_MIN_LENGTH = 5;

/** Damerau–Levenshtein (optimal string alignment) distance, at most 1? No allocation: it runs over the vocabulary. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let prefix = 0;
  const shorter = la < lb ? la : lb;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(la - 1 - suffix) === b.charCodeAt(lb - 1 - suffix)) suffix++;
  if (la !== lb) {
    // Insertion or deletion: everything but one character of the longer word matches.
    return prefix + suffix >= shorter;
  }
  // Substitution of one character.
  if (prefix + suffix >= la - 1) return true;
  // Transposition of two neighbours.
  return (
    prefix + suffix === la - 2 &&
    a.charCodeAt(prefix) === b.charCodeAt(prefix + 1) &&
    a.charCodeAt(prefix + 1) === b.charCodeAt(prefix)
  );
}

/**
 * The words of one word list of the index (those sharing a first letter, or a last
 * letter), by length. One edit (substitution, insertion, deletion, swap of neighbours)
 * of a word of 3+ letters keeps its first or its last letter, so a typo is looked up
 * in two lists only: the words with its first letter, and those with its last letter
 * but another first one.
 */
export class WordsByLength {
  private readonly byLength = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const word of words) {
      const same = this.byLength.get(word.length);
      if (same) same.push(word);
      else this.byLength.set(word.length, [word]);
    }
  }

  /**
   * Calls `found` with each word within one edit of `word` (lengths −1 to +1, shortest
   * first), skipping the words that start with `skipFirst` (a character code) if given.
   */
  forEachWithinOneEdit(word: string, found: (candidate: string) => void, skipFirst = -1): void {
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (candidate.charCodeAt(0) !== skipFirst && withinOneEdit(word, candidate)) found(candidate);
      }
    }
  }
}
