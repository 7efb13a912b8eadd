import React, {useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {articleLink, COPIED, copyRefused, toolbarMove} from './article-link';
import styles from './styles.module.css';

const ICON = {width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, 'aria-hidden': true} as const;

/**
 * « Copier le lien » and « Imprimer / enregistrer en PDF » for an article: one
 * toolbar (a single Tab stop, arrows between its buttons), in French, using only
 * the browser (clipboard, print dialog). The result of a copy is announced.
 */
export default function ArticleActions(): ReactNode {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');

  const copyLink = async () => {
    const link = articleLink(window.location);
    try {
      await navigator.clipboard.writeText(link);
      setStatus(COPIED);
    } catch {
      setStatus(copyRefused(link));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = toolbarMove(event.key, active, buttons.current.length);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };
  const actions = [
    {
      label: 'Copier le lien',
      onClick: () => void copyLink(),
      icon: (
        <svg {...ICON}>
          <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
          <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
        </svg>
      ),
    },
    {
      label: 'Imprimer / enregistrer en PDF',
      onClick: () => window.print(),
      icon: (
        <svg {...ICON}>
          <path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2" />
          <path d="M6 14h12v7H6z" />
        </svg>
      ),
    },
  ];
  return (
    <div className={`${styles.actions} boussole-print-hidden`}>
      <div role="toolbar" aria-label="Partager ou imprimer l’article" className={styles.toolbar} onKeyDown={onKeyDown}>
        {actions.map(({label, onClick, icon}, index) => (
          <button
            key={label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === active ? 0 : -1}
            onFocus={() => setActive(index)}
            onClick={onClick}
            className={`button button--sm button--outline button--primary ${styles.action}`}>
            {icon}
            {label}
          </button>
        ))}
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
