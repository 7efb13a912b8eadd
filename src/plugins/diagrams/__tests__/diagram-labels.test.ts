import {describe, expect, it} from 'vitest';
import {diagramLabels} from '../diagram-labels';

describe('diagramLabels', () => {
  it('reads the accTitle and accDescr lines of a diagram', () => {
    const code = ['timeline', '  accTitle: Repères 2016-2024', '  accDescr: Frise des dates clés.', '  2016 : Fin 2016'].join('\n');
    expect(diagramLabels(code)).toEqual({title: 'Repères 2016-2024', description: 'Frise des dates clés.'});
  });

  it('reads a description written as a block over several lines', () => {
    const code = ['flowchart LR', 'accTitle: Titre', 'accDescr {', '  Première ligne,', '  seconde ligne.', '}', 'A --> B'].join('\n');
    expect(diagramLabels(code)).toEqual({title: 'Titre', description: 'Première ligne, seconde ligne.'});
  });

  it('returns nothing for a diagram without accessibility lines', () => {
    expect(diagramLabels('flowchart LR\n  A --> B')).toEqual({});
  });
});
