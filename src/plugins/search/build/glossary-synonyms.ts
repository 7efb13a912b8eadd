/**
 * The synonyms of the index: those the glossary defines (acronyms in its headings, or
 * an acronym heading followed by its spelled-out form; other names its definitions
 * give), then the analyzer's built-in list.
 */
import {toString} from 'mdast-util-to-string';
import {parseMarkdownHeadingId} from '@docusaurus/utils';
import {analyzeWords, DEFAULT_SYNONYMS, fold, type Synonym} from '../query/french-analyzer';
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
 * The other names a definition gives its term: « se dit couramment « s’adosser » »,
 * « souvent appelée « SAC » », « On parle aussi de « fusion-absorption » ».
 */
const OTHER_NAME = /(?:(?:appel[ée]e?s?|nommée?s?|dite?s?|se dit)(?:\s+(?:aussi|également|couramment|souvent))?|on parle\s+(?:aussi\s+|également\s+)?d(?:e\s+|[’']))\s*«\s*([^»]+?)\s*»/giu;

/** The name of a term without its id and a trailing qualifier: « Groupe capitaliste (adossement) » → « Groupe capitaliste ». */
function termName(heading: string): string {
  return heading.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}

const wordCount = (text: string) => analyzeWords(text).filter((word) => word.terms.length > 0).length;
const sameWords = (a: string, b: string) => fold(a).replace(/[^a-z0-9]+/g, ' ').trim() === fold(b).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Word ⇄ phrase synonyms from a definition: each other name it gives, paired with the
 * term's name (the side of one word is the synonym's key, see french-analyzer).
 */
export function otherNameSynonyms(heading: string, definition: string): Synonym[] {
  const name = termName(heading);
  const synonyms: Synonym[] = [];
  for (const match of definition.matchAll(OTHER_NAME)) {
    const other = match[1];
    if (sameWords(other, name)) continue;
    if (wordCount(other) === 1) synonyms.push([other, name]);
    else if (wordCount(name) === 1) synonyms.push([name, other]);
  }
  return synonyms;
}

/**
 * Synonyms from the glossary: acronym ⇄ expansion from a heading « SAC — société de
 * coordination » (or « … (SAC) »), or an acronym heading « ### SAC {#sac} » whose
 * definition starts with the spelled-out form (« Société de coordination : … »); and
 * the other names a definition gives (« se dit couramment « s’adosser » »).
 */
export function glossarySynonyms(markdown: string, depth = 3): Synonym[] {
  const tree = parseMarkdown(stripFrontMatter(markdown));
  const synonyms: Synonym[] = [];
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading' || node.depth !== depth) return;
    const heading = parseMarkdownHeadingId(toString(node), 'classic').text.trim();
    const next = tree.children[i + 1];
    const definition = next?.type === 'paragraph' ? toString(next) : '';
    const fromHeading = synonymFromHeading(heading);
    if (fromHeading) synonyms.push(fromHeading);
    else if (/^[A-ZÀ-Ý][A-ZÀ-Ý0-9]{1,7}$/u.test(heading) && definition) {
      const expansion = expansionFromDefinition(definition);
      if (expansion) synonyms.push([heading, expansion]);
    }
    synonyms.push(...otherNameSynonyms(heading, definition));
  });
  return synonyms;
}

/** The synonyms of the site's index: the glossary's (when the docs have it), then the built-in ones. */
export function siteSynonyms(docs: MarkdownSource[], glossaryFile: string): Synonym[] {
  const glossary = docs.find((doc) => doc.file === glossaryFile);
  return [...(glossary ? glossarySynonyms(glossary.source) : []), ...DEFAULT_SYNONYMS];
}
