/**
 * Gathers every search record of the site from plain descriptions of its
 * content (docs, blog posts, the days plugin's searchable content), so the
 * plugin only maps Docusaurus' loaded content onto these inputs.
 */
import type {SearchableDaysContent} from '../model/searchable';
import {markdownRecords, stripFrontMatter} from './markdown-records';
import type {SearchRecord} from './types';

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
  days?: SearchableDaysContent | null;
  /** baseUrl of the site, e.g. '/', added to the days plugin's site paths. */
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

export function daysRecords(days: SearchableDaysContent, baseUrl: string, themeIds: Set<string>): SearchRecord[] {
  const records: SearchRecord[] = [];
  const page = (
    permalink: string,
    title: string,
    text: string,
    themes: string[],
  ): SearchRecord => {
    const url = withBaseUrl(baseUrl, permalink);
    return {type: 'session', url, page: url, pageTitle: title, trail: [], title, text: text.replace(/\s+/g, ' ').trim(), themes: themesOf(themes, themeIds)};
  };
  for (const day of days.days ?? []) {
    records.push(page(day.permalink, day.title, [day.description, day.text].filter(Boolean).join(' '), day.themes ?? []));
  }
  for (const session of days.sessions ?? []) {
    records.push(page(session.permalink, session.title, session.text, session.themes ?? []));
  }
  for (const person of days.people ?? []) {
    records.push(page(person.permalink, person.name, person.text, []));
  }
  for (const resource of days.resources ?? []) {
    // Nothing of an embargoed or unpublished file reaches the index.
    if (resource.status !== 'published' || !resource.fileUrl) continue;
    const fileUrl = withBaseUrl(baseUrl, resource.fileUrl);
    const themes = themesOf(resource.themes ?? [], themeIds);
    const pages = (resource.pages ?? []).filter((pdfPage) => pdfPage.text.trim());
    if (pages.length === 0) {
      records.push({type: 'support', url: fileUrl, page: fileUrl, pageTitle: resource.title, trail: [], title: resource.title, text: '', themes});
    }
    for (const pdfPage of pages) {
      records.push({
        type: 'support',
        url: `${fileUrl}#page=${pdfPage.pageNumber}`,
        page: fileUrl,
        pageTitle: resource.title,
        trail: [],
        title: `${resource.title}, page ${pdfPage.pageNumber}`,
        text: pdfPage.text.replace(/\s+/g, ' ').trim(),
        themes,
      });
    }
  }
  return records;
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
  if (input.days) records.push(...daysRecords(input.days, input.baseUrl, themeIds));
  // No duplicates: one record per URL (the first wins).
  const seen = new Set<string>();
  return records.filter((record) => {
    if (seen.has(record.url)) return false;
    seen.add(record.url);
    return true;
  });
}
