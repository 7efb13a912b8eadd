import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {SummariesPageData} from '../../../types';
import {SubscribeHint} from '../../components/parts';
import styles from '../../components/styles.module.css';

/**
 * « Comptes rendus »: the session summaries only, by day. When none is
 * published, it says so and points to where the editorial articles are.
 */
export default function SummariesPage({data}: {data: SummariesPageData}): React.ReactElement {
  const total = data.days.reduce((count, day) => count + day.summaries.length, 0);
  return (
    <Layout title="Comptes rendus" description="Les comptes rendus des sessions des journées, rédigés par leurs rapporteurs, classés par journée.">
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Comptes rendus</Heading>
        <p>Le compte rendu d’une session rapporte ce qui y a été dit ou montré&nbsp;; il est rédigé par le rapporteur de la session.</p>
        {total === 0 && (
          <p className={styles.notice}>
            Aucun compte rendu n’est publié à ce jour. Les textes de la rédaction (présentation de la journée, guides de lecture), qui ne sont pas des comptes
            rendus, sont dans les <Link to={data.articlesPath}>articles</Link>.
          </p>
        )}
        {data.days.map((day) => (
          <section key={day.id} aria-labelledby={`journee-${day.id}`}>
            <Heading as="h2" id={`journee-${day.id}`}>
              <Link to={day.permalink}>La journée du {day.dateLabel}</Link>
            </Heading>
            <p>«&nbsp;{day.title}&nbsp;»</p>
            {day.summaries.length === 0 ? (
              <p>
                {day.phase === 'announced'
                  ? 'Journée à venir\u00a0: ses comptes rendus seront publiés après la journée.'
                  : 'L’organisateur n’a publié aucun compte rendu de cette journée à ce jour.'}
              </p>
            ) : (
              <ul>
                {day.summaries.map((summary) => (
                  <li key={summary.permalink}>
                    <Link to={summary.permalink}>{summary.title}</Link> — session <Link to={summary.sessionPermalink}>«&nbsp;{summary.sessionTitle}&nbsp;»</Link>
                    <br />
                    {summary.excerpt}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <SubscribeHint />
      </main>
    </Layout>
  );
}
