/** The organiser's data as editors write it (YAML under the data root), after validation. */

export const RESOURCE_KINDS = ['slides', 'programme', 'document'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const KIND_LABELS: Record<ResourceKind, string> = {
  slides: 'Diaporama',
  programme: 'Programme',
  document: 'Document',
};

export interface SourcedFact {
  text: string;
  /** Who says so, e.g. "News Tank Cities, 21 août 2023". */
  source: string;
  url?: string;
}

export interface Person {
  id: string;
  name: string;
  role: string;
  affiliation?: string;
  /** Short bio: sourced facts only. */
  facts: SourcedFact[];
}

export interface Session {
  id: string;
  title: string;
  description: string;
  themes: string[];
  format?: string;
  /** Paris wall-clock times "YYYY-MM-DDTHH:mm", both or neither. */
  start?: string;
  end?: string;
  speakers: string[];
  /** Site paths of related articles, e.g. "/themes/faire-groupe". */
  articles: string[];
}

export interface Resource {
  id: string;
  title: string;
  kind: ResourceKind;
  session?: string;
  speaker?: string;
  language: string;
  /** Paris wall-clock time after which the file may be published. */
  releaseAt?: string;
  /** File name inside the day's materials folder; absent while the resource is only announced. */
  file?: string;
}

export interface Place {
  city: string;
  venue?: string;
  note?: string;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';

export interface Day {
  id: string;
  title: string;
  question?: string;
  description: string;
  start: string;
  end: string;
  place: Place;
  organiser: string;
  grandTemoin?: string;
  status: EventStatus;
  themes: string[];
  sessions: Session[];
  resources: Resource[];
}

export interface Model {
  /** Absolute path of the data root. */
  dataDir: string;
  days: Day[];
  people: Person[];
  /** Absolute path of each day file, for messages and edits. */
  dayFiles: Record<string, string>;
}
