/**
 * How the browser gets a search engine, in one place: the entry file fetched and
 * checked, and the fragments fetched next to it as queries need them. The worker uses
 * it, and so does the main thread where module workers are missing.
 */
import {FragmentCache} from '../query/fragment-source';
import type {IndexEntry} from '../query/index-format';
import {SearchEngine} from '../query/search-engine';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Index de recherche indisponible (${response.status}).`);
  return response.json();
}

export async function loadEngine(indexUrl: string): Promise<SearchEngine> {
  const folder = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1);
  const entry = (await fetchJson(indexUrl)) as IndexEntry;
  return new SearchEngine(entry, new FragmentCache((path) => fetchJson(folder + path)));
}
