/**
 * What the pages show (their props), built once per build in allContentLoaded
 * from the days content (validated data, PDF facts, release decisions), the
 * summary posts and the docs' titles and tag pages. Dates are formatted here
 * (French, Paris time) so the browser never re-computes them.
 */
import {releaseInstant} from '../../domain/release';
import {formatParisDateTime, formatSize} from '../../domain/french-format';
import {toParisIso} from '../../domain/paris-time';
import * as paths from '../../domain/site-paths';
import type {SummaryPost} from '../../domain/summary';
import {KIND_LABELS, type Day, type Person, type Session} from '../../domain/data-schema';
import {dayPhase, hasEnded, offersCalendar} from '../../domain/day-lifecycle';
import {dayDateLabel, dayLinkLabel, dayStatement, dayTimeLabel, parisInstant as instant, pendingNote, placeLabel, timeRangeLabel} from './labels';
import type {DaysContent} from './content';
import {materialKey, resourceKey} from './keys';
import type {DayView, PersonRef, PersonView, ResourceView, SessionView, SiteViews, ThemeInfo} from './types';

export interface ViewInputs {
  content: DaysContent;
  summaries: SummaryPost[];
  themes: ThemeInfo[];
  /** Absolute site URL with baseUrl, for JSON-LD, e.g. "https://boussole.example.org/". */
  siteUrl: string;
  /** Titles of the knowledge-base articles by site path, to label a session's related articles. */
  articleTitles?: Record<string, string>;
}

const EVENT_STATUS: Record<Day['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/** schema.org Event of a day: real facts only. */
export function dayJsonLd(day: Day, organiserUrl: string | undefined, pageUrl: string, imageUrl: string, grandTemoin?: Person, ended = false): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: day.title,
    description: day.description,
    startDate: toParisIso(instant(day.start)),
    endDate: toParisIso(instant(day.end)),
    eventStatus: EVENT_STATUS[day.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: 'fr-FR',
    url: pageUrl,
    image: [imageUrl],
    location: {
      '@type': 'Place',
      name: placeLabel(day.place, ended),
      address: {'@type': 'PostalAddress', addressLocality: day.place.city, addressCountry: 'FR'},
    },
    organizer: {'@type': 'Organization', name: day.organiser, ...(organiserUrl ? {url: organiserUrl} : {})},
    ...(grandTemoin ? {performer: {'@type': 'Person', name: grandTemoin.name}} : {}),
  };
}

