import {describe, expect, it} from 'vitest';
import {TypoBuckets, withinOneEdit} from '../query/typo-candidates';

describe('withinOneEdit (Damerau–Levenshtein ≤ 1)', () => {
  it.each([
    ['regroupement', 'regroupemnt', true],
    ['regroupement', 'regroupememt', true],
    ['regroupement', 'regroupmeent', true],
    ['habitat', 'habitats', true],
    ['habitat', 'habitat', true],
    ['habitat', 'habiter', false],
    ['logement', 'lgoemnet', false],
    ['sac', 'sacs', true],
    ['', 'a', true],
    ['ab', 'ba', true],
    ['abc', 'cab', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('TypoBuckets', () => {
  it('finds the words of a length at one edit, sharing the first or the last letter', () => {
    const buckets = new TypoBuckets();
    for (const word of ['gouvernance', 'jouvernance', 'gouvernancz', 'ouvernance', 'habitat']) buckets.add(word);
    const found = (word: string, length: number) => {
      const words: string[] = [];
      buckets.forEachWithinOneEdit(word, length, (candidate) => words.push(candidate));
      return words;
    };
    expect(found('gouvernanse', 11)).toEqual(['gouvernance']);
    expect(found('gouvernancs', 11)).toEqual(['gouvernance', 'gouvernancz']);
    expect(found('jouvernanse', 11)).toEqual(['jouvernance']);
    expect(found('gouvernance', 10)).toEqual(['ouvernance']);
    expect(found('habitat', 11)).toEqual([]);
  });
});
