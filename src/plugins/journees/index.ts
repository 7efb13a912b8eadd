/**
 * Days & materials plugin (lifecycle only): loads the days content once
 * (content.ts), builds the page props once (props.ts), creates the pages
 * (routes.ts) and the global data (global-data.ts), and writes the released
 * and derived files (derived-files.ts). Its browser side is in client/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {resolveNow} from '../../domain/release';
import {SUMMARY_FIELD, checkSummaryReferences, type SummaryPost} from '../../domain/summary';
import {PdfCache, pdfCacheDir} from '../../adapters/pdf-cache';
import {readThemes} from '../../adapters/themes-file';
import {loadDaysContent, type DaysContent} from './content';
import {writeBuildFiles} from './derived-files';
import {daysGlobalData} from './global-data';
import {DAYS_PLUGIN_NAME} from './name';
import {resolveDataDir} from './options';
import {buildViews} from './props';
import {createDaysRoutes} from './routes';
import type {PluginOptions, SiteViews, ThemeInfo} from './types';

export {validateOptions} from './options';

interface BlogPostLike {
  metadata: {source: string; permalink: string; title: string; description: string; date: Date | string; frontMatter: Record<string, unknown>};
}
interface DocLike {
  permalink: string;
  title: string;
  tags: {label: string; permalink: string}[];
}

function stripBase(baseUrl: string, permalink: string): string {
  return permalink.startsWith(baseUrl) ? `/${permalink.slice(baseUrl.length)}` : permalink;
}

function summaryPosts(blogPosts: BlogPostLike[], baseUrl: string): SummaryPost[] {
  return blogPosts
    .filter((post) => post.metadata.frontMatter[SUMMARY_FIELD] !== undefined)
    .map((post) => ({
      source: post.metadata.source.replace(/^@site\//, ''),
      title: post.metadata.title,
      permalink: stripBase(baseUrl, post.metadata.permalink),
      excerpt: post.metadata.description,
      date: String(post.metadata.date),
      session: String(post.metadata.frontMatter[SUMMARY_FIELD]),
    }));
}

export default function pluginJournees(context: LoadContext, options: PluginOptions): Plugin<DaysContent> {
  const {siteDir, baseUrl, siteConfig} = context;
  const dataDir = resolveDataDir(siteDir, options, process.env);
  const siteUrl = siteConfig.url + baseUrl;
  // Recognising the text of a PDF without a text layer takes about a second a page: say so (cache misses only).
  const cache = new PdfCache(pdfCacheDir(siteDir), {
    onRecognition: (label, pages) => console.log(`[${DAYS_PLUGIN_NAME}] ${label} : ${pages.length} page(s) sans couche texte, reconnaissance du texte (OCR)…`),
  });
  let views: SiteViews | undefined;
  // `docusaurus start` never runs postBuild: the derived files are written here and served by the dev server.
  const isDev = process.env.NODE_ENV === 'development';
  const devPublicDir = path.join(context.generatedFilesDir, DAYS_PLUGIN_NAME, 'public');
  const writeFiles = (outDir: string, content: DaysContent) =>
    writeBuildFiles({outDir, dataDir, views: views!, model: content.model, now: new Date(content.now), siteUrl, thumbnailWidth: options.thumbnailWidth, cache});

  return {
    name: DAYS_PLUGIN_NAME,

    getThemePath() {
      return path.resolve(__dirname, './client/theme');
    },

    getPathsToWatch() {
      return [path.join(dataDir, '**/*.{yml,yaml,pdf}'), path.resolve(siteDir, options.themesFile)];
    },

    async loadContent() {
      return loadDaysContent({siteDir, dataDir, themes: readThemes(siteDir, options.themesFile), now: resolveNow(process.env), cache});
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[DAYS_PLUGIN_NAME]?.[options.id] as DaysContent;
      const blog = allContent[options.blogPluginName]?.default as {blogPosts: BlogPostLike[]} | undefined;
      const docs = allContent[options.docsPluginName]?.default as {loadedVersions: {docs: DocLike[]}[]} | undefined;
      const summaries = summaryPosts(blog?.blogPosts ?? [], baseUrl);
      checkSummaryReferences(content.model, summaries);

      const allDocs = docs?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const tagPages = new Map(allDocs.flatMap((doc) => doc.tags.map((tag) => [tag.label, stripBase(baseUrl, tag.permalink)] as const)));
      const themes: ThemeInfo[] = content.themes.map(({id, label}) => ({id, label, permalink: tagPages.get(label)}));
      // Index docs have a trailing slash ("/themes/faire-groupe/"): key titles without it.
      const articleTitles = Object.fromEntries(allDocs.map((doc) => [stripBase(baseUrl, doc.permalink).replace(/(.)\/$/, '$1'), doc.title]));

      views = buildViews({content, summaries, themes, siteUrl, articleTitles});
      await createDaysRoutes({views, themes, baseUrl, actions});
      actions.setGlobalData(daysGlobalData(views));

      if (isDev) {
        fs.rmSync(devPublicDir, {recursive: true, force: true});
        await writeFiles(devPublicDir, content);
      }
    },

    configureWebpack(_config, isServer) {
      if (!isDev || isServer) return {};
      fs.mkdirSync(devPublicDir, {recursive: true});
      // webpack-merge concatenates arrays: Docusaurus' own static folders are kept.
      return {devServer: {static: [{directory: devPublicDir, publicPath: baseUrl, watch: true}]}} as Record<string, unknown>;
    },

    async postBuild({outDir, content}) {
      if (!views) throw new Error(`${DAYS_PLUGIN_NAME} : les pages n’ont pas été préparées.`);
      await writeFiles(outDir, content);
    },
  };
}
