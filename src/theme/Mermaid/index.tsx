import React, {type CSSProperties, type ReactNode} from 'react';
import type {DiagramProps} from '@site/src/plugins/diagrams/remark-diagrams';
import type {Timeline} from '@site/src/plugins/diagrams/timeline';
import styles from './styles.module.css';

/**
 * A Mermaid diagram drawn at build time (src/plugins/diagrams): its light and
 * dark SVG are put in the page as they are, and the colour mode shows one of
 * them (CSS only). No Mermaid code runs in the browser. On a phone the drawing
 * keeps legible labels and scrolls sideways in a keyboard-reachable region;
 * a timeline is shown as a list there instead.
 */
export default function Mermaid({light, dark, kind, title, width, timeline}: DiagramProps): ReactNode {
  const periods = timeline ? (JSON.parse(timeline) as Timeline) : undefined;
  const style = width ? ({'--diagram-width': `${width}px`} as CSSProperties) : undefined;
  return (
    <figure className={`boussole-diagram ${styles.figure}`} data-kind={kind} style={style}>
      <div
        className={`${styles.scroll} ${periods ? styles.wideOnly : ''}`}
        tabIndex={0}
        role="region"
        aria-label={title ? `Schéma : ${title}` : 'Schéma'}>
        <div className={`boussole-diagram__light ${styles.drawing}`} dangerouslySetInnerHTML={{__html: light}} />
        <div className={`boussole-diagram__dark ${styles.drawing}`} dangerouslySetInnerHTML={{__html: dark}} />
      </div>
      {periods && (
        <div className={`boussole-diagram__list ${styles.list}`}>
          {periods.title && <p className={styles.listTitle}>{periods.title}</p>}
          <ol>
            {periods.periods.map(({period, events}) => (
              <li key={period}>
                <strong>{period}</strong>
                <ul>
                  {events.map((event) => (
                    <li key={event}>{event}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      )}
    </figure>
  );
}
