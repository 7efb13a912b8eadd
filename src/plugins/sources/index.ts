/**
 * Sources plugin (lifecycle only): loads and validates the bibliography once
 * (adapters/sources-file), checks it against the citations of the docs and
 * the blog (every citation known, every source cited), and creates the
 * bibliography page. The footnotes themselves are written by the remark
 * plugin (remark-citations.ts) that docusaurus.config.ts gives to the docs
 * and the blog.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {DataError} from '../../domain/errors';
import {citationIssues} from '../../domain/bibliography';
import type {Bibliography} from '../../domain/source-schema';
import {loadBibliography} from '../../adapters/sources-file';
import {citingPages, type LoadedPage} from './citing-pages';
import {SOURCES_PLUGIN_NAME} from './name';
import {sourcesPageData} from './page-data';
import type {PluginOptions} from './types';

export {validateOptions} from './options';

interface BlogContent {
  blogPosts: {metadata: LoadedPage}[];
}
interface DocsContent {
  loadedVersions: {docs: LoadedPage[]}[];
}

export default function pluginSources(context: LoadContext, options: PluginOptions): Plugin<Bibliography> {
  const {siteDir, baseUrl} = context;
  const sourcesFile = path.resolve(siteDir, options.sourcesFile);

  return {
    name: SOURCES_PLUGIN_NAME,

    getThemePath() {
      return path.resolve(__dirname, './client/theme');
    },

    getClientModules() {
      return [path.resolve(__dirname, './client/footnotes.css')];
    },

    getPathsToWatch() {
      return [sourcesFile];
    },

    async loadContent() {
      return loadBibliography(sourcesFile);
    },

    async allContentLoaded({allContent, actions}) {
      const sources = allContent[SOURCES_PLUGIN_NAME]?.[options.id] as Bibliography;
      const docs = allContent[options.docsPluginName]?.default as DocsContent | undefined;
      const blog = allContent[options.blogPluginName]?.default as BlogContent | undefined;
      const loaded = [...(docs?.loadedVersions.flatMap((version) => version.docs) ?? []), ...(blog?.blogPosts.map((post) => post.metadata) ?? [])];
      const pages = citingPages(siteDir, baseUrl, loaded);
      const [issue] = citationIssues(sources, pages, options.sourcesFile);
      if (issue) throw new DataError(issue.file, issue.field, issue.problem, issue.fix);

      const data = await actions.createData('sources.json', JSON.stringify(sourcesPageData(sources, pages)));
      actions.addRoute({path: `${baseUrl}${options.pagePath.slice(1)}`, component: '@theme/SourcesPage', modules: {data}, exact: true});
    },
  };
}
