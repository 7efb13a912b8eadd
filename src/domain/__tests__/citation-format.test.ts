import {describe, expect, it} from 'vitest';
import {citationLine, citationText, formatSourceDate, SOURCE_GROUPS} from '../citation-format';
import {SOURCE_KINDS, type Source} from '../source-schema';

const base: Source = {kind: 'etude', title: 'Une étude', publisher: 'Cabinet d’essai', consulted: '2026-12-02'};

describe('citation format', () => {
  it('writes a date as precisely as it is known, in French', () => {
    expect(formatSourceDate('2019-12-03')).toBe('3 décembre 2019');
    expect(formatSourceDate('2021-01-01')).toBe('1er janvier 2021');
    expect(formatSourceDate('2019-12')).toBe('décembre 2019');
    expect(formatSourceDate('2019')).toBe('2019');
  });

  it('names who signs then who publishes, once when they are the same', () => {
    expect(citationText({...base, author: 'Autrice d’essai'}).by).toBe('Autrice d’essai, Cabinet d’essai');
    expect(citationText({...base, author: 'Cabinet d’essai'}).by).toBe('Cabinet d’essai');
    expect(citationText({...base, publisher: undefined, author: 'Autrice d’essai'}).by).toBe('Autrice d’essai');
  });

  it('gives a code article its version, and the article itself when the title does not name it', () => {
    const code: Source = {...base, kind: 'code', title: 'Code d’essai, article L. 1-1', article: 'L. 1-1', version: '2021-01-01'};
    expect(citationText(code).details).toEqual(['version du 1er janvier 2021', 'consulté le 2 décembre 2026']);
    expect(citationText({...code, title: 'Code d’essai'}).details).toEqual(['article L. 1-1, version du 1er janvier 2021', 'consulté le 2 décembre 2026']);
    expect(citationText({...base, kind: 'loi', title: 'Loi d’essai', article: '81', date: '2018-11-23'}).details).toEqual(['23 novembre 2018', 'article 81', 'consulté le 2 décembre 2026']);
    expect(citationText({...code, title: 'Code d’essai', article: 'R. 1-1 et R. 1-2'}).details[0]).toBe('articles R. 1-1 et R. 1-2, version du 1er janvier 2021');
  });

  it('reads as one line of plain text', () => {
    expect(citationLine({...base, date: '2020-03', url: 'https://exemple.org'})).toBe('Une étude, Cabinet d’essai, mars 2020, consulté le 2 décembre 2026');
  });

  it('puts every kind of source in exactly one group of the /sources page', () => {
    const grouped = SOURCE_GROUPS.flatMap((group) => group.kinds);
    expect([...grouped].sort()).toEqual([...SOURCE_KINDS].sort());
  });
});
