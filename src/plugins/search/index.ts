/**
 * boussole-search: builds the French search index from the loaded docs, blog
 * posts and days content (allContentLoaded), emits it as a content-hashed
 * static asset through the client bundler (so `docusaurus start` serves it
 * too) and exposes its URL with setGlobalData. Its theme components are the
 * navbar's SearchBar and the results page routed at /recherche (client/theme).
 * Lifecycle only: the work is in build/ (Node), query/ and present/ (shared), client/.
 */
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {collectRecords} from './build/collect-records';
import {EmitSearchIndexPlugin, ensureIndexWritten, latestIndex} from './build/emit-index';
import {siteSynonyms} from './build/glossary-synonyms';
import {indexFileName} from './build/index-file';
import {readSiteSources} from './build/site-sources';
import {buildIndex} from './build/write-index';
import {PLUGIN_NAME, SEARCH_PAGE_PATH} from './constants';
import type {PluginOptions, SearchGlobalData} from './types';

export {validateOptions} from './options';

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
      const {docs, blogPosts, documents, themes} = readSiteSources(context, options, allContent);
      const records = collectRecords({
        docs,
        blogPosts,
        glossaryFile: options.glossaryFile,
        themeIds: themes.map((theme) => theme.id),
        documents,
        baseUrl,
      });
      const json = JSON.stringify(buildIndex(records, siteSynonyms(docs, options.glossaryFile)));
      const fileName = indexFileName(json);
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
      ensureIndexWritten(siteDir, outDir, options.indexDirectory);
    },
  };
}
