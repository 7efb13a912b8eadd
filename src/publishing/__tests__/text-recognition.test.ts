import {describe, expect, it} from 'vitest';
import {estimatedSeconds, noTextLayerNotice, OCR_SECONDS_PER_PAGE, OCR_START_SECONDS, pageList, recognitionEstimate, recognitionReport} from '../text-recognition';

describe('what publier says about pages without a text layer', () => {
  it('lists pages in French, runs of pages as ranges', () => {
    expect(pageList([2])).toBe('page 2');
    expect(pageList([1, 2])).toBe('pages 1, 2');
    expect(pageList([1, 2, 3])).toBe('pages 1 à 3');
    expect(pageList([1, 2, 3, 5, 7, 8])).toBe('pages 1 à 3, 5 et 7, 8');
  });

  it('says which pages have no text layer and how long recognising them will take', () => {
    expect(estimatedSeconds(10)).toBe(Math.ceil(OCR_START_SECONDS + 10 * OCR_SECONDS_PER_PAGE));
    expect(noTextLayerNotice('scan.pdf', [1, 2, 3], 3)).toBe('scan.pdf n’a pas de couche texte : ses 3 pages sont des images (numérisées ou exportées d’un outil de mise en page).');
    expect(recognitionEstimate(3)).toBe(`Reconnaissance automatique du texte en français (OCR) : environ ${estimatedSeconds(3)} s…`);
    expect(noTextLayerNotice('mixte.pdf', [4, 5], 12)).toContain('mixte.pdf n’a pas de couche texte sur les pages 4, 5 (sur 12) : des images (numérisées');
    expect(noTextLayerNotice('affiche.pdf', [1], 1)).toContain('affiche.pdf n’a pas de couche texte : sa page est une image (numérisée ou exportée d’un outil de mise en page).');
  });

  it('reports the time taken and the pages where nothing could be read', () => {
    expect(recognitionReport([1, 2], [], 3.25)).toBe('Texte reconnu en 3,3 s (pages 1, 2) ; gardé en cache : la construction du site ne le refera pas.');
    expect(recognitionReport([1], [2], 1)).toContain('Aucun texte lisible (page 2)');
  });
});
