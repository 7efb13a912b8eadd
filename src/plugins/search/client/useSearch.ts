import {useEffect, useRef, useState} from 'react';
import type {SearchFilters, SearchResponse} from '../query/search-engine';
import type {SearchClient} from './search-client';
import {useSearchData} from './useSearchData';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Runs the query through the lazily loaded client; `enabled` stays false
 * until the user focuses the box or types, so nothing is fetched before.
 * The previous results stay on screen while the next ones come (`fresh` is false then).
 */
export function useSearch(query: string, filters: SearchFilters, enabled: boolean, limit: number) {
  const {indexUrl} = useSearchData();
  const clientRef = useRef<Promise<SearchClient> | null>(null);
  const [answer, setAnswer] = useState<{key: string; response: SearchResponse | null} | null>(null);
  const [status, setStatus] = useState<SearchStatus>('idle');
  const getClient = () =>
    (clientRef.current ??= import('./search-client').then((module) => module.getSearchClient(indexUrl)));
  const filterKey = JSON.stringify(filters);
  const key = `${query}\u0000${filterKey}`;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    if (!query.trim()) {
      setAnswer(null);
      void getClient().then((client) => client.warmUp()).catch(() => undefined);
      return;
    }
    setStatus('loading');
    getClient()
      .then((client) => client.search(query, filters, limit))
      .then((result) => {
        if (cancelled) return;
        setAnswer({key, response: result});
        setStatus('ready');
      })
      .catch(() => {
        if (!cancelled) setStatus('error');
      });
    return () => {
      cancelled = true;
    };
    // Filters are compared by value (filterKey), not by identity.
  }, [query, filterKey, enabled, indexUrl, limit]);

  // The last answer stays shown while the next one comes; `fresh` says whether it answers what is asked now.
  return {response: answer?.response ?? null, status, fresh: answer?.key === key};
}
