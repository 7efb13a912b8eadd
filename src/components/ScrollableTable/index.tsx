import React, {type ComponentProps} from 'react';
import {tableRegionLabel} from './label';
import styles from './styles.module.css';

/**
 * Markdown tables scroll sideways on phones. The scrolling box must be
 * reachable with the keyboard (WCAG 2.1.1, axe « scrollable-region-focusable »),
 * so it is a focusable region around the table, named after its column
 * headings (several tables on a page need distinct names).
 */
export default function ScrollableTable(props: ComponentProps<'table'>): React.ReactElement {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={tableRegionLabel(props.children)}>
      <table {...props} />
    </div>
  );
}
