/**
 * The pages that cite sources: every doc and blog post loaded by Docusaurus,
 * with the ids its Markdown cites (text only: code blocks and inline code do
 * not cite).
 */
import fs from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {citationIdsIn} from '../../domain/bibliography';
import type {CitingPage} from './types';

/** What this plugin reads of a doc or a blog post. */
export interface LoadedPage {
  title: string;
  permalink: string;
  /** `@site/docs/…`, as Docusaurus gives it. */
  source: string;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** Ids cited by a Markdown file's body, in order of first citation. */
export function citedIn(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown.replace(/^\uFEFF/, '').replace(FRONT_MATTER, '')) as Root;
  const ids: string[] = [];
  visit(tree, 'text', (node) => {
    for (const id of citationIdsIn(node.value)) if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

function stripBase(baseUrl: string, permalink: string): string {
  return permalink.startsWith(baseUrl) ? `/${permalink.slice(baseUrl.length)}` : permalink;
}

export function citingPages(siteDir: string, baseUrl: string, pages: readonly LoadedPage[]): CitingPage[] {
  return pages.map((page) => {
    const file = page.source.replace(/^@site\//, '');
    return {title: page.title, permalink: stripBase(baseUrl, page.permalink), file, cited: citedIn(fs.readFileSync(path.join(siteDir, file), 'utf8'))};
  });
}
