/**
 * boussole-search: builds the French search index from the loaded docs, blog
 * posts and days content (allContentLoaded), emits it as a content-hashed
 * static asset through the client bundler (so `docusaurus start` serves it
 * too) and exposes its URL with setGlobalData.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {normalizeUrl} from '@docusaurus/utils';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SearchDocument, SearchDocumentsContent} from './documents';
import {collectRecords, type MarkdownSource} from './build/collect-records';
import {glossarySynonyms} from './build/glossary-synonyms';
import {DEFAULT_SYNONYMS, type Synonym} from './query/french-analyzer';
import {buildIndex} from './build/write-index';
import {PLUGIN_NAME, SEARCH_PAGE_PATH} from './constants';
import type {PluginOptions, SearchGlobalData} from './types';

export {validateOptions} from './options';

/**
 * The latest index per site, read by the bundler plugin when it emits assets.
 * Module-level so a dev-server reload (new plugin instance, same compiler) serves the new index.
 */
const latestIndex = new Map<string, {fileName: string; json: string}>();

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

function readThemes(siteDir: string, themesFile: string): {id: string; label: string}[] {
  const file = path.resolve(siteDir, themesFile);
  if (!fs.existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`[recherche] ${themesFile} n’est pas un YAML valide (${(error as Error).message}) : corrigez ce fichier.`);
  }
  if (!parsed || typeof parsed !== 'object') return [];
  return Object.entries(parsed as Record<string, {label?: string} | null>).map(([id, value]) => ({
    id,
    label: value?.label ?? id,
  }));
}

/** Emits the current index as an asset of the client compilation (webpack or Rspack). */
class EmitSearchIndexPlugin {
  constructor(private readonly siteDir: string, private readonly directory: string) {}

  apply(compiler: {
    webpack: {sources: {RawSource: new (source: string) => unknown}; Compilation: {PROCESS_ASSETS_STAGE_ADDITIONAL: number}};
    hooks: {thisCompilation: {tap: (name: string, callback: (compilation: never) => void) => void}};
  }): void {
    const {RawSource} = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation: {
      hooks: {processAssets: {tap: (options: {name: string; stage: number}, callback: () => void) => void}};
      emitAsset: (name: string, source: unknown) => void;
    }) => {
      compilation.hooks.processAssets.tap(
        {name: PLUGIN_NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL},
        () => {
          const index = latestIndex.get(this.siteDir);
          if (index) compilation.emitAsset(`${this.directory}/${index.fileName}`, new RawSource(index.json));
        },
      );
    });
  }
}

export default function pluginSearch(context: LoadContext, options: PluginOptions): Plugin<void> {
  const {siteDir, baseUrl} = context;
  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return './client/theme';
    },

    getClientModules() {
      return [path.resolve(__dirname, './client/highlight-on-page')];
    },

    getPathsToWatch() {
      return [path.resolve(siteDir, options.glossaryFile), path.resolve(siteDir, options.themesFile)];
    },

    async allContentLoaded({allContent, actions}) {
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
      const themes = readThemes(siteDir, options.themesFile);

      const glossary = docs.find((doc) => doc.file === options.glossaryFile);
      const synonyms: Synonym[] = [...(glossary ? glossarySynonyms(glossary.source) : []), ...DEFAULT_SYNONYMS];

      const records = collectRecords({
        docs,
        blogPosts,
        glossaryFile: options.glossaryFile,
        themeIds: themes.map((theme) => theme.id),
        documents,
        baseUrl,
      });
      const json = JSON.stringify(buildIndex(records, synonyms));
      const hash = crypto.createHash('sha256').update(json).digest('hex').slice(0, 12);
      const fileName = `fr.${hash}.json`;
      latestIndex.set(siteDir, {fileName, json});
      const data: SearchGlobalData = {
        indexUrl: `${baseUrl}${options.indexDirectory}/${fileName}`,
        recordCount: records.length,
        themes,
      };
      actions.setGlobalData(data);
      actions.addRoute({path: normalizeUrl([baseUrl, SEARCH_PAGE_PATH]), component: '@theme/SearchPage', exact: true});
    },

    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [new EmitSearchIndexPlugin(siteDir, options.indexDirectory) as never],
        // FlexSearch's ESM bundle mentions import.meta.dirname for Node only; the browser build never uses it.
        ignoreWarnings: [{module: /node_modules[\\/]flexsearch[\\/]/, message: /import\.meta\.dirname/}],
      };
    },

    async postBuild({outDir}) {
      // The client compilation has written the index; make sure, or write it now.
      const index = latestIndex.get(siteDir);
      if (!index) return;
      const target = path.join(outDir, options.indexDirectory, index.fileName);
      if (!fs.existsSync(target)) {
        fs.mkdirSync(path.dirname(target), {recursive: true});
        fs.writeFileSync(target, index.json);
      }
    },
  };
}
