import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import remarkGlossaryIndex from '../index';
import {initialOf, letterIndex} from '../letters';

describe('letterIndex', () => {
  it('files terms under their initial, accents and case aside, in alphabetical order, pointing at the first term', () => {
    const index = letterIndex([
      {label: 'Solidarité financière', id: 'solidarite'},
      {label: 'absorption', id: 'absorption'},
      {label: 'Élan (loi)', id: 'elan'},
      {label: 'SAC', id: 'sac'},
      {label: 'EPCI', id: 'epci'},
    ]);
    expect(index).toEqual([
      {letter: 'A', id: 'absorption', count: 1},
      {letter: 'E', id: 'elan', count: 2},
      {letter: 'S', id: 'solidarite', count: 2},
    ]);
    expect(initialOf('« 1 % logement »')).toBe('#');
  });
});

const GLOSSARY = `# Glossaire

Ce glossaire définit les sigles.

### Absorption {#absorption}

Texte.

### CCH {#cch}

Texte.

### CUS {#cus}

Texte.
`;

function run(file: string): Root {
  const processor = unified().use(remarkParse).use(remarkGlossaryIndex, {file: 'docs/glossaire.md'});
  return processor.runSync(processor.parse(GLOSSARY), {path: file} as never) as Root;
}

describe('remarkGlossaryIndex', () => {
  it('puts a nav of letters after the first paragraph of the glossary, each letter linking to its first term', () => {
    const tree = run('/site/docs/glossaire.md');
    expect(tree.children.map((node) => node.type).slice(0, 4)).toEqual(['heading', 'paragraph', 'glossaryIndex', 'heading']);
    const nav = tree.children[2] as unknown as {data: {hName: string; hProperties: Record<string, unknown>; hChildren: {children: {children: {properties: {href: string}; children: {value: string}[]}[]}[]}[]}};
    expect(nav.data.hName).toBe('nav');
    expect(nav.data.hProperties.ariaLabel).toBe('Index alphabétique du glossaire');
    const links = nav.data.hChildren[0].children.map((item) => item.children[0]);
    expect(links.map((link) => [link.children[0].value, link.properties.href])).toEqual([
      ['A', '#absorption'],
      ['C', '#cch'],
    ]);
  });

  it('leaves every other file alone', () => {
    expect(run('/site/docs/se-regrouper/fusion.md').children.some((node) => (node.type as string) === 'glossaryIndex')).toBe(false);
  });
});
