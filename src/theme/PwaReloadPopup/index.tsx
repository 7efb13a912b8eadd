import React, {useState, type ReactNode} from 'react';
import type {Props} from '@theme/PwaReloadPopup';
import styles from './styles.module.css';

/**
 * Shown when a new deployment of the site is ready (plugin-pwa): the pages kept
 * offline are those of the previous version until the reader reloads.
 */
export default function PwaReloadPopup({onReload}: Props): ReactNode {
  const [visible, setVisible] = useState(true);
  if (!visible) return null;
  return (
    <div role="alert" className={`alert alert--info boussole-print-hidden ${styles.popup}`}>
      <p>Nouvelle version disponible</p>
      <div className={styles.buttons}>
        <button
          className="button button--primary button--sm"
          type="button"
          onClick={() => {
            setVisible(false);
            onReload();
          }}>
          Recharger
        </button>
        <button className="button button--link button--sm" type="button" onClick={() => setVisible(false)}>
          Plus tard
        </button>
      </div>
    </div>
  );
}
