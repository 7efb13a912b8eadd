/**
 * Navbar search, the plugin's @theme/SearchBar (in place of the classic theme's):
 * a WAI-ARIA 1.2 combobox (a text input in a search form) whose listbox shows results
 * as you type. Ctrl/⌘+K or « / » focus it; ↑↓ move, Enter opens, Esc closes. The box
 * widens while in use; the shortcut hint gives way to a clear button once something is
 * typed. The search code, the index and the results panel come with the first use.
 */
import React, {lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchOption} from '../../SearchBarResults';
import {useSearch} from '../../useSearch';
import {useSearchData} from '../../useSearchData';
import {SEARCH_PAGE_PATH} from '../../../constants';
import {resultCountMessage, SEARCH_PENDING, SEARCH_UNAVAILABLE} from '../../../present/messages';
import {formatSearchParams, isFileUrl, withHighlight} from '../../../present/search-url';
import type {RecordType} from '../../../query/search-record';
import styles from '../../search.module.css';

/** Pages shown in the dropdown; the results page shows more. */
const SHOWN_RESULTS = 8;

// The panel's facets and options load on first use, in one chunk with the search code.
const loadResults = () => import('../../SearchBarResults');
const Facets = lazy(() => loadResults().then((module) => ({default: module.Facets})));
const SearchOptions = lazy(() => loadResults().then((module) => ({default: module.SearchOptions})));

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export default function SearchBar(): ReactNode {
  const {themes} = useSearchData();
  const history = useHistory();
  const resultsPage = useBaseUrl(SEARCH_PAGE_PATH);
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLFormElement>(null);
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [types, setTypes] = useState<RecordType[]>([]);
  const [theme, setTheme] = useState('');
  const filters = useMemo(() => ({types, themes: theme ? [theme] : []}), [types, theme]);
  const {response, status, fresh} = useSearch(query, filters, used, SHOWN_RESULTS);
  const listboxId = `${baseId}-listbox`;

  const options: SearchOption[] = useMemo(
    () =>
      (response?.hits.slice(0, SHOWN_RESULTS) ?? []).flatMap((hit, pageIndex) =>
        hit.sections.map((section, sectionIndex) => ({
          id: `${baseId}-option-${pageIndex}-${sectionIndex}`,
          url: section.url,
          pageIndex,
          sectionIndex,
        })),
      ),
    [response, baseId],
  );

  useEffect(() => setActive(-1), [response]);

  // Ctrl/⌘+K anywhere, « / » outside text fields.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut =
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target));
      if (!shortcut) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // A click outside closes the panel.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const fullResultsUrl = `${resultsPage}${formatSearchParams({query: query.trim(), types, theme})}`;

  const go = useCallback(
    (url: string) => {
      setOpen(false);
      if (isFileUrl(url)) {
        window.location.assign(url);
        return;
      }
      history.push(withHighlight(url, query));
    },
    [history, query],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (options.length === 0 ? -1 : (current + 1) % options.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (options.length === 0 ? -1 : current <= 0 ? options.length - 1 : current - 1));
        break;
      case 'Enter':
        event.preventDefault();
        if (active >= 0 && options[active]) go(options[active].url);
        else if (query.trim()) {
          setOpen(false);
          history.push(fullResultsUrl);
        }
        break;
      case 'Escape':
        event.preventDefault();
        setActive(-1);
        if (open && query) setOpen(false);
        else {
          setQuery('');
          setOpen(false);
        }
        break;
      default:
        break;
    }
  };

  const expanded = open && query.trim().length > 0;
  const hits = response?.hits.slice(0, SHOWN_RESULTS) ?? [];
  let message = '';
  if (expanded) {
    if (status === 'error') message = SEARCH_UNAVAILABLE;
    else if (!fresh || !response) message = SEARCH_PENDING;
    else message = `${resultCountMessage(response.total, query, {countOnly: true, complete: response.complete})}.`;
  }

  return (
    // The form carries the search landmark; the box is an ARIA 1.2 combobox (a text input, where the role is valid).
    <form
      className={styles.searchBar}
      ref={rootRef}
      role="search"
      aria-label="Rechercher dans Boussole"
      data-in-use={open || query ? 'true' : undefined}
      onSubmit={(event) => {
        // The magnifier button: all the results, as Enter does without a chosen result.
        event.preventDefault();
        if (!query.trim()) {
          inputRef.current?.focus();
          return;
        }
        setOpen(false);
        history.push(fullResultsUrl);
      }}>
      <label htmlFor={`${baseId}-input`} className={styles.visuallyHidden}>
        Rechercher
      </label>
      <button type="submit" className={styles.submit} aria-label="Voir tous les résultats">
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className={styles.input}
        type="text"
        enterKeyHint="search"
        placeholder="Rechercher…"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        // The listbox exists once the search is used: the first load carries none of it.
        aria-controls={used ? listboxId : undefined}
        aria-activedescendant={expanded && active >= 0 && options[active] ? options[active].id : undefined}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-describedby={`${baseId}-hint`}
        value={query}
        onFocus={() => {
          setUsed(true);
          if (query.trim()) setOpen(true);
        }}
        onChange={(event) => {
          setUsed(true);
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${baseId}-hint`} className={styles.visuallyHidden}>
        Raccourcis : Ctrl+K ou « / ». Flèches haut et bas pour parcourir les résultats, Entrée pour ouvrir, Échap pour fermer.
      </span>
      {query ? (
        <button
          type="button"
          className={styles.clear}
          aria-label="Effacer la recherche"
          onClick={() => {
            setQuery('');
            setOpen(false);
            inputRef.current?.focus();
          }}>
          ×
        </button>
      ) : (
        // The shortcut hint, until something is typed.
        <kbd className={styles.shortcut} aria-hidden="true">
          Ctrl K
        </kbd>
      )}
      {used ? (
        <div className={styles.panel} hidden={!expanded}>
          <Suspense fallback={null}>
            <Facets types={types} onTypesChange={setTypes} theme={theme} onThemeChange={setTheme} themes={themes} />
          </Suspense>
          <p className={styles.status} role="status" aria-live="polite">
            {message}
          </p>
          <ul id={listboxId} role="listbox" aria-label="Résultats de recherche" className={styles.listbox}>
            <Suspense fallback={null}>
              <SearchOptions hits={hits} options={options} active={active} onActivate={setActive} onChoose={go} />
            </Suspense>
          </ul>
          {query.trim() ? (
            <a
              className={styles.allResults}
              href={fullResultsUrl}
              onClick={(event) => {
                event.preventDefault();
                setOpen(false);
                history.push(fullResultsUrl);
              }}>
              Voir tous les résultats pour «&nbsp;{query.trim()}&nbsp;»
            </a>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
