/**
 * Search worker: fetches the index once and answers queries off the main
 * thread, so typing stays fluid even with a large index.
 */
import {SearchEngine, type SearchFilters} from '../query/search-engine';

interface Request {
  id: number;
  indexUrl: string;
  query: string;
  filters: SearchFilters;
  limit: number;
}

const scope = self as unknown as {
  onmessage: ((event: {data: Request}) => void) | null;
  postMessage: (message: unknown) => void;
};

let engine: Promise<SearchEngine> | null = null;

async function loadEngine(indexUrl: string): Promise<SearchEngine> {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`Index de recherche indisponible (${response.status}).`);
  return new SearchEngine(await response.json());
}

scope.onmessage = (event) => {
  const {id, indexUrl, query, filters, limit} = event.data;
  engine ??= loadEngine(indexUrl);
  engine.then(
    (loaded) => scope.postMessage({id, response: query ? loaded.search(query, filters, limit) : null}),
    (error: unknown) => {
      engine = null;
      scope.postMessage({id, error: error instanceof Error ? error.message : String(error)});
    },
  );
};
