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

/** Bucket key: a word length and a letter. */
const bucketKey = (length: number, code: number) => length * 0x10000 + code;

/**
 * Words bucketed by length and first letter, and by length and last letter.
 * One edit (substitution, insertion, deletion, swap of neighbours) of a word of 3+ letters
 * keeps its first or its last letter, so only the words sharing one of them are compared:
 * those with the same first letter, then those with the same last letter but another first.
 */
export class TypoBuckets {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  add(word: string): void {
    for (const [buckets, key] of [
      [this.byFirst, bucketKey(word.length, word.charCodeAt(0))],
      [this.byLast, bucketKey(word.length, word.charCodeAt(word.length - 1))],
    ] as const) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(word);
      else buckets.set(key, [word]);
    }
  }

  /** Calls `found` with each bucketed word of `length` letters within one edit of `word`. */
  forEachWithinOneEdit(word: string, length: number, found: (candidate: string) => void): void {
    const first = word.charCodeAt(0);
    for (const candidate of this.byFirst.get(bucketKey(length, first)) ?? []) {
      if (withinOneEdit(word, candidate)) found(candidate);
    }
    for (const candidate of this.byLast.get(bucketKey(length, word.charCodeAt(word.length - 1))) ?? []) {
      if (candidate.charCodeAt(0) !== first && withinOneEdit(word, candidate)) found(candidate);
    }
  }
}
