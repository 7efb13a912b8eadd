import React from 'react';
import type {Props} from '@theme/Icon/ExternalLink';
import styles from './styles.module.css';

/**
 * The "opens in a new tab" icon after external links. Unlike the theme's
 * version it says role="img": an <svg> with only an aria-label is not reliably
 * announced by screen readers, and html-validate flags the label as misused.
 * The glyph is the theme's own inline sprite.
 */
export default function IconExternalLink({width = 13.5, height = 13.5}: Props): React.ReactElement {
  return (
    <svg
      role="img"
      width={width}
      height={height}
      aria-label="(s’ouvre dans un nouvel onglet)"
      className={styles.icon}>
      <use href="#theme-svg-external-link" />
    </svg>
  );
}
