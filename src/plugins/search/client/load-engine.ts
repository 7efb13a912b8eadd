/**
 * How the browser gets a search engine, in one place: the fetched index checked,
 * parsed and loaded. The worker uses it, and so does the main thread where module
 * workers are missing (it starts the fetch while this module is imported).
 */
import {SearchEngine} from '../query/search-engine';

export async function loadEngine(index: Response | Promise<Response>): Promise<SearchEngine> {
  const response = await index;
  if (!response.ok) throw new Error(`Index de recherche indisponible (${response.status}).`);
  return new SearchEngine(await response.json());
}
