import {describe, expect, it} from 'vitest';
import {highlightSegments, highlightTermsOf, segmentsToText, snippet} from '../present/segments';

describe('snippets and highlighting', () => {
  it('highlights inflected and elided forms', () => {
    const segments = highlightSegments('L’habitat et les habitats', new Set(['habitat']));
    expect(segments).toEqual([
      {text: 'L’habitat', mark: true},
      {text: ' et les ', mark: false},
      {text: 'habitats', mark: true},
    ]);
  });

  it('cuts a short excerpt around the first match at word boundaries', () => {
    const text = `${'Début du texte sans rapport. '.repeat(20)}Ici la fusion des organismes. ${'Fin du texte. '.repeat(30)}`;
    const segments = snippet(text, new Set(['fusion']), 120);
    const plain = segmentsToText(segments);
    expect(plain.startsWith('… ')).toBe(true);
    expect(plain.endsWith(' …')).toBe(true);
    expect(plain.length).toBeLessThanOrEqual(130);
    expect(segments.some((segment) => segment.mark && segment.text === 'fusion')).toBe(true);
    expect(snippet('', new Set(['x']))).toEqual([]);
  });

  it('gives the text of segments, the marks quoted as asked (CLI)', () => {
    const segments = [{text: 'La ', mark: false}, {text: 'fusion', mark: true}, {text: ' des offices', mark: false}];
    expect(segmentsToText(segments)).toBe('La fusion des offices');
    expect(segmentsToText(segments, (text) => `«${text}»`)).toBe('La «fusion» des offices');
  });

  it('reads the highlight terms of ?surligner=, an acronym with its expansion', () => {
    expect([...highlightTermsOf('les regroupements')]).toEqual(['regroupe']);
    expect(highlightTermsOf('SAC', [['SAC', 'société de coordination']])).toEqual(new Set(['sac', 'societe', 'coordine']));
  });
});
