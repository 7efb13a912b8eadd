import {describe, expect, it} from 'vitest';
import {withinOneEdit, WordsByLength} from '../query/typo-candidates';

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

describe('WordsByLength', () => {
  it('finds the words at one edit, lengths −1 to +1, skipping a first letter if asked', () => {
    const list = new WordsByLength(['gouvernance', 'gouvernancz', 'ouvernance', 'gouvernances', 'habitat']);
    const found = (word: string, skipFirst?: number) => {
      const words: string[] = [];
      list.forEachWithinOneEdit(word, (candidate) => words.push(candidate), skipFirst);
      return words;
    };
    expect(found('gouvernanse')).toEqual(['gouvernance']);
    expect(found('gouvernancs')).toEqual(['gouvernance', 'gouvernancz', 'gouvernances']);
    expect(found('gouvernance')).toEqual(['ouvernance', 'gouvernance', 'gouvernancz', 'gouvernances']);
    expect(found('gouvernance', 'g'.charCodeAt(0))).toEqual(['ouvernance']);
    expect(found('habitat')).toEqual(['habitat']);
    expect(found('hbitta')).toEqual([]);
  });
});
