/**
 * Turns the citation markers of a Markdown tree into GFM footnotes. Articles
 * write `[^id]` with no definition; micromark parses a footnote call only when
 * its definition exists, so the markers reach the tree as literal text: each
 * one becomes a footnoteReference, and each cited source one footnoteDefinition
 * whose text is the citation rendered from the bibliography. remark-rehype then
 * numbers them and writes the « Sources » section with its back links.
 */
import type {FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, Text} from 'mdast';
import {SKIP, visit} from 'unist-util-visit';
import {CITATION_PATTERN} from '../../domain/bibliography';
import {citationText} from '../../domain/citation-format';
import type {Bibliography} from '../../domain/source-schema';

export interface CitationOptions {
  /** Site path of the bibliography page, each footnote links to its entry there. */
  pagePath: string;
  /** Blog excerpts (list pages): markers are removed, no footnote is written. */
  excerpt?: boolean;
}

/** The sources cited by `tree` that are missing from `sources`. */
export function unknownCitations(tree: Root, sources: Bibliography): string[] {
  const unknown = new Set<string>();
  visit(tree, 'text', (node) => {
    for (const match of node.value.matchAll(CITATION_PATTERN)) if (!(match[1] in sources)) unknown.add(match[1]);
  });
  return [...unknown];
}

function splitText(node: Text, excerpt: boolean, cited: string[]): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(CITATION_PATTERN)) {
    const id = match[1];
    if (match.index > last) parts.push({type: 'text', value: node.value.slice(last, match.index)});
    last = match.index + match[0].length;
    if (excerpt) continue;
    if (!cited.includes(id)) cited.push(id);
    parts.push({type: 'footnoteReference', identifier: id, label: id} satisfies FootnoteReference);
  }
  if (last < node.value.length) parts.push({type: 'text', value: node.value.slice(last)});
  return parts;
}

function definition(id: string, sources: Bibliography, pagePath: string): FootnoteDefinition {
  const {title, url, by, details} = citationText(sources[id]);
  const titleNode: PhrasingContent = url ? {type: 'link', url, children: [{type: 'text', value: title}]} : {type: 'emphasis', children: [{type: 'text', value: title}]};
  const rest = [by, ...details].filter(Boolean).join(', ');
  return {
    type: 'footnoteDefinition',
    identifier: id,
    label: id,
    children: [
      {
        type: 'paragraph',
        children: [
          titleNode,
          {type: 'text', value: `, ${rest} (`},
          {type: 'link', url: `${pagePath}#${id}`, children: [{type: 'text', value: 'fiche de la source'}]},
          {type: 'text', value: ').'},
        ],
      },
    ],
  };
}

/**
 * Rewrites `tree` in place; returns the ids cited, in order of first citation.
 * Every id must be in `sources` (see unknownCitations).
 */
export function linkCitations(tree: Root, sources: Bibliography, options: CitationOptions): string[] {
  const cited: string[] = [];
  visit(tree, 'text', (node, index, parent: Parent | undefined) => {
    if (parent === undefined || index === undefined || !node.value.includes('[^')) return;
    const parts = splitText(node, options.excerpt === true, cited);
    parent.children.splice(index, 1, ...(parts as typeof parent.children));
    return [SKIP, index + parts.length];
  });
  tree.children.push(...cited.map((id) => definition(id, sources, options.pagePath)));
  return cited;
}
