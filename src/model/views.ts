/**
 * What the pages show, computed once at build time from the validated model,
 * the PDF facts, the release clock and the summary posts. Dates are formatted
 * here (French, Paris time) so the browser never re-computes them.
 */
import {resourceState, releaseInstant, type ResourceState} from './embargo';
import {formatFrenchDate, formatFrenchDateTime, formatFrenchTime, parseParisDateTime, toParisIso} from './paris-time';
import * as paths from './paths';
import type {PdfFacts} from './pdf';
import type {SummaryPost} from './summary';
import {KIND_LABELS, type Day, type Model, type Person, type ResourceKind, type Session} from './types';
import type {SearchDocument} from '../plugins/search/documents';

export interface ThemeInfo {
  id: string;
  label: string;
  /** Tag page of the knowledge base, when at least one article carries the tag. */
  permalink?: string;
}

export interface PersonRef {
  id: string;
  name: string;
  role: string;
  affiliation?: string;
  /** Only people with a page (those with sourced facts) get a link. */
  permalink?: string;
}

export interface ResourceView {
  id: string;
  anchor: string;
  dayId: string;
  dayTitle: string;
  dayLabel: string;
  sessionId?: string;
  sessionTitle?: string;
  sessionPermalink?: string;
  title: string;
  kind: ResourceKind;
  kindLabel: string;
  language: string;
  speaker?: PersonRef;
  themes: ThemeInfo[];
  state: ResourceState;
  /** "mardi 22 mars 2022 à 16 h 30 (heure de Paris)" when a release time is set. */
  releaseLabel?: string;
  releaseIso?: string;
  /** Only for released resources: */
  fileUrl?: string;
  fileName?: string;
  thumbnailUrl?: string;
  size?: number;
  sizeLabel?: string;
  pageCount?: number;
  sha256?: string;
  /** Extracted text of each page: the document's text alternative (RGAA asks for one). */
  pageTexts?: string[];
}

export interface SummaryView {
  title: string;
  permalink: string;
  excerpt: string;
}

export interface SessionView {
  id: string;
  dayId: string;
  dayTitle: string;
  dayLabel: string;
  dayPermalink: string;
  permalink: string;
  title: string;
  description: string;
  format?: string;
  timeLabel?: string;
  startIso?: string;
  icsUrl?: string;
  themes: ThemeInfo[];
  speakers: PersonRef[];
  articles: {permalink: string; title: string}[];
  summary?: SummaryView;
  resources: ResourceView[];
}

export interface DayView {
  id: string;
  permalink: string;
  title: string;
  question?: string;
  description: string;
  dateLabel: string;
  timeLabel: string;
  startIso: string;
  endIso: string;
  isPast: boolean;
  place: Day['place'];
  placeLabel: string;
  organiser: string;
  grandTemoin?: PersonRef;
  themes: ThemeInfo[];
  sessions: SessionView[];
  resources: ResourceView[];
  icsUrl: string;
  /** Set only when at least one resource is released. */
  zipUrl?: string;
  ogImageUrl: string;
  jsonLd: string;
}

export interface PersonView extends PersonRef {
  permalink: string;
  facts: Person['facts'];
  sessions: {title: string; permalink: string; dayLabel: string}[];
  grandTemoinOf: {title: string; permalink: string; dayLabel: string}[];
}

export interface SiteViews {
  days: DayView[];
  people: PersonView[];
  resources: ResourceView[];
}

