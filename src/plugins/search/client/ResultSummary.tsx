import React, {type ReactNode} from 'react';
import type {SectionHit} from '../query/search-engine';
import {MISSING_WORDS, TYPE_LABEL_SINGULAR} from '../present/messages';
import Highlighted from './Highlighted';
import styles from './search.module.css';

/** Type, heading trail, highlighted title and snippet of one section hit; the query words it lacks, if any. */
export default function ResultSummary({
  section,
  pageTitle,
  showPage,
  missingWords = [],
}: {
  section: SectionHit;
  pageTitle: string;
  showPage: boolean;
  missingWords?: string[];
}): ReactNode {
  const trail = showPage && section.title !== pageTitle ? [pageTitle, ...section.trail] : section.trail;
  return (
    <>
      <span className={styles.meta}>
        {showPage ? <span className={styles.badge}>{TYPE_LABEL_SINGULAR[section.type]}</span> : null}
        {trail.length > 0 ? <span className={styles.trail}>{trail.join(' › ')}</span> : null}
      </span>
      <span className={styles.title}>
        <Highlighted segments={section.titleSegments} />
      </span>
      {section.snippet.length > 0 ? (
        <span className={styles.snippet}>
          <Highlighted segments={section.snippet} />
        </span>
      ) : null}
      {missingWords.length > 0 ? (
        <span className={styles.missing}>
          {MISSING_WORDS} <s>{missingWords.join(', ')}</s>
        </span>
      ) : null}
    </>
  );
}
