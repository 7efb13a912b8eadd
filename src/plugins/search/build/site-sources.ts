/**
 * What the index is built from, read from the site: the docs and blog posts Docusaurus
 * loaded (with their Markdown sources), the documents other plugins hand over (see
 * documents.ts) and the themes of the tags file; collect-records turns them into records.
 */
import fs from 'node:fs';
import path from 'node:path';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import type {AllContent, LoadContext} from '@docusaurus/types';
import type {SearchDocument, SearchDocumentsContent} from '../documents';
import type {PluginOptions} from '../types';
import {readThemes, type Theme} from '../../../adapters/themes-file';
import type {MarkdownSource} from './collect-records';

interface LoadedDoc {
  source: string;
  permalink: string;
  title: string;
  unlisted?: boolean;
  frontMatter?: {tags?: unknown};
}
interface LoadedBlogPost {
  metadata: LoadedDoc;
}

function tagIds(frontMatter: {tags?: unknown} | undefined): string[] {
  const tags = Array.isArray(frontMatter?.tags) ? frontMatter.tags : [];
  return tags.map((tag) => (typeof tag === 'string' ? tag : (tag as {label?: string})?.label ?? '')).filter(Boolean);
}

function readSource(siteDir: string, aliased: string): {file: string; source: string} {
  const file = aliased.replace(/^@site\//, '');
  const absolute = path.resolve(siteDir, file);
  try {
    return {file, source: fs.readFileSync(absolute, 'utf8')};
  } catch {
    throw new Error(`[recherche] Impossible de lire « ${file} » pour l’index de recherche : vérifiez que le fichier existe et se lit en UTF-8.`);
  }
}

function toSource(context: LoadContext, doc: LoadedDoc): MarkdownSource {
  // Loaded permalinks keep their trailing slash; the built pages follow siteConfig.trailingSlash.
  const permalink = applyTrailingSlash(doc.permalink, {trailingSlash: context.siteConfig.trailingSlash, baseUrl: context.baseUrl});
  return {...readSource(context.siteDir, doc.source), permalink, title: doc.title, tags: tagIds(doc.frontMatter)};
}

export interface SiteSources {
  docs: MarkdownSource[];
  blogPosts: MarkdownSource[];
  documents: SearchDocument[];
  themes: Theme[];
}

/** The listed docs and blog posts with their sources, the documents of `options.documentPlugins`, the themes. */
export function readSiteSources(context: LoadContext, options: PluginOptions, allContent: AllContent): SiteSources {
  const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
    | {loadedVersions: {docs: LoadedDoc[]}[]}
    | undefined;
  const blogContent = allContent['docusaurus-plugin-content-blog']?.default as {blogPosts: LoadedBlogPost[]} | undefined;
  const documents: SearchDocument[] = options.documentPlugins.flatMap((name) =>
    Object.values(allContent[name] ?? {}).flatMap((content) => (content as Partial<SearchDocumentsContent> | undefined)?.searchDocuments ?? []),
  );

  const docs = (docsContent?.loadedVersions ?? [])
    .flatMap((version) => version.docs)
    .filter((doc) => !doc.unlisted)
    .map((doc) => toSource(context, doc));
  const blogPosts = (blogContent?.blogPosts ?? [])
    .filter((post) => !post.metadata.unlisted)
    .map((post) => toSource(context, post.metadata));
  const themes = readThemes(context.siteDir, options.themesFile);
  return {docs, blogPosts, documents, themes};
}
