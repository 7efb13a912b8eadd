import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {DaysIndexEntry} from '../../../types';
import {DayStatementText} from '../../components/parts';
import styles from '../../components/styles.module.css';

export default function DaysIndexPage({data}: {data: {days: DaysIndexEntry[]}}): React.ReactElement {
  return (
    <Layout title="Les journées" description="Archive des journées : programme, grand témoin, comptes rendus et supports.">
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Les journées</Heading>
        <p>Chaque journée a sa page&nbsp;: programme, lieu, organisation, comptes rendus et supports.</p>
        <ul className={styles.list}>
          {data.days.map((day) => (
            <li key={day.id}>
              <Heading as="h2" className={styles.resourceTitle}>
                <Link to={day.permalink}>
                  {day.dateLabel} — «&nbsp;{day.title}&nbsp;»
                </Link>
              </Heading>
              <p>Lieu&nbsp;: {day.placeLabel}.</p>
              <DayStatementText statement={day.statement} />
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
