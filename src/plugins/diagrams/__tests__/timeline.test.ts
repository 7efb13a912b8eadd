import {describe, expect, it} from 'vitest';
import {readTimeline} from '../timeline';

describe('readTimeline', () => {
  it('reads the title, the periods and their events, continuation lines included', () => {
    const source = [
      "%%{init: {'theme': 'base'}}%%",
      'timeline',
      '  accTitle: Repères',
      '  accDescr: Frise des dates clés.',
      '  title Le regroupement',
      '  2018 : 23 novembre, loi ELAN',
      '       : 638 organismes',
      '  2019 : 1er janvier, fusion : 13 ESH réunies',
      '  2024 : Mars, 62 sociétés',
    ].join('\n');
    expect(readTimeline(source)).toEqual({
      title: 'Le regroupement',
      periods: [
        {period: '2018', events: ['23 novembre, loi ELAN', '638 organismes']},
        {period: '2019', events: ['1er janvier, fusion', '13 ESH réunies']},
        {period: '2024', events: ['Mars, 62 sociétés']},
      ],
    });
  });

  it('skips a description written as a block', () => {
    const source = ['timeline', 'accDescr {', '  2016 : pas un repère', '}', '2016 : Fin 2016'].join('\n');
    expect(readTimeline(source).periods).toEqual([{period: '2016', events: ['Fin 2016']}]);
  });
});
