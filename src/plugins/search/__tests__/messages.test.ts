import {describe, expect, it} from 'vitest';
import {resultCountMessage, TYPE_LABEL_SINGULAR, TYPE_LABELS} from '../present/messages';
import {RECORD_TYPES} from '../query/search-record';

describe('result count message', () => {
  it('counts in French, singular and plural, naming the trimmed query between guillemets and no-break spaces', () => {
    expect(resultCountMessage(3, ' fusion ')).toBe('3 résultats pour «\u00a0fusion\u00a0»');
    expect(resultCountMessage(1, 'OPH')).toBe('1 résultat pour «\u00a0OPH\u00a0»');
    expect(resultCountMessage(0, 'habitat')).toBe('Aucun résultat pour «\u00a0habitat\u00a0»');
  });

  it('leaves the query out of a non-zero count in the navbar panel', () => {
    expect(resultCountMessage(3, 'fusion', {countOnly: true})).toBe('3 résultats');
    expect(resultCountMessage(0, 'fusion', {countOnly: true})).toBe('Aucun résultat pour «\u00a0fusion\u00a0»');
  });

  it('says plainly how many results have only part of the words', () => {
    expect(resultCountMessage(5, 'fusion offices', {complete: 2})).toBe('5 résultats pour «\u00a0fusion offices\u00a0», dont 3 contenant une partie des mots');
    expect(resultCountMessage(5, 'fusion offices', {complete: 2, countOnly: true})).toBe('5 résultats, dont 3 contenant une partie des mots');
    expect(resultCountMessage(2, 'télécharger supports', {complete: 0})).toBe(
      'Aucun résultat ne contient tous les mots de «\u00a0télécharger supports\u00a0»\u00a0: 2 résultats contenant une partie des mots',
    );
    expect(resultCountMessage(1, 'télécharger supports', {complete: 0, countOnly: true})).toBe('1 résultat contenant une partie des mots');
    expect(resultCountMessage(4, 'fusion', {complete: 4})).toBe('4 résultats pour «\u00a0fusion\u00a0»');
  });
});

describe('type labels', () => {
  it('name every record type, plural for the facets and singular for a result', () => {
    expect(Object.keys(TYPE_LABELS)).toEqual([...RECORD_TYPES]);
    expect(Object.keys(TYPE_LABEL_SINGULAR)).toEqual([...RECORD_TYPES]);
  });
});
