import {describe, expect, it} from 'vitest';
import {diagramKey, diagramKind, svgId} from '../diagram-key';

describe('diagramKey', () => {
  it('changes with the source and ignores surrounding blank lines', () => {
    expect(diagramKey('flowchart TD\n  A --> B')).toBe(diagramKey('\nflowchart TD\n  A --> B\n'));
    expect(diagramKey('flowchart TD\n  A --> B')).not.toBe(diagramKey('flowchart TD\n  A --> C'));
    expect(diagramKey('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives each copy an id that starts with a letter', () => {
    expect(svgId('0abc', 'light')).toBe('diagramme-0abc-clair');
    expect(svgId('0abc', 'dark')).toBe('diagramme-0abc-sombre');
  });

  it('reads the diagram type after directives and comments', () => {
    expect(diagramKind("%%{init: {}}%%\n%% note\n  timeline\n  title T")).toBe('timeline');
    expect(diagramKind('xychart-beta\n  bar [1]')).toBe('xychart-beta');
  });
});