export function buildViews(inputs: ViewInputs): SiteViews {
  const {summaries, siteUrl} = inputs;
  const {model, pdfFacts, releases} = inputs.content;
  const now = new Date(inputs.content.now);
  const themeById = new Map(inputs.themes.map((theme) => [theme.id, theme]));
  const themeInfos = (ids: string[]) => ids.map((id) => themeById.get(id) ?? {id, label: id});
  const personById = new Map(model.people.map((person) => [person.id, person]));
  const personRef = (id: string): PersonRef => {
    const person = personById.get(id)!;
    return {
      id,
      name: person.name,
      role: person.role,
      affiliation: person.affiliation,
      permalink: person.facts.length > 0 ? paths.personPath(id) : undefined,
    };
  };
  const summaryBySession = new Map(summaries.map((post) => [post.session, post]));
  const absolute = (sitePath: string) => siteUrl.replace(/\/$/, '') + sitePath;

  const allResources: ResourceView[] = [];
  const days = model.days.map((day): DayView => {
    const dayLabel = dayDateLabel(day);
    const ended = hasEnded(instant(day.end), now);
    const releasedCount = day.resources.filter((resource) => releases[resourceKey(day.id, resource.id)] === 'released').length;
    const summaryCount = day.sessions.filter((session) => summaryBySession.has(`${day.id}/${session.id}`)).length;
    const phase = dayPhase({end: instant(day.end), now, releasedCount, summaryCount});
    const calendar = offersCalendar(phase);
    const sessionById = new Map(day.sessions.map((session) => [session.id, session]));
    const resources = day.resources.map((resource): ResourceView => {
      const state = releases[resourceKey(day.id, resource.id)];
      const session: Session | undefined = resource.session ? sessionById.get(resource.session) : undefined;
      const release = releaseInstant(resource);
      const view: ResourceView = {
        id: resource.id,
        anchor: paths.resourceAnchor(day.id, resource.id),
        dayId: day.id,
        dayTitle: day.title,
        dayLabel,
        sessionId: session?.id,
        sessionTitle: session?.title,
        sessionPermalink: session ? paths.sessionPath(day.id, session.id) : undefined,
        title: resource.title,
        kind: resource.kind,
        kindLabel: KIND_LABELS[resource.kind],
        language: resource.language,
        speaker: resource.speaker ? personRef(resource.speaker) : undefined,
        themes: themeInfos(session ? session.themes : day.themes),
        state,
        releaseLabel: release ? formatParisDateTime(release) : undefined,
        releaseIso: release ? toParisIso(release) : undefined,
        pendingNote: state === 'released' ? undefined : pendingNote(state, phase, release ? formatParisDateTime(release) : undefined),
      };
      if (state === 'released' && resource.file) {
        const facts = pdfFacts[materialKey(day.id, resource.file)];
        if (!facts) throw new Error(`Faits PDF manquants pour ${day.id}/${resource.file}`);
        Object.assign(view, {
          fileUrl: paths.fileUrl(day.id, resource.file),
          fileName: resource.file,
          thumbnailUrl: paths.thumbnailUrl(day.id, resource.file),
          size: facts.size,
          sizeLabel: formatSize(facts.size),
          pageCount: facts.pageCount,
          sha256: facts.sha256,
          pageTexts: facts.pages,
          ...(facts.recognisedPages.length > 0 ? {recognisedPages: facts.recognisedPages} : {}),
        });
      }
      return view;
    });
    allResources.push(...resources);
    const dayPermalink = paths.dayPath(day.id);
    const sessions = day.sessions.map((session): SessionView => {
      const post = summaryBySession.get(`${day.id}/${session.id}`);
      return {
        id: session.id,
        dayId: day.id,
        dayTitle: day.title,
        dayLabel,
        dayPermalink,
        dayPhase: phase,
        permalink: paths.sessionPath(day.id, session.id),
        title: session.title,
        description: session.description,
        format: session.format,
        timeLabel: session.start && session.end ? timeRangeLabel(session.start, session.end) : undefined,
        startIso: session.start ? toParisIso(instant(session.start)) : undefined,
        icsUrl: session.start && calendar ? paths.sessionIcsUrl(day.id, session.id) : undefined,
        themes: themeInfos(session.themes),
        speakers: session.speakers.map(personRef),
        articles: session.articles.map((permalink) => ({permalink, title: inputs.articleTitles?.[permalink.replace(/(.)\/$/, '$1')] ?? permalink})),
        summary: post ? {title: post.title, permalink: post.permalink, excerpt: post.excerpt} : undefined,
        resources: resources.filter((resource) => resource.sessionId === session.id),
      };
    });
    const grandTemoin = day.grandTemoin ? personById.get(day.grandTemoin) : undefined;
    const outcome = {phase, dateLabel: dayLabel, releasedCount, summaryCount, pendingTitles: resources.filter((resource) => resource.state !== 'released').map((resource) => resource.title)};
    return {
      id: day.id,
      permalink: dayPermalink,
      title: day.title,
      question: day.question,
      description: day.description,
      dateLabel: dayLabel,
      timeLabel: dayTimeLabel(day, ended),
      startIso: toParisIso(instant(day.start)),
      endIso: toParisIso(instant(day.end)),
      phase,
      statement: dayStatement(outcome),
      linkLabel: dayLinkLabel(outcome),
      place: day.place,
      placeLabel: placeLabel(day.place, ended),
      organiser: day.organiser,
      grandTemoin: day.grandTemoin ? personRef(day.grandTemoin) : undefined,
      themes: themeInfos(day.themes),
      sessions,
      resources,
      icsUrl: calendar ? paths.dayIcsUrl(day.id) : undefined,
      zipUrl: releasedCount > 0 ? paths.zipUrl(day.id) : undefined,
      ogImageUrl: paths.ogImageUrl(day.id),
      // Escaping "<" as \u003c keeps any "<" of the data from closing the <script> element.
      jsonLd: JSON.stringify(dayJsonLd(day, undefined, absolute(dayPermalink), absolute(paths.ogImageUrl(day.id)), grandTemoin, ended)).replace(/</g, '\\u003c'),
    };
  });

  const people = model.people
    .filter((person) => person.facts.length > 0)
    .map((person): PersonView => ({
      ...personRef(person.id),
      permalink: paths.personPath(person.id),
      facts: person.facts,
      sessions: days.flatMap((day) =>
        day.sessions
          .filter((session) => session.speakers.some((speaker) => speaker.id === person.id))
          .map((session) => ({title: session.title, permalink: session.permalink, dayLabel: day.dateLabel})),
      ),
      grandTemoinOf: days
        .filter((day) => day.grandTemoin?.id === person.id)
        .map((day) => ({title: day.title, permalink: day.permalink, dayLabel: day.dateLabel})),
    }));
  return {days, people, resources: allResources};
}

/**
 * A resource without its page texts, for lists that link to the page where
 * its text alternative is shown (its session page): keeps their route data small.
 */
export function withoutPageTexts(resource: ResourceView): ResourceView {
  if (!resource.pageTexts) return resource;
  const {pageTexts: _pageTexts, recognisedPages: _recognisedPages, ...rest} = resource;
  return rest;
}
