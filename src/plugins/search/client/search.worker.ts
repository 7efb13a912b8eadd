/**
 * Search worker: fetches the index once and answers queries off the main
 * thread, so typing stays fluid even with a large index.
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
  engine ??= loadEngine(fetch(indexUrl));
  engine.then(
    (loaded) => scope.postMessage({id, response: query ? loaded.search(query, filters, limit) : null}),
    (error: unknown) => {
      engine = null;
      scope.postMessage({id, error: error instanceof Error ? error.message : String(error)});
    },
  );
};
