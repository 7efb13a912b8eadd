/**
 * Types of the sources plugin shared by its Node side and its browser side
 * (declarations only: client code may import them).
 */
export interface PluginOptions {
  id: string;
  /** Site-relative path of the bibliography (YAML map id → source). */
  sourcesFile: string;
  /** Site path of the bibliography page; the footnotes link to its entries. */
  pagePath: string;
  docsPluginName: string;
  blogPluginName: string;
}

/** A page of the site that cites sources. */
export interface CitingPage {
  title: string;
  /** Site path, without baseUrl. */
  permalink: string;
  /** Site-relative path of its Markdown file, for messages. */
  file: string;
  /** Ids cited, in order of first citation. */
  cited: string[];
}

/** One source as the bibliography page shows it. */
export interface SourceView {
  id: string;
  kindLabel: string;
  title: string;
  url?: string;
  by?: string;
  details: string[];
  note?: string;
  citedBy: {title: string; permalink: string}[];
}

export interface SourcesPageData {
  total: number;
  withUrl: number;
  groups: {id: string; label: string; sources: SourceView[]}[];
}
