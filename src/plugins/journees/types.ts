import type {Model} from '../../model/types';
import type {PdfFacts} from '../../model/pdf';
import type {SearchDocument} from '../search/documents';

export interface PluginOptions {
  id: string;
  /** Data root, relative to the site; BOUSSOLE_DATA_DIR overrides it. */
  dataDir: string;
  blogPluginName: string;
  docsPluginName: string;
  thumbnailWidth: number;
}

export interface DaysContent {
  model: Model;
  /** ISO instant of the build's "now" (BOUSSOLE_NOW or the clock). */
  now: string;
  /** Facts of every published PDF, by "<day-id>/<file>" (embargoed ones included: they are checked, not shown). */
  pdfFacts: Record<string, PdfFacts>;
  /** Read by the search plugin (see src/plugins/search/documents.ts). */
  searchDocuments: SearchDocument[];
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
      resources: {title: string; kindLabel: string; fileUrl?: string; sizeLabel?: string; releaseLabel?: string; state: string}[];
    }
  >;
}
