/**
 * Search worker: fetches the index's entry once, then the fragments each query needs,
 * and answers off the main thread, so typing stays fluid even with a large index.
 */
import type {SearchEngine, SearchFilters} from '../query/search-engine';
import {loadEngine} from './load-engine';

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

scope.onmessage = (event) => {
  const {id, indexUrl, query, filters, limit} = event.data;
  // An entry that failed is fetched again by the next query (so is a fragment that failed).
  engine ??= loadEngine(indexUrl).catch((error: unknown) => {
    engine = null;
    throw error;
  });
  engine
    .then((loaded) => (query ? loaded.search(query, filters, limit) : null))
    .then(
      (response) => scope.postMessage({id, response}),
      (error: unknown) => scope.postMessage({id, error: error instanceof Error ? error.message : String(error)}),
    );
};
