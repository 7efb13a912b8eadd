import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {DayView} from '../../../types';
import {DayFactsList, FileLink, PersonName, ResourceCard, ThemeList} from '../../components/parts';
import styles from '../../components/styles.module.css';

export default function DayPage({data: day}: {data: DayView}): React.ReactElement {
  const {siteConfig} = useDocusaurusContext();
  const ogImage = siteConfig.url + useBaseUrl(day.ogImageUrl);
  const summaries = day.sessions.filter((session) => session.summary);
  return (
    <Layout title={`La journée du ${day.dateLabel}`} description={day.description}>
      <Head>
        <meta property="og:image" content={ogImage} />
        <meta name="twitter:image" content={ogImage} />
        <meta property="og:image:width" content="1200" />
        <meta property="og:image:height" content="630" />
        <script type="application/ld+json">{day.jsonLd}</script>
      </Head>
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <p>
          <Link to="/journees">Toutes les journées</Link>
        </p>
        <Heading as="h1">La journée du {day.dateLabel}</Heading>
        <p className="text--lg">«&nbsp;{day.title}&nbsp;»</p>
        {day.question && <p>La question de la journée&nbsp;: {day.question}</p>}
        <p>{day.description}</p>
        <DayFactsList day={day} className={styles.facts} grandTemoin={day.grandTemoin && <PersonName person={day.grandTemoin} />} />
        <p>
          <FileLink href={day.icsUrl} className="button button--secondary">
            Ajouter à mon agenda (.ics)
          </FileLink>
        </p>
        <ThemeList themes={day.themes} />

        <section aria-labelledby="programme">
          <Heading as="h2" id="programme">
            Programme
          </Heading>
          <p>Les temps annoncés de la journée. Un horaire n’est indiqué que lorsqu’il a été confirmé.</p>
          <ul>
            {day.sessions.map((session) => (
              <li key={session.id}>
                <Link to={session.permalink}>{session.title}</Link>
                {session.timeLabel && <> — {session.timeLabel}</>}
                {session.speakers.length > 0 && <> — {session.speakers.map((speaker) => speaker.name).join(', ')}</>}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="comptes-rendus">
          <Heading as="h2" id="comptes-rendus">
            Comptes rendus
          </Heading>
          {summaries.length === 0 ? (
            <p className={styles.notice}>Compte rendu à paraître&nbsp;: aucun compte rendu de cette journée n’a encore été publié.</p>
          ) : (
            <ul>
              {day.sessions.map((session) => (
                <li key={session.id}>
                  {session.title}&nbsp;:{' '}
                  {session.summary ? <Link to={session.summary.permalink}>{session.summary.title}</Link> : 'compte rendu à paraître'}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="supports">
          <Heading as="h2" id="supports">
            Supports
          </Heading>
          {day.resources.every((resource) => resource.state !== 'released') && (
            <p className={styles.notice}>Aucun support n’a encore été publié pour cette journée.</p>
          )}
          {day.zipUrl && (
            <p>
              <FileLink href={day.zipUrl} download className="button button--primary">
                Tout télécharger (zip)
              </FileLink>
            </p>
          )}
          {day.resources.map((resource) => (
            <ResourceCard key={resource.id} resource={resource} showContext />
          ))}
          <p>
            <Link to="/ressources">Toutes les ressources</Link>
          </p>
        </section>
      </main>
    </Layout>
  );
}
