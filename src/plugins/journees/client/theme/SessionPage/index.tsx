import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {SessionView} from '../../../types';
import {shortDateLabel} from '../../../labels';
import {FileLink, PersonName, ResourceCard, SubscribeHint, ThemeList} from '../../components/parts';
import styles from '../../components/styles.module.css';

export default function SessionPage({data: session}: {data: SessionView}): React.ReactElement {
  const ended = session.dayPhase !== 'announced';
  // After the day, a session without a confirmed time simply shows none (no « non précisé »).
  const showTime = Boolean(session.timeLabel) || !ended;
  const hasFacts = showTime || Boolean(session.format) || session.speakers.length > 0;
  return (
    <Layout title={`${session.title} (${shortDateLabel(session.dayLabel)})`} description={session.description}>
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <nav aria-label="Fil d’Ariane">
          <Link to="/journees">Journées</Link> › <Link to={session.dayPermalink}>{session.dayLabel}</Link>
        </nav>
        <Heading as="h1">{session.title}</Heading>
        <p>
          Session de la journée du <Link to={session.dayPermalink}>{session.dayLabel}</Link>, «&nbsp;{session.dayTitle}&nbsp;».
        </p>
        {hasFacts && (
        <dl className={styles.facts}>
          {showTime && (
            <>
              <dt>Horaire</dt>
              <dd>{session.timeLabel ? <time dateTime={session.startIso}>{session.timeLabel}</time> : 'pas encore annoncé'}</dd>
            </>
          )}
          {session.format && (
            <>
              <dt>Format</dt>
              <dd>{session.format}</dd>
            </>
          )}
          {session.speakers.length > 0 && (
            <>
              <dt>Intervenants</dt>
              <dd>
                {session.speakers.map((speaker, index) => (
                  <React.Fragment key={speaker.id}>
                    {index > 0 && ', '}
                    <PersonName person={speaker} />
                  </React.Fragment>
                ))}
              </dd>
            </>
          )}
        </dl>
        )}
        {session.icsUrl && (
          <p>
            <FileLink href={session.icsUrl} className="button button--secondary">
              Ajouter cette session à mon agenda (.ics)
            </FileLink>
          </p>
        )}
        <Heading as="h2">De quoi il s’agit</Heading>
        <p>{session.description}</p>
        <ThemeList themes={session.themes} />
        {session.articles.length > 0 && (
          <>
            <Heading as="h2">Articles liés</Heading>
            <ul>
              {session.articles.map((article) => (
                <li key={article.permalink}>
                  <Link to={article.permalink}>{article.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <Heading as="h2">Compte rendu</Heading>
        {session.summary ? (
          <div>
            <p>
              <Link to={session.summary.permalink}>{session.summary.title}</Link>
            </p>
            <p>{session.summary.excerpt}</p>
          </div>
        ) : (
          <p>{ended ? 'L’organisateur n’a pas publié de compte rendu de cette session à ce jour.' : 'Compte rendu à paraître après la journée.'}</p>
        )}
        <Heading as="h2">Supports</Heading>
        {session.resources.length === 0 && <p>Aucun support n’est annoncé pour cette session.</p>}
        {session.resources.map((resource) => (
          <ResourceCard key={resource.id} resource={resource} />
        ))}
        {(!session.summary || session.resources.some((resource) => resource.state !== 'released')) && <SubscribeHint />}
      </main>
    </Layout>
  );
}
