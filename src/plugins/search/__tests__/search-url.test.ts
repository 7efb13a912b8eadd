import {describe, expect, it} from 'vitest';
import {formatSearchParams, isFileUrl, parseSearchParams, withHighlight} from '../present/search-url';

describe('results page URL', () => {
  it('round-trips query, types and theme', () => {
    const state = {query: 'société de coordination', types: ['article', 'glossaire'] as const, theme: 'sac'};
    const search = formatSearchParams({...state, types: [...state.types]});
    expect(search).toBe('?q=soci%C3%A9t%C3%A9+de+coordination&type=article%2Cglossaire&theme=sac');
    expect(parseSearchParams(search, ['sac'])).toEqual({...state, types: [...state.types]});
  });

  it('drops unknown types and themes and cleans the query', () => {
    expect(parseSearchParams('?q=%00fusion%20%20&type=article,pirate,article&theme=inconnu', ['sac'])).toEqual({
      query: 'fusion',
      types: ['article'],
      theme: '',
    });
    expect(formatSearchParams({query: '', types: [], theme: ''})).toBe('');
  });
});

describe('withHighlight', () => {
  it('adds ?surligner= before the hash', () => {
    expect(withHighlight('/themes/sac#gouvernance', 'SAC gouvernance')).toBe('/themes/sac?surligner=SAC%20gouvernance#gouvernance');
    expect(withHighlight('/themes/sac?x=1', 'a&b')).toBe('/themes/sac?x=1&surligner=a%26b');
  });

  it('leaves files and empty queries alone', () => {
    expect(withHighlight('/supports/programme.pdf#page=2', 'table')).toBe('/supports/programme.pdf#page=2');
    expect(withHighlight('/themes/sac', '   ')).toBe('/themes/sac');
  });
});

describe('isFileUrl', () => {
  it('tells files (not routes of the site) from pages', () => {
    expect(isFileUrl('/supports/programme.pdf#page=2')).toBe(true);
    expect(isFileUrl('/agenda/2022-03-22.ics')).toBe(true);
    expect(isFileUrl('/themes/sac#gouvernance')).toBe(false);
    expect(isFileUrl('/journees/2022-03-22')).toBe(false);
  });
});
