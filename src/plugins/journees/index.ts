/**
 * Days & materials plugin: loads the organiser's data (src/model), reads the
 * PDFs, creates the pages of the days, sessions, people and resources, and
 * writes the released files and derived files (thumbnails, zip, .ics, OG image).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import YAML from 'yaml';
import {loadModel, materialsDir, readThemeIds} from '../../model/load';
import {resolveNow} from '../../model/embargo';
import type {PdfFacts} from '../../model/pdf';
import {PdfCache} from './pdf-cache';
import {checkSummaryReferences, SUMMARY_FIELD, type SummaryPost} from '../../model/summary';
import {buildViews, toSearchDocuments, withoutPageTexts, type SiteViews, type ThemeInfo} from '../../model/views';
import {DAYS_PLUGIN_NAME} from './name';
import * as paths from '../../model/paths';
import {resolveDataDir} from './options';
import {writeBuildFiles} from './write-files';
import type {DaysContent, DaysGlobalData, PluginOptions} from './types';

export {validateOptions} from './options';

const COMPONENTS = path.resolve(__dirname, '../../components/journee');

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

function readThemeLabels(siteDir: string): Record<string, string> {
  const parsed = YAML.parse(fs.readFileSync(path.join(siteDir, 'docs', 'tags.yml'), 'utf8')) as Record<string, {label?: string}>;
  return Object.fromEntries(Object.entries(parsed).map(([id, tag]) => [id, tag?.label ?? id]));
}

export default function pluginJournees(context: LoadContext, options: PluginOptions): Plugin<DaysContent> {
  const {siteDir, baseUrl, siteConfig} = context;
  const dataDir = resolveDataDir(siteDir, options, process.env);
  const route = (sitePath: string) => `${baseUrl}${sitePath.slice(1)}`;
  let views: SiteViews | undefined;
  const cache = new PdfCache(path.join(siteDir, 'node_modules', '.cache', 'boussole-journees'));
  // `docusaurus start` never runs postBuild: the derived files are written here and served by the dev server.
  const isDev = process.env.NODE_ENV === 'development';
  const devPublicDir = path.join(context.generatedFilesDir, DAYS_PLUGIN_NAME, 'public');

  return {
    name: DAYS_PLUGIN_NAME,

    getPathsToWatch() {
      return [path.join(dataDir, '**/*.{yml,yaml,pdf}')];
    },

    async loadContent() {
      const model = loadModel({dataDir, themes: readThemeIds(siteDir)});
      const now = resolveNow(process.env);
      const pdfFacts: Record<string, PdfFacts> = {};
      for (const day of model.days) {
        for (const resource of day.resources) {
          if (!resource.file) continue;
          const file = path.join(materialsDir(dataDir, day.id), resource.file);
          pdfFacts[`${day.id}/${resource.file}`] = await cache.facts(fs.readFileSync(file), path.relative(siteDir, file));
        }
      }
      const labels = readThemeLabels(siteDir);
      const themes = Object.entries(labels).map(([id, label]) => ({id, label}));
      const draft = buildViews({model, now, pdfFacts, summaries: [], themes, siteUrl: siteConfig.url + baseUrl});
      return {model, now: now.toISOString(), pdfFacts, searchDocuments: toSearchDocuments(draft, pdfFacts)};
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[DAYS_PLUGIN_NAME]?.[options.id] as DaysContent;
      const blog = allContent[options.blogPluginName]?.default as {blogPosts: BlogPostLike[]} | undefined;
      const docs = allContent[options.docsPluginName]?.default as {loadedVersions: {docs: DocLike[]}[]} | undefined;
      const summaries: SummaryPost[] = (blog?.blogPosts ?? [])
        .filter((post) => post.metadata.frontMatter[SUMMARY_FIELD] !== undefined)
        .map((post) => ({
          source: post.metadata.source.replace(/^@site\//, ''),
          title: post.metadata.title,
          permalink: stripBase(baseUrl, post.metadata.permalink),
          excerpt: post.metadata.description,
          date: String(post.metadata.date),
          session: String(post.metadata.frontMatter[SUMMARY_FIELD]),
        }));
      checkSummaryReferences(content.model, summaries);

      const allDocs = docs?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const tagPages = new Map(allDocs.flatMap((doc) => doc.tags.map((tag) => [tag.label, stripBase(baseUrl, tag.permalink)] as const)));
      const themes: ThemeInfo[] = Object.entries(readThemeLabels(siteDir)).map(([id, label]) => ({id, label, permalink: tagPages.get(label)}));
      // Index docs have a trailing slash ("/themes/faire-groupe/"): key titles without it.
      const articleTitles = Object.fromEntries(allDocs.map((doc) => [stripBase(baseUrl, doc.permalink).replace(/(.)\/$/, '$1'), doc.title]));

      views = buildViews({
        model: content.model,
        now: new Date(content.now),
        pdfFacts: content.pdfFacts,
        summaries,
        themes,
        siteUrl: siteConfig.url + baseUrl,
        articleTitles,
      });

      const {createData, addRoute, setGlobalData} = actions;
      const page = async (sitePath: string, component: string, name: string, data: unknown) => {
        const dataPath = await createData(`${name}.json`, JSON.stringify(data));
        addRoute({path: route(sitePath), component: path.join(COMPONENTS, component), modules: {data: dataPath}, exact: true});
      };
      const guide = paths.GUIDE_PATH;
      await page(paths.DAYS_INDEX_PATH, 'DaysIndexPage.tsx', 'journees', {
        guide,
        days: views.days.map((day) => ({id: day.id, title: day.title, permalink: day.permalink, dateLabel: day.dateLabel, placeLabel: day.placeLabel, isPast: day.isPast, sessionCount: day.sessions.length, releasedCount: day.resources.filter((r) => r.state === 'released').length})),
      });
      for (const day of views.days) {
        await page(day.permalink, 'DayPage.tsx', `journee-${day.id}`, {
          ...day,
          // Session materials show their text on the session page; the others here.
          resources: day.resources.map((resource) => (resource.sessionId ? withoutPageTexts(resource) : resource)),
        });
        for (const session of day.sessions) {
          await page(session.permalink, 'SessionPage.tsx', `session-${day.id}-${session.id}`, session);
        }
      }
      for (const person of views.people) {
        await page(person.permalink, 'PersonPage.tsx', `intervenant-${person.id}`, person);
      }
      await page(paths.RESOURCES_PATH, 'ResourcesPage.tsx', 'ressources', {
        guide,
        resources: views.resources.map(withoutPageTexts),
        days: views.days.map((day) => ({id: day.id, label: `${day.dateLabel} — ${day.title}`})),
        // Two days may have sessions of the same name: the label says which day.
        sessions: views.days.flatMap((day) => day.sessions.map((session) => ({id: `${day.id}/${session.id}`, label: `${session.title} (${day.dateLabel.replace(/^\S+ /, '')})`, dayId: day.id}))),
        themes: themes.map(({id, label}) => ({id, label})),
      });

      const global: DaysGlobalData = {
        days: views.days.map((day) => ({
          id: day.id,
          title: day.title,
          question: day.question,
          description: day.description,
          permalink: day.permalink,
          dateLabel: day.dateLabel,
          timeLabel: day.timeLabel,
          startIso: day.startIso,
          placeLabel: day.placeLabel,
          organiser: day.organiser,
          grandTemoin: day.grandTemoin ? [day.grandTemoin.name, day.grandTemoin.affiliation].filter(Boolean).join(', ') : undefined,
        })),
        sessions: {},
      };
      for (const day of views.days) {
        for (const session of day.sessions) {
          if (!session.summary) continue;
          global.sessions[`${day.id}/${session.id}`] = {
            title: session.title,
            permalink: session.permalink,
            dayTitle: day.title,
            dayLabel: day.dateLabel,
            resources: session.resources.map((resource) => ({
              title: resource.title,
              kindLabel: resource.kindLabel,
              fileUrl: resource.fileUrl,
              sizeLabel: resource.sizeLabel,
              releaseLabel: resource.releaseLabel,
              state: resource.state,
            })),
          };
        }
      }
      setGlobalData(global);

      if (isDev && content) {
        fs.rmSync(devPublicDir, {recursive: true, force: true});
        await writeBuildFiles({outDir: devPublicDir, dataDir, views, model: content.model, now: new Date(content.now), siteUrl: siteConfig.url + baseUrl, thumbnailWidth: options.thumbnailWidth, cache});
      }
    },

    configureWebpack(_config, isServer) {
      if (!isDev || isServer) return {};
      fs.mkdirSync(devPublicDir, {recursive: true});
      // webpack-merge concatenates arrays: Docusaurus' own static folders are kept.
      return {devServer: {static: [{directory: devPublicDir, publicPath: baseUrl, watch: true}]}} as Record<string, unknown>;
    },

    async postBuild({outDir, content}) {
      if (!views) throw new Error('boussole-journees : les pages n’ont pas été préparées.');
      await writeBuildFiles({outDir, dataDir, views, model: content.model, now: new Date(content.now), siteUrl: siteConfig.url + baseUrl, thumbnailWidth: options.thumbnailWidth, cache});
    },
  };
}
