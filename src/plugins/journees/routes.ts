/**
 * The pages of the days: the index of days, one page per day, session and
 * person, and the resources page. Components are theme components of this
 * plugin (client/theme), found by their `@theme/…` name.
 */
import type {PluginContentLoadedActions} from '@docusaurus/types';
import * as paths from '../../domain/site-paths';
import {shortDateLabel} from './labels';
import {withoutPageTexts} from './props';
import type {SiteViews, ThemeInfo} from './types';

export const PAGE_COMPONENTS = {
  daysIndex: '@theme/DaysIndexPage',
  day: '@theme/DayPage',
  session: '@theme/SessionPage',
  person: '@theme/PersonPage',
  resources: '@theme/ResourcesPage',
  summaries: '@theme/SummariesPage',
} as const;

export async function createDaysRoutes(options: {views: SiteViews; themes: ThemeInfo[]; baseUrl: string; actions: Pick<PluginContentLoadedActions, 'createData' | 'addRoute'>}): Promise<void> {
  const {views, themes, baseUrl, actions} = options;
  const page = async (sitePath: string, component: string, name: string, data: unknown) => {
    const dataPath = await actions.createData(`${name}.json`, JSON.stringify(data));
    actions.addRoute({path: `${baseUrl}${sitePath.slice(1)}`, component, modules: {data: dataPath}, exact: true});
  };
  await page(paths.DAYS_INDEX_PATH, PAGE_COMPONENTS.daysIndex, 'journees', {
    days: views.days.map((day) => ({id: day.id, title: day.title, permalink: day.permalink, dateLabel: day.dateLabel, placeLabel: day.placeLabel, phase: day.phase, statement: day.statement})),
  });
  await page(paths.SUMMARIES_PATH, PAGE_COMPONENTS.summaries, 'comptes-rendus', {
    articlesPath: paths.ARTICLES_PATH,
    days: views.days.map((day) => ({
      id: day.id,
      title: day.title,
      permalink: day.permalink,
      dateLabel: day.dateLabel,
      phase: day.phase,
      summaries: day.sessions.flatMap((session) => (session.summary ? [{sessionTitle: session.title, sessionPermalink: session.permalink, ...session.summary}] : [])),
    })),
  });
  for (const day of views.days) {
    await page(day.permalink, PAGE_COMPONENTS.day, `journee-${day.id}`, {
      ...day,
      // Session materials show their text on the session page; the others here.
      resources: day.resources.map((resource) => (resource.sessionId ? withoutPageTexts(resource) : resource)),
    });
    for (const session of day.sessions) {
      await page(session.permalink, PAGE_COMPONENTS.session, `session-${day.id}-${session.id}`, session);
    }
  }
  for (const person of views.people) {
    await page(person.permalink, PAGE_COMPONENTS.person, `intervenant-${person.id}`, person);
  }
  await page(paths.RESOURCES_PATH, PAGE_COMPONENTS.resources, 'ressources', {
    resources: views.resources.map(withoutPageTexts),
    days: views.days.map((day) => ({id: day.id, label: `${day.dateLabel} — ${day.title}`})),
    // Two days may have sessions of the same name: the label says which day.
    sessions: views.days.flatMap((day) => day.sessions.map((session) => ({id: `${day.id}/${session.id}`, label: `${session.title} (${shortDateLabel(day.dateLabel)})`, dayId: day.id}))),
    themes: themes.map(({id, label}) => ({id, label})),
  });
}
