/**
 * Browser side of the search: one lazily created worker per page load. It is
 * only imported (dynamic import) when the search box is first used, so neither
 * the query code nor the index are in the first-load bundle.
 */
import type {SearchEngine, SearchFilters, SearchResponse} from '../query/search-engine';

export interface SearchClient {
  /** Starts fetching the index's entry; resolves when it is ready. */
  warmUp(): Promise<void>;
  search(query: string, filters: SearchFilters, limit: number): Promise<SearchResponse | null>;
}

type Pending = {resolve: (response: SearchResponse | null) => void; reject: (error: Error) => void};

function workerClient(indexUrl: string): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url));
  const pending = new Map<number, Pending>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<{id: number; response?: SearchResponse | null; error?: string}>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.error) waiting.reject(new Error(event.data.error));
    else waiting.resolve(event.data.response ?? null);
  };
  const send = (query: string, filters: SearchFilters, limit: number) =>
    new Promise<SearchResponse | null>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, {resolve, reject});
      worker.postMessage({id, indexUrl, query, filters, limit});
    });
  return {
    warmUp: () => send('', {}, 0).then(() => undefined),
    search: send,
  };
}

/** Same engine on the main thread, for browsers without module workers. */
function mainThreadClient(indexUrl: string): SearchClient {
  let engine: Promise<SearchEngine> | null = null;
  const load = () =>
    (engine ??= import('./load-engine')
      .then((module) => module.loadEngine(indexUrl))
      .catch((error: unknown) => {
        engine = null;
        throw error;
      }));
  return {
    warmUp: () => load().then(() => undefined),
    search: async (query, filters, limit) => (await load()).search(query, filters, limit),
  };
}

const clients = new Map<string, SearchClient>();

export function getSearchClient(indexUrl: string): SearchClient {
  let client = clients.get(indexUrl);
  if (!client) {
    try {
      client = typeof Worker === 'function' ? workerClient(indexUrl) : mainThreadClient(indexUrl);
    } catch {
      client = mainThreadClient(indexUrl);
    }
    clients.set(indexUrl, client);
  }
  return client;
}
