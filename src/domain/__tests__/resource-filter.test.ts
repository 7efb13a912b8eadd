import {describe, expect, it} from 'vitest';
import {countLabel, EMPTY_FILTER, matchesFilter} from '../resource-filter';

describe('resources filter', () => {
  const resource = {dayId: 'a', sessionId: 's', themes: [{id: 'sac'}], kind: 'slides'};
  it('matches every criterion and treats empty criteria as « tous »', () => {
    expect(matchesFilter(resource, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(resource, {...EMPTY_FILTER, day: 'a', session: 'a/s', theme: 'sac', kind: 'slides'})).toBe(true);
    expect(matchesFilter(resource, {...EMPTY_FILTER, session: 'b/s'})).toBe(false);
    expect(matchesFilter(resource, {...EMPTY_FILTER, theme: 'fusion'})).toBe(false);
    expect(matchesFilter(resource, {...EMPTY_FILTER, kind: 'document'})).toBe(false);
  });
  it('announces counts in French', () => {
    expect(countLabel(0)).toBe('Aucune ressource ne correspond à ces critères.');
    expect(countLabel(1)).toBe('1 ressource affichée.');
    expect(countLabel(4)).toBe('4 ressources affichées.');
  });
});
