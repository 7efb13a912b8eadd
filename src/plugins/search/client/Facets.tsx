import React, {useId, type ReactNode} from 'react';
import {TYPE_LABELS} from '../present/messages';
import {RECORD_TYPES, type RecordType} from '../query/search-record';
import styles from './search.module.css';

interface Props {
  types: RecordType[];
  onTypesChange: (types: RecordType[]) => void;
  theme: string;
  onThemeChange: (theme: string) => void;
  themes: {id: string; label: string}[];
  counts?: Record<RecordType, number>;
}

/** Type facets (toggle buttons) and the theme filter. */
export default function Facets({types, onTypesChange, theme, onThemeChange, themes, counts}: Props): ReactNode {
  const themeId = useId();
  const toggle = (type: RecordType) =>
    onTypesChange(types.includes(type) ? types.filter((t) => t !== type) : [...types, type]);
  return (
    <div className={styles.facets}>
      <div role="group" aria-label="Filtrer par type" className={styles.typeFacets}>
        {RECORD_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className={styles.facet}
            aria-pressed={types.includes(type)}
            onClick={() => toggle(type)}>
            {TYPE_LABELS[type]}
            {counts ? <span className={styles.count}> ({counts[type]})</span> : null}
          </button>
        ))}
      </div>
      {themes.length > 0 ? (
        <div className={styles.themeFilter}>
          <label htmlFor={themeId}>Thème</label>
          <select id={themeId} value={theme} onChange={(event) => onThemeChange(event.target.value)}>
            <option value="">Tous les thèmes</option>
            {themes.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
