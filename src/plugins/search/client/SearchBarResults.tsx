/**
 * What the navbar search panel shows once the reader starts a search: the facets and
 * the result options. Loaded on first use (see theme/SearchBar), with the search itself,
 * so that none of it weighs on the first load of every page.
 */
import React, {type ReactNode} from 'react';
import type {PageHit} from '../query/search-engine';
import ResultSummary from './ResultSummary';
import styles from './search.module.css';

export {default as Facets} from './Facets';

/** One selectable result of the listbox: a section of a page hit. */
export interface SearchOption {
  id: string;
  url: string;
  pageIndex: number;
  sectionIndex: number;
}

interface Props {
  hits: PageHit[];
  options: SearchOption[];
  active: number;
  onActivate: (optionIndex: number) => void;
  onChoose: (url: string) => void;
}

/** The `role="option"` items of the combobox listbox, grouped by page (the page first). */
export function SearchOptions({hits, options, active, onActivate, onChoose}: Props): ReactNode {
  return hits.flatMap((hit, pageIndex) =>
    hit.sections.map((section, sectionIndex) => {
      const optionIndex = options.findIndex((option) => option.pageIndex === pageIndex && option.sectionIndex === sectionIndex);
      const option = options[optionIndex];
      return (
        <li
          key={option?.id ?? `${pageIndex}-${sectionIndex}`}
          id={option?.id}
          role="option"
          aria-selected={optionIndex === active}
          className={sectionIndex === 0 ? styles.option : `${styles.option} ${styles.subOption}`}
          onMouseMove={() => onActivate(optionIndex)}
          // Keeps the focus in the input when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(section.url)}>
          <ResultSummary section={section} pageTitle={hit.pageTitle} showPage={sectionIndex === 0} missingWords={sectionIndex === 0 ? hit.missingWords : []} />
        </li>
      );
    }),
  );
}
