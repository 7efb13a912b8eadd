/**
 * The contract between the days & materials plugin and the search plugin.
 *
 * The days plugin (name DAYS_PLUGIN_NAME) returns, from `loadContent`, an
 * object with a `searchable` field of this type; the search plugin reads it in
 * `allContentLoaded` (allContent[DAYS_PLUGIN_NAME].default.searchable). Only
 * released material appears with pages: embargoed resources have
 * status 'announced' and no pages, so nothing of them can reach the index.
 *
 * Permalinks and file URLs are site paths WITHOUT the baseUrl
 * (e.g. '/journees/2022-03-22'); consumers add the baseUrl.
 */
export const DAYS_PLUGIN_NAME = 'boussole-journees';

export interface SearchableDay {
  id: string;
  title: string;
  permalink: string;
  description: string;
  /** Plain text of what the day page says (facts, programme). */
  text: string;
  themes: string[];
}

export interface SearchableSession {
  id: string;
  dayId: string;
  title: string;
  permalink: string;
  themes: string[];
  /** Plain text of what the session page says (description, speakers). */
  text: string;
}

export interface SearchablePerson {
  id: string;
  name: string;
  permalink: string;
  /** Role, affiliation and short sourced bio as plain text. */
  text: string;
}

export interface SearchableResourcePage {
  /** 1-based page number, used for `file.pdf#page=N` links. */
  pageNumber: number;
  text: string;
}

export interface SearchableResource {
  id: string;
  dayId: string;
  sessionId?: string;
  title: string;
  kind: 'slides' | 'programme' | 'document';
  themes: string[];
  status: 'published' | 'announced';
  /** Site path of the PDF, set only when published. */
  fileUrl?: string;
  /** Site path of the resource's page on the site (its session or the resources page anchor). */
  permalink: string;
  /** Extracted text per page; empty unless published. */
  pages: SearchableResourcePage[];
}

export interface SearchableDaysContent {
  days: SearchableDay[];
  sessions: SearchableSession[];
  people: SearchablePerson[];
  resources: SearchableResource[];
}
