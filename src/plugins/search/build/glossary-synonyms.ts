/**
 * The acronym ⇄ expansion synonyms of the index: those the glossary defines (its
 * headings, or an acronym heading followed by its spelled-out form), then the
 * analyzer's built-in list.
 */
import {toString} from 'mdast-util-to-string';
import {parseMarkdownHeadingId} from '@docusaurus/utils';
import {DEFAULT_SYNONYMS, type Synonym} from '../query/french-analyzer';
import type {MarkdownSource} from './collect-records';
import {parseMarkdown, stripFrontMatter} from './markdown-records';

/**
 * Parses glossary headings into synonyms: « SAC — société de coordination »,
 * « SAC : … », or « Société de coordination (SAC) ». Other headings give nothing.
 */
export function synonymFromHeading(heading: string): Synonym | null {
  const text = heading.replace(/\s*\\?\{#[^}]*\}\s*$/, '').trim();
  const acronym = '([A-ZÀ-Ý][A-ZÀ-Ý0-9]{1,7})';
  const leading = new RegExp(`^${acronym}\\s*(?:—|–|-|:)\\s*(.+)$`, 'u').exec(text);
  if (leading) return [leading[1], leading[2].trim()];
  const trailing = new RegExp(`^(.+?)\\s*\\(${acronym}\\)$`, 'u').exec(text);
  if (trailing) return [trailing[2], trailing[1].trim()];
  return null;
}

/** « Société de coordination (souvent appelée « SAC ») : … » → « Société de coordination ». */
export function expansionFromDefinition(definition: string): string | null {
  const head = definition.split(/\s*[:,;.(]/u)[0].trim();
  const words = head.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 10 ? head : null;
}

/**
 * Acronym ⇄ expansion pairs from the glossary: a heading « SAC — société de
 * coordination » (or « … (SAC) »), or an acronym heading « ### SAC {#sac} »
 * whose definition starts with the spelled-out form (« Société de coordination : … »).
 */
export function glossarySynonyms(markdown: string, depth = 3): Synonym[] {
  const tree = parseMarkdown(stripFrontMatter(markdown));
  const synonyms: Synonym[] = [];
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading' || node.depth !== depth) return;
    const heading = parseMarkdownHeadingId(toString(node), 'classic').text.trim();
    const fromHeading = synonymFromHeading(heading);
    if (fromHeading) {
      synonyms.push(fromHeading);
      return;
    }
    const next = tree.children[i + 1];
    if (!/^[A-ZÀ-Ý][A-ZÀ-Ý0-9]{1,7}$/u.test(heading) || next?.type !== 'paragraph') return;
    const expansion = expansionFromDefinition(toString(next));
    if (expansion) synonyms.push([heading, expansion]);
  });
  return synonyms;
}

/** The synonyms of the site's index: the glossary's (when the docs have it), then the built-in ones. */
export function siteSynonyms(docs: MarkdownSource[], glossaryFile: string): Synonym[] {
  const glossary = docs.find((doc) => doc.file === glossaryFile);
  return [...(glossary ? glossarySynonyms(glossary.source) : []), ...DEFAULT_SYNONYMS];
}