export interface ViewInputs {
  model: Model;
  now: Date;
  /** PDF facts by "<day-id>/<file>". */
  pdfFacts: Record<string, PdfFacts>;
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

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  const format = (value: number) => value.toLocaleString('fr-FR', {maximumFractionDigits: 1});
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} Ko`;
  return `${format(bytes / (1024 * 1024))} Mo`;
}

function instant(text: string): Date {
  const value = parseParisDateTime(text);
  if (!value) throw new Error(`date invalide : ${text}`);
  return value;
}

export function timeRangeLabel(start: string, end: string): string {
  return `de ${formatFrenchTime(instant(start))} à ${formatFrenchTime(instant(end))}`;
}

export function placeLabel(place: Day['place']): string {
  return [place.venue, place.city].filter(Boolean).join(', ') + (place.note ? ` (${place.note})` : '');
}

/** schema.org Event of a day: real facts only. */
export function dayJsonLd(day: Day, organiserUrl: string | undefined, pageUrl: string, imageUrl: string, grandTemoin?: Person): Record<string, unknown> {
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
      name: placeLabel(day.place),
      address: {'@type': 'PostalAddress', addressLocality: day.place.city, addressCountry: 'FR'},
    },
    organizer: {'@type': 'Organization', name: day.organiser, ...(organiserUrl ? {url: organiserUrl} : {})},
    ...(grandTemoin ? {performer: {'@type': 'Person', name: grandTemoin.name}} : {}),
  };
}

export function buildViews(inputs: ViewInputs): SiteViews {
  const {model, now, pdfFacts, summaries, siteUrl} = inputs;
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
    const dayLabel = formatFrenchDate(instant(day.start));
    const sessionById = new Map(day.sessions.map((session) => [session.id, session]));
    const resources = day.resources.map((resource): ResourceView => {
      const state = resourceState(resource, now);
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
        releaseLabel: release ? formatFrenchDateTime(release) : undefined,
        releaseIso: release ? toParisIso(release) : undefined,
      };
      if (state === 'released' && resource.file) {
        const facts = pdfFacts[`${day.id}/${resource.file}`];
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
        permalink: paths.sessionPath(day.id, session.id),
        title: session.title,
        description: session.description,
        format: session.format,
        timeLabel: session.start && session.end ? timeRangeLabel(session.start, session.end) : undefined,
        startIso: session.start ? toParisIso(instant(session.start)) : undefined,
        icsUrl: session.start ? paths.sessionIcsUrl(day.id, session.id) : undefined,
        themes: themeInfos(session.themes),
        speakers: session.speakers.map(personRef),
        articles: session.articles.map((permalink) => ({permalink, title: inputs.articleTitles?.[permalink.replace(/(.)\/$/, '$1')] ?? permalink})),
        summary: post ? {title: post.title, permalink: post.permalink, excerpt: post.excerpt} : undefined,
        resources: resources.filter((resource) => resource.sessionId === session.id),
      };
    });
    const grandTemoin = day.grandTemoin ? personById.get(day.grandTemoin) : undefined;
    const released = resources.some((resource) => resource.state === 'released');
    return {
      id: day.id,
      permalink: dayPermalink,
      title: day.title,
      question: day.question,
      description: day.description,
      dateLabel: dayLabel,
      timeLabel: timeRangeLabel(day.start, day.end),
      startIso: toParisIso(instant(day.start)),
      endIso: toParisIso(instant(day.end)),
      isPast: instant(day.end).getTime() <= now.getTime(),
      place: day.place,
      placeLabel: placeLabel(day.place),
      organiser: day.organiser,
      grandTemoin: day.grandTemoin ? personRef(day.grandTemoin) : undefined,
      themes: themeInfos(day.themes),
      sessions,
      resources,
      icsUrl: paths.dayIcsUrl(day.id),
      zipUrl: released ? paths.zipUrl(day.id) : undefined,
      ogImageUrl: paths.ogImageUrl(day.id),
      // Escaping "<" as \u003c keeps any "<" of the data from closing the <script> element.
      jsonLd: JSON.stringify(dayJsonLd(day, undefined, absolute(dayPermalink), absolute(paths.ogImageUrl(day.id)), grandTemoin)).replace(/</g, '\\u003c'),
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

/** What the days give the search index: only released files carry their text (site paths, no baseUrl). */
export function toSearchDocuments(views: SiteViews, pdfFacts: Record<string, PdfFacts>): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const day of views.days) {
    const text = [day.question, day.description, `${day.dateLabel}, ${day.timeLabel}`, day.placeLabel, `Organisation : ${day.organiser}`, day.grandTemoin ? `Grand témoin : ${day.grandTemoin.name}, ${day.grandTemoin.role}` : '', ...day.sessions.map((session) => session.title)];
    documents.push({type: 'session', url: day.permalink, title: day.title, text: [day.description, ...text].filter(Boolean).join('\n'), themes: day.themes.map((theme) => theme.id)});
  }
  for (const day of views.days) {
    for (const session of day.sessions) {
      const text = [session.description, session.format, ...session.speakers.map((speaker) => `${speaker.name}, ${speaker.role}`)];
      documents.push({type: 'session', url: session.permalink, title: session.title, text: text.filter(Boolean).join('\n'), themes: session.themes.map((theme) => theme.id)});
    }
  }
  for (const person of views.people) {
    const text = [person.role, person.affiliation, ...person.facts.map((fact) => fact.text)];
    documents.push({type: 'session', url: person.permalink, title: person.name, text: text.filter(Boolean).join('\n'), themes: []});
  }
  for (const resource of views.resources) {
    // Nothing of an embargoed or unpublished file reaches the index.
    if (resource.state !== 'released' || !resource.fileName || !resource.fileUrl) continue;
    const facts = pdfFacts[`${resource.dayId}/${resource.fileName}`];
    const themes = resource.themes.map((theme) => theme.id);
    const pages = facts.pages.map((text, index) => ({pageNumber: index + 1, text})).filter((pdfPage) => pdfPage.text.trim());
    if (pages.length === 0) documents.push({type: 'support', url: resource.fileUrl, title: resource.title, text: '', themes});
    for (const pdfPage of pages) {
      documents.push({type: 'support', url: `${resource.fileUrl}#page=${pdfPage.pageNumber}`, page: resource.fileUrl, pageTitle: resource.title, title: `${resource.title}, page ${pdfPage.pageNumber}`, text: pdfPage.text, themes});
    }
  }
  return documents;
}

/**
 * A resource without its page texts, for lists that link to the page where
 * its text alternative is shown (its session page): keeps their route data small.
 */
export function withoutPageTexts(resource: ResourceView): ResourceView {
  if (!resource.pageTexts) return resource;
  const {pageTexts: _pageTexts, ...rest} = resource;
  return rest;
}
