/**
 * Remark plugin: puts an A–Z index at the top of the glossary (after its
 * first paragraph), one link per initial letter to the first term of that
 * letter. The glossary's text is not touched: the index is derived from its
 * term headings (level 3, with their `{#id}`), so a new term joins it by itself.
 */
import type {Heading, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {letterIndex, type Term} from './letters';

export interface GlossaryIndexOptions {
  /** Path of the glossary, relative to the site (the plugin leaves every other file alone). */
  file: string;
  /** Heading level of the terms. */
  depth?: number;
}

type WithData = {data?: {id?: string; hName?: string; hProperties?: Record<string, unknown>}};

function termOf(heading: Heading): Term | undefined {
  const data = (heading as WithData).data;
  const id = data?.id ?? (data?.hProperties?.id as string | undefined);
  const label = toString(heading).replace(/\s*\{#[^}]+\}\s*$/, '');
  const explicit = /\{#([^}]+)\}\s*$/.exec(toString(heading))?.[1];
  const anchor = id ?? explicit;
  return anchor ? {label, id: anchor} : undefined;
}

/**
 * The index as a node remark-rehype turns into HTML as it is (data.hName and
 * data.hChildren): <nav aria-label="…"><ul><li><a href="#…">A</a></li>…</ul></nav>.
 */
export function indexNode(terms: Term[]): RootContent {
  const items = letterIndex(terms).map((entry) => ({
    type: 'element',
    tagName: 'li',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: {href: `#${entry.id}`, ariaLabel: `${entry.letter}\u00a0: ${entry.count} terme${entry.count > 1 ? 's' : ''}`},
        children: [{type: 'text', value: entry.letter}],
      },
    ],
  }));
  return {
    type: 'glossaryIndex',
    data: {
      hName: 'nav',
      hProperties: {ariaLabel: 'Index alphabétique du glossaire', className: ['glossary-index']},
      hChildren: [{type: 'element', tagName: 'ul', properties: {}, children: items}],
    },
  } as unknown as RootContent;
}

export default function remarkGlossaryIndex(options: GlossaryIndexOptions) {
  const depth = options.depth ?? 3;
  const suffix = options.file.replace(/^\.?\//, '');
  return (tree: Root, file: {path?: string}): void => {
    if (!file.path || !file.path.replace(/\\/g, '/').endsWith(`/${suffix}`)) return;
    const terms = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === depth).flatMap((heading) => termOf(heading) ?? []);
    if (terms.length === 0) return;
    const firstParagraph = tree.children.findIndex((node) => node.type === 'paragraph');
    tree.children.splice(firstParagraph + 1, 0, indexNode(terms));
  };
}
