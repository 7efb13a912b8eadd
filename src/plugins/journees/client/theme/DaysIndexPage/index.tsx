import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from '../../components/styles.module.css';

interface DayEntry {
  id: string;
  title: string;
  permalink: string;
  dateLabel: string;
  placeLabel: string;
  isPast: boolean;
  sessionCount: number;
  releasedCount: number;
}

export default function DaysIndexPage({data}: {data: {guide: string; days: DayEntry[]}}): React.ReactElement {
  return (
    <Layout title="Les journées" description="Archive des journées&nbsp;: programme, grand témoin, comptes rendus et supports.">
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Les journées</Heading>
        <p>Chaque journée a sa page&nbsp;: programme, lieu, organisation, comptes rendus et supports.</p>
        <ul>
          {data.days.map((day) => (
            <li key={day.id}>
              <Link to={day.permalink}>
                {day.dateLabel} — «&nbsp;{day.title}&nbsp;»
              </Link>{' '}
              ({day.placeLabel} ; {day.releasedCount === 0 ? 'aucun support publié' : `${day.releasedCount} support${day.releasedCount > 1 ? 's' : ''} publié${day.releasedCount > 1 ? 's' : ''}`})
            </li>
          ))}
        </ul>
        <p>
          Vous publiez des supports ou des comptes rendus&nbsp;? Lisez le <Link to={data.guide}>guide de publication</Link>.
        </p>
      </main>
    </Layout>
  );
}
