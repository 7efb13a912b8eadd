/** The props of the /sources page: every source, grouped, with the pages that cite it. */
import {urlShare} from '../../domain/bibliography';
import {citationText, SOURCE_GROUPS, SOURCE_KIND_LABELS} from '../../domain/citation-format';
import type {Bibliography} from '../../domain/source-schema';
import type {CitingPage, SourcesPageData, SourceView} from './types';

const byTitle = new Intl.Collator('fr', {sensitivity: 'base', numeric: true});

export function sourcesPageData(sources: Bibliography, pages: readonly CitingPage[]): SourcesPageData {
  const view = (id: string): SourceView => {
    const source = sources[id];
    const {title, url, by, details} = citationText(source);
    const citedBy = pages
      .filter((page) => page.cited.includes(id))
      .map(({title: pageTitle, permalink}) => ({title: pageTitle, permalink}))
      .sort((a, b) => byTitle.compare(a.title, b.title));
    return {id, kindLabel: SOURCE_KIND_LABELS[source.kind], title, url, by, details, note: source.note, citedBy};
  };
  const ids = Object.keys(sources);
  const groups = SOURCE_GROUPS.map(({id, label, kinds}) => ({
    id,
    label,
    sources: ids
      .filter((sourceId) => kinds.includes(sources[sourceId].kind))
      .sort((a, b) => byTitle.compare(sources[a].title, sources[b].title))
      .map(view),
  })).filter((group) => group.sources.length > 0);
  return {total: ids.length, withUrl: Math.round(urlShare(ids, sources) * ids.length), groups};
}
