import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

export interface EntryPoint {
  title: string;
  to: string;
  text: string;
}

/**
 * Cards whose whole surface is the link: the title's link stretches over the
 * card (::after), so the link's name stays the title alone.
 */
export function EntryPoints({items, headingLevel = 'h3'}: {items: EntryPoint[]; headingLevel?: 'h2' | 'h3'}): React.ReactElement {
  return (
    <ul className={styles.grid}>
      {items.map((item) => (
        <li key={item.to} className={styles.card}>
          <Heading as={headingLevel} className={styles.cardTitle}>
            <Link to={item.to} className={styles.cardLink}>
              {item.title}
            </Link>
          </Heading>
          <p>{item.text}</p>
        </li>
      ))}
    </ul>
  );
}
