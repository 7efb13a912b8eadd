/**
 * Gathers every search record of the site from plain descriptions of its
 * content (docs, blog posts, documents handed over by other plugins), so the
 * plugin only maps Docusaurus' loaded content onto these inputs.
 */
import type {SearchDocument} from '../documents';
import {markdownRecords, stripFrontMatter} from './markdown-records';
import type {SearchRecord} from '../query/search-record';

export interface MarkdownSource {
  /** Path shown in error messages (relative to the site). */
  file: string;
  /** Raw file content, front matter included. */
  source: string;
  permalink: string;
  title: string;
  /** Tag ids from the front matter. */
  tags: string[];
}

export interface CollectInput {
  docs: MarkdownSource[];
  blogPosts: MarkdownSource[];
  /** Site-relative file of the glossary (e.g. docs/glossaire.md). */
  glossaryFile?: string;
  /** Theme ids (docs/tags.yml); other tags are not themes. */
  themeIds: string[];
  /** Documents handed over by other plugins (see SearchDocument). */
  documents?: SearchDocument[];
  /** baseUrl of the site, e.g. '/', added to the documents' site paths. */
  baseUrl: string;
}

/** Joins the baseUrl and a site path without doubling slashes. */
export function withBaseUrl(baseUrl: string, sitePath: string): string {
  if (/^[a-z]+:/i.test(sitePath)) return sitePath;
  return `${baseUrl.replace(/\/+$/, '')}/${sitePath.replace(/^\/+/, '')}`;
}

function themesOf(tags: string[], themeIds: Set<string>): string[] {
  return tags.filter((tag) => themeIds.has(tag));
}

/** Records of other plugins' documents (the days, their materials…): baseUrl added, themes filtered. */
export function documentRecords(documents: SearchDocument[], baseUrl: string, themeIds: Set<string>): SearchRecord[] {
  return documents.map((document) => {
    const url = withBaseUrl(baseUrl, document.url);
    const page = document.page === undefined ? url.replace(/#.*$/, '') : withBaseUrl(baseUrl, document.page);
    return {
      type: document.type,
      url,
      page,
      pageTitle: document.pageTitle ?? document.title,
      trail: [],
      title: document.title,
      text: document.text.replace(/\s+/g, ' ').trim(),
      themes: themesOf(document.themes, themeIds),
    };
  });
}

export function collectRecords(input: CollectInput): SearchRecord[] {
  const themeIds = new Set(input.themeIds);
  const records: SearchRecord[] = [];
  for (const doc of input.docs) {
    const isGlossary = input.glossaryFile !== undefined && doc.file === input.glossaryFile;
    records.push(
      ...markdownRecords({
        markdown: stripFrontMatter(doc.source),
        permalink: doc.permalink,
        title: doc.title,
        type: 'article',
        themes: themesOf(doc.tags, themeIds),
        mdx: doc.file.endsWith('.mdx'),
        termDepth: isGlossary ? 3 : undefined,
        termType: isGlossary ? 'glossaire' : undefined,
      }),
    );
  }
  for (const post of input.blogPosts) {
    records.push(
      ...markdownRecords({
        markdown: stripFrontMatter(post.source),
        permalink: post.permalink,
        title: post.title,
        type: 'compte-rendu',
        themes: themesOf(post.tags, themeIds),
        mdx: post.file.endsWith('.mdx'),
      }),
    );
  }
  if (input.documents) records.push(...documentRecords(input.documents, input.baseUrl, themeIds));
  // No duplicates: one record per URL (the first wins).
  const seen = new Set<string>();
  return records.filter((record) => {
    if (seen.has(record.url)) return false;
    seen.add(record.url);
    return true;
  });
}
