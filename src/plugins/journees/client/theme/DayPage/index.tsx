import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {DayView, ResourceView} from '../../../types';
import {DayFactsList, DayStatementText, FileLink, PersonName, ResourceCard, SubscribeHint, ThemeList} from '../../components/parts';
import styles from '../../components/styles.module.css';

/** Materials announced but not online: one line each, not a card that promises a file. */
function PendingList({resources}: {resources: ResourceView[]}): React.ReactElement | null {
  if (resources.length === 0) return null;
  return (
    <ul>
      {resources.map((resource) => (
        <li key={resource.id} id={resource.anchor}>
          «&nbsp;{resource.title}&nbsp;», {resource.kindLabel.toLowerCase()}
          {resource.sessionTitle && resource.sessionPermalink && (
            <>
              {' '}de la session <Link to={resource.sessionPermalink}>{resource.sessionTitle}</Link>
            </>
          )}
          . {resource.pendingNote}
        </li>
      ))}
    </ul>
  );
}

export default function DayPage({data: day}: {data: DayView}): React.ReactElement {
  const {siteConfig} = useDocusaurusContext();
  const ogImage = siteConfig.url + useBaseUrl(day.ogImageUrl);
  const summaries = day.sessions.filter((session) => session.summary);
  const released = day.resources.filter((resource) => resource.state === 'released');
  const pending = day.resources.filter((resource) => resource.state !== 'released');
  const ended = day.phase !== 'announced';
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
        <DayStatementText statement={day.statement} className={styles.notice} />
        {day.question && <p>La question de la journée&nbsp;: {day.question}</p>}
        <p>{day.description}</p>
        <DayFactsList day={day} className={styles.facts} grandTemoin={day.grandTemoin && <PersonName person={day.grandTemoin} />} />
        {day.icsUrl && (
          <p>
            <FileLink href={day.icsUrl} className="button button--secondary">
              Ajouter à mon agenda (.ics)
            </FileLink>
          </p>
        )}
        <ThemeList themes={day.themes} />

        <section aria-labelledby="programme">
          <Heading as="h2" id="programme">
            Programme
          </Heading>
          <p>
            {ended
              ? 'Les temps de la journée, tels qu’ils avaient été annoncés.'
              : 'Les temps annoncés de la journée. Un horaire n’est indiqué que lorsqu’il a été confirmé.'}
          </p>
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
            <p>
              {ended
                ? 'L’organisateur n’a publié aucun compte rendu de cette journée à ce jour.'
                : 'Les comptes rendus des sessions sont publiés après la journée.'}
            </p>
          ) : (
            <ul>
              {day.sessions.map((session) => (
                <li key={session.id}>
                  {session.title}&nbsp;:{' '}
                  {session.summary ? <Link to={session.summary.permalink}>{session.summary.title}</Link> : 'pas de compte rendu publié'}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="supports">
          <Heading as="h2" id="supports">
            Supports
          </Heading>
          {released.length === 0 && (
            <p>{ended ? 'L’organisateur n’a publié aucun support de cette journée à ce jour.' : 'Les supports des intervenants sont publiés après la journée.'}</p>
          )}
          {day.zipUrl && (
            <p>
              <FileLink href={day.zipUrl} download className="button button--primary">
                Tout télécharger (zip)
              </FileLink>
            </p>
          )}
          {released.map((resource) => (
            <ResourceCard key={resource.id} resource={resource} showContext />
          ))}
          {pending.length > 0 && (
            <>
              <p>{pending.length === 1 ? 'Support annoncé, pas encore en ligne' : 'Supports annoncés, pas encore en ligne'}&nbsp;:</p>
              <PendingList resources={pending} />
            </>
          )}
          <p>
            <Link to="/ressources">Toutes les ressources</Link>
          </p>
        </section>
        {(pending.length > 0 || summaries.length < day.sessions.length) && <SubscribeHint />}
      </main>
    </Layout>
  );
}
