/**
 * Markdown → search records, one per section, with the heading ids Docusaurus
 * gives (explicit {#id} first, else github-slugger on the heading text).
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import {toString} from 'mdast-util-to-string';
import type {Nodes} from 'mdast';
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import type {Root, RootContent, Heading} from 'mdast';
import type {RecordType, SearchRecord} from '../query/search-record';

export interface MarkdownPage {
  /** Markdown source without front matter. */
  markdown: string;
  /** Page URL with baseUrl, no hash. */
  permalink: string;
  title: string;
  type: RecordType;
  themes: string[];
  /** .mdx sources: import/export lines and JSX are not text. */
  mdx?: boolean;
  /**
   * Headings of this depth become records of `termType` (the glossary:
   * one record per `### Term {#id}`), everything else stays `type`.
   */
  termDepth?: number;
  termType?: RecordType;
}

/** Removes a leading YAML front matter block. */
export function stripFrontMatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** Heading text and id, as Docusaurus renders them. */
type Slugger = ReturnType<typeof createSlugger>;

/** Heading text and id, as Docusaurus renders them (an explicit id does not enter the slugger). */
export function headingIdentity(heading: Heading, slugger: Slugger): {text: string; id: string} {
  const textNodes = heading.children.filter((child) => child.type !== 'html');
  const raw = toString(textNodes.length > 0 ? textNodes : heading);
  const explicit = parseMarkdownHeadingId(raw, 'classic');
  if (explicit.id) return {text: explicit.text.trim(), id: explicit.id};
  return {text: raw.trim(), id: slugger.slug(raw)};
}

/** A footnote call left as text, `[^source-id]` (no definition in the file: the bibliography numbers it). */
const FOOTNOTE_CALL = /\[\^[^\]\s]+\]/g;

/**
 * Text as the reader sees it: footnote calls are dropped, and a text or leaf directive
 * that no plugin handles is shown as typed (`:name[label]`), as Docusaurus renders it.
 */
function inlineText(node: Nodes): string {
  if (node.type === 'footnoteReference') return '';
  if (node.type === 'textDirective' || node.type === 'leafDirective') {
    const label = node.children.map(inlineText).join('');
    return `:${node.name}${label ? `[${label}]` : ''}`;
  }
  if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
  return toString(node).replace(FOOTNOTE_CALL, '');
}

/** Plain text of a block, keeping table cells and list items apart. */
function blockText(node: RootContent, mdx: boolean): string {
  switch (node.type) {
    case 'html':
    case 'code':
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
    case 'footnoteDefinition':
      // Raw HTML, code and mermaid diagrams are not prose; footnotes are the page's sources.
      return '';
    case 'containerDirective': {
      // An admonition (:::tip[À retenir] … :::): its title, then its content, without the markup.
      const [first, ...rest] = node.children;
      const labelled = first?.type === 'paragraph' && (first.data as {directiveLabel?: boolean} | undefined)?.directiveLabel;
      const label = labelled ? inlineText(first) : '';
      const body = (labelled ? rest : node.children).map((child) => blockText(child as RootContent, mdx)).filter(Boolean).join(' ');
      return label ? `${label} : ${body}` : body;
    }
    case 'table':
      return node.children
        .map((row) => row.children.map((cell) => inlineText(cell).trim()).join(' · '))
        .join(' ; ');
    case 'list':
      return node.children.map((item) => item.children.map((child) => blockText(child, mdx)).join(' ')).join(' ; ');
    case 'blockquote':
      return node.children.map((child) => blockText(child, mdx)).join(' ');
    case 'paragraph': {
      const text = inlineText(node);
      if (mdx && /^\s*(import|export)\s/.test(text)) return '';
      return mdx ? text.replace(/<\/?[A-Za-z][^>]*>/g, ' ') : text;
    }
    default:
      return inlineText(node);
  }
}

/** Markdown as Docusaurus reads it: GFM (tables, footnotes) and directives (admonitions). */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;
}

/**
 * One record for the text before the first section heading (the page
 * itself), then one per heading of depth 2 to 4, with its heading trail.
 */
export function markdownRecords(page: MarkdownPage): SearchRecord[] {
  const tree = parseMarkdown(page.markdown);
  const slugger = createSlugger();
  const records: SearchRecord[] = [];
  const trail: {depth: number; text: string}[] = [];
  let current: SearchRecord = {
    type: page.type,
    url: page.permalink,
    page: page.permalink,
    pageTitle: page.title,
    trail: [],
    title: page.title,
    text: '',
    themes: page.themes,
  };
  const flush = () => {
    current.text = current.text.replace(/\s+/g, ' ').trim();
    // The top of a page is kept even when empty, so the page can be found by its title.
    if (current.text || current.url === page.permalink || current.type === page.termType) records.push(current);
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const {text, id} = headingIdentity(node, slugger);
      if (node.depth === 1) continue;
      if (node.depth > 4) {
        current.text += ` ${text}`;
        continue;
      }
      flush();
      while (trail.length > 0 && trail[trail.length - 1].depth >= node.depth) trail.pop();
      const isTerm = page.termDepth !== undefined && node.depth === page.termDepth;
      current = {
        type: isTerm && page.termType ? page.termType : page.type,
        url: `${page.permalink}#${id}`,
        // A glossary term is a result of its own, not a section of the glossary page.
        page: isTerm ? `${page.permalink}#${id}` : page.permalink,
        pageTitle: page.title,
        trail: trail.map((entry) => entry.text),
        title: text,
        text: '',
        themes: page.themes,
      };
      trail.push({depth: node.depth, text});
      continue;
    }
    const text = blockText(node, page.mdx ?? false);
    if (text) current.text += ` ${text}`;
  }
  flush();
  return records;
}
