/**
 * Types of the days plugin shared by its Node side and its browser side (type
 * declarations only: nothing here runs, so client code may import it).
 */
import type {Place, SourcedFact} from '../../domain/data-schema';
import type {ReleaseState} from '../../domain/release';
import type {DayPhase} from '../../domain/day-lifecycle';
import type {ResourceKind} from '../../domain/resource-kinds';

export interface PluginOptions {
  id: string;
  /** Data root, relative to the site; BOUSSOLE_DATA_DIR overrides it. */
  dataDir: string;
  /** Site-relative path of the tags file whose ids are the themes (as in the search plugin). */
  themesFile: string;
  blogPluginName: string;
  docsPluginName: string;
  thumbnailWidth: number;
}

/** What a reader is told of a day, in plain sentences (labels.ts writes them). */
export interface DayStatement {
  /** When the day is or was. */
  when: string;
  /** What exists online. */
  published: string;
  /** What is still expected, when anything is. */
  expected?: string;
}

/** What the home page shows of a day. */
export interface DayFacts {
  id: string;
  title: string;
  /** The day's question, in the editors' words. */
  question?: string;
  description: string;
  permalink: string;
  dateLabel: string;
  timeLabel: string;
  startIso: string;
  placeLabel: string;
  organiser: string;
  grandTemoin?: string;
  /** The day's life cycle (src/domain/day-lifecycle) and what it tells readers. */
  phase: DayPhase;
  statement: DayStatement;
  /** Words of a link to the day's page, naming what is there. */
  linkLabel: string;
  /** Calendar file, only while the day is announced. */
  icsUrl?: string;
}

/** Global data: the days' facts (home page) and the sessions that have a summary (blog post wrapper). */
export interface DaysGlobalData {
  /** Most recent first. */
  days: DayFacts[];
  sessions: Record<
    string,
    {
      title: string;
      permalink: string;
      dayTitle: string;
      dayLabel: string;
      resources: {title: string; kindLabel: string; fileUrl?: string; sizeLabel?: string; pendingNote?: string; state: string}[];
    }
  >;
}

/* Page props, built by props.ts. */

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
  state: ReleaseState;
  /** "mardi 22 mars 2022 à 16 h 30 (heure de Paris)" when a release time is set. */
  releaseLabel?: string;
  releaseIso?: string;
  /** What a material not online yet says (« Disponible à partir du … », « Annoncé, pas encore publié… »). */
  pendingNote?: string;
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
  /** Pages (from 1) whose text was recognised from their image (no text layer): the text alternative says it may contain errors. */
  recognisedPages?: number[];
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
  dayPhase: DayPhase;
  permalink: string;
  title: string;
  description: string;
  format?: string;
  timeLabel?: string;
  startIso?: string;
  /** Calendar file, only for a timed session of an announced day. */
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
  phase: DayPhase;
  statement: DayStatement;
  linkLabel: string;
  place: Place;
  placeLabel: string;
  organiser: string;
  grandTemoin?: PersonRef;
  themes: ThemeInfo[];
  sessions: SessionView[];
  resources: ResourceView[];
  /** Calendar file, only while the day is announced. */
  icsUrl?: string;
  /** Set only when at least one resource is released. */
  zipUrl?: string;
  ogImageUrl: string;
  jsonLd: string;
}

export interface PersonView extends PersonRef {
  permalink: string;
  facts: SourcedFact[];
  sessions: {title: string; permalink: string; dayLabel: string}[];
  grandTemoinOf: {title: string; permalink: string; dayLabel: string}[];
}

export interface SiteViews {
  days: DayView[];
  people: PersonView[];
  resources: ResourceView[];
}

/* Data of the list pages (routes.ts). */

export interface DaysIndexEntry {
  id: string;
  title: string;
  permalink: string;
  dateLabel: string;
  placeLabel: string;
  phase: DayPhase;
  statement: DayStatement;
}

export interface SummariesPageData {
  articlesPath: string;
  days: {
    id: string;
    title: string;
    permalink: string;
    dateLabel: string;
    phase: DayPhase;
    summaries: (SummaryView & {sessionTitle: string; sessionPermalink: string})[];
  }[];
}
