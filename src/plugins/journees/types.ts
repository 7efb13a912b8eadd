import type {Model} from '../../model/types';
import type {PdfFacts} from '../../model/pdf';
import type {SearchableDaysContent} from '../../model/searchable';

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
  /** Read by the search plugin (see src/model/searchable.ts). */
  searchable: SearchableDaysContent;
}

/** Global data read by the blog post wrapper: the sessions that have a summary. */
export interface DaysGlobalData {
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
