/**
 * Full results page: /recherche?q=…&type=…&theme=… (shareable; the URL
 * follows the form). Results are grouped by page with up to three sections.
 * The plugin's @theme/SearchPage, routed by the plugin (index.ts).
 */
import React, {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Facets from '../../Facets';
import ResultSummary from '../../ResultSummary';
import {useSearch} from '../../useSearch';
import {useSearchData} from '../../useSearchData';
import {PARTIAL_RESULTS, resultCountMessage, SEARCH_PENDING, SEARCH_UNAVAILABLE} from '../../../present/messages';
import {formatSearchParams, isFileUrl, parseSearchParams, withHighlight, type SearchState} from '../../../present/search-url';
import type {PageHit} from '../../../query/search-engine';
import styles from '../../search.module.css';

function ResultLink({url, query, children}: {url: string; query: string; children: ReactNode}): ReactNode {
  if (isFileUrl(url)) return <a href={url}>{children}</a>;
  return <Link to={withHighlight(url, query)}>{children}</Link>;
}

/** Result pages, each with its best section first and up to two more passages. */
function ResultList({hits, query, label}: {hits: PageHit[]; query: string; label: string}): ReactNode {
  if (hits.length === 0) return null;
  return (
    <ol className={styles.pageResults} aria-label={label}>
      {hits.map((hit) => (
        <li key={hit.page} className={styles.pageResult}>
          <ResultLink url={hit.sections[0].url} query={query}>
            <ResultSummary section={hit.sections[0]} pageTitle={hit.pageTitle} showPage missingWords={hit.missingWords} />
          </ResultLink>
          {hit.sections.length > 1 ? (
            <ul aria-label={`Autres passages de «\u00a0${hit.pageTitle}\u00a0»`}>
              {hit.sections.slice(1).map((section) => (
                <li key={section.url}>
                  <ResultLink url={section.url} query={query}>
                    <ResultSummary section={section} pageTitle={hit.pageTitle} showPage={false} />
                  </ResultLink>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export default function SearchPage(): ReactNode {
  const {themes} = useSearchData();
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const themeIds = useMemo(() => themes.map((theme) => theme.id), [themes]);
  const [state, setState] = useState<SearchState>(() => parseSearchParams(location.search, themeIds));
  const [typed, setTyped] = useState(state.query);

  // Back/forward and links to /recherche?q=… update the form.
  useEffect(() => {
    const next = parseSearchParams(location.search, themeIds);
    setState(next);
    setTyped(next.query);
  }, [location.search, themeIds]);

  const update = (next: SearchState) => {
    setState(next);
    history.replace({pathname: location.pathname, search: formatSearchParams(next)});
  };

  const filters = useMemo(() => ({types: state.types, themes: state.theme ? [state.theme] : []}), [state.types, state.theme]);
  const {response, status, fresh} = useSearch(state.query, filters, state.query.length > 0, 50);

  let message = 'Saisissez un ou plusieurs mots.';
  if (state.query) {
    if (status === 'error') message = SEARCH_UNAVAILABLE;
    else if (!response || !fresh) message = SEARCH_PENDING;
    else message = `${resultCountMessage(response.total, state.query, {complete: response.complete})}.`;
  }

  return (
    <Layout title="Recherche" description="Rechercher dans les articles, les comptes rendus, les sessions, les supports et le glossaire de Boussole.">
      <main className={styles.page}>
        <h1>Recherche</h1>
        <form
          role="search"
          className={styles.pageForm}
          onSubmit={(event) => {
            event.preventDefault();
            update({...state, query: typed.trim()});
          }}>
          <label htmlFor={inputId} className={styles.visuallyHidden}>
            Mots recherchés
          </label>
          <input
            id={inputId}
            type="search"
            name="q"
            value={typed}
            maxLength={200}
            autoComplete="off"
            placeholder="Par exemple : société de coordination"
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            Rechercher
          </button>
        </form>
        <Facets
          types={state.types}
          onTypesChange={(types) => update({...state, types})}
          theme={state.theme}
          onThemeChange={(theme) => update({...state, theme})}
          themes={themes}
          counts={response?.typeCounts}
        />
        <p role="status" aria-live="polite" className={styles.status}>
          {message}
        </p>
        {response && response.hits.length > 0 ? (
          <>
            <ResultList hits={response.hits.filter((hit) => hit.missingWords.length === 0)} query={state.query} label="Résultats" />
            {response.hits.some((hit) => hit.missingWords.length > 0) ? (
              <>
                <h2 className={styles.partialHeading}>{PARTIAL_RESULTS}</h2>
                <ResultList hits={response.hits.filter((hit) => hit.missingWords.length > 0)} query={state.query} label={PARTIAL_RESULTS} />
              </>
            ) : null}
          </>
        ) : null}
      </main>
    </Layout>
  );
}
