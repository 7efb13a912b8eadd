/**
 * boussole-search: builds the French search index from the loaded docs, blog
 * posts and days content (allContentLoaded), emits it as a content-hashed
 * static assets through the client bundler (so `docusaurus start` serves them
 * too): a small entry file and the content-hashed fragments a query fetches as it
 * needs them (see query/index-format.ts). It exposes the entry's URL with setGlobalData. Its theme components are the
 * navbar's SearchBar and the results page routed at /recherche (client/theme).
 * Lifecycle only: the work is in build/ (Node), query/ and present/ (shared), client/.
 */
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {collectRecords} from './build/collect-records';
import {EmitSearchIndexPlugin, ensureIndexWritten, latestIndex} from './build/emit-index';
import {siteSynonyms} from './build/glossary-synonyms';
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
      const index = buildIndex(records, siteSynonyms(docs, options.glossaryFile));
      latestIndex.set(siteDir, index);
      const data: SearchGlobalData = {
        indexUrl: `${baseUrl}${options.indexDirectory}/${index.entryName}`,
        recordCount: records.length,
        themes,
      };
      actions.setGlobalData(data);
      actions.addRoute({path: normalizeUrl([baseUrl, SEARCH_PAGE_PATH]), component: '@theme/SearchPage', exact: true});
    },

    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {plugins: [new EmitSearchIndexPlugin(siteDir, options.indexDirectory) as never]};
    },

    async postBuild({outDir}) {
      ensureIndexWritten(siteDir, outDir, options.indexDirectory);
    },
  };
}
