import {describe, expect, it} from 'vitest';
import {resultCountMessage, TYPE_LABEL_SINGULAR, TYPE_LABELS} from '../present/messages';
import {RECORD_TYPES} from '../query/search-record';

describe('result count message', () => {
  it('counts in French, singular and plural, naming the trimmed query', () => {
    expect(resultCountMessage(3, ' fusion ')).toBe('3 résultats pour « fusion »');
    expect(resultCountMessage(1, 'OPH')).toBe('1 résultat pour « OPH »');
    expect(resultCountMessage(0, 'habitat')).toBe('Aucun résultat pour « habitat »');
  });

  it('leaves the query out of a non-zero count in the navbar panel', () => {
    expect(resultCountMessage(3, 'fusion', {countOnly: true})).toBe('3 résultats');
    expect(resultCountMessage(0, 'fusion', {countOnly: true})).toBe('Aucun résultat pour « fusion »');
  });
});

describe('type labels', () => {
  it('name every record type, plural for the facets and singular for a result', () => {
    expect(Object.keys(TYPE_LABELS)).toEqual([...RECORD_TYPES]);
    expect(Object.keys(TYPE_LABEL_SINGULAR)).toEqual([...RECORD_TYPES]);
  });
});
