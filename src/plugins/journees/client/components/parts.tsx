/** Small pieces shared by the days pages. */
import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {SUBSCRIBE_PATH} from '@site/src/domain/site-paths';
import type {DayStatement, PersonRef, ResourceView, ThemeInfo} from '../../types';
import styles from './styles.module.css';

export function ThemeList({themes}: {themes: ThemeInfo[]}): React.ReactElement | null {
  if (themes.length === 0) return null;
  return (
    <div className={styles.themes}>
      <span>Étiquettes&nbsp;:</span>
      <ul className={styles.tags}>
        {themes.map((theme) => (
          <li key={theme.id}>{theme.permalink ? <Link to={theme.permalink}>{theme.label}</Link> : <span>{theme.label}</span>}</li>
        ))}
      </ul>
    </div>
  );
}

export function PersonName({person}: {person: PersonRef}): React.ReactElement {
  const label = [person.name, person.affiliation ? `(${person.affiliation})` : ''].filter(Boolean).join(' ');
  return person.permalink ? <Link to={person.permalink}>{label}</Link> : <>{label}</>;
}

/** A plain <a> to a file written by postBuild (not a route, so not a <Link>). */
export function FileLink({href, children, download, className}: {href: string; children: React.ReactNode; download?: boolean; className?: string}): React.ReactElement {
  const url = useBaseUrl(href);
  return (
    <a href={url} download={download || undefined} className={className}>
      {children}
    </a>
  );
}

function Thumbnail({resource}: {resource: ResourceView}): React.ReactElement | null {
  const src = useBaseUrl(resource.thumbnailUrl ?? '/');
  if (!resource.thumbnailUrl) return null;
  return <img className={styles.thumbnail} src={src} alt={`Aperçu de la première page : ${resource.title}`} width={160} loading="lazy" decoding="async" />;
}

/** What a material not online yet says; the words follow the day's life cycle (props.ts). */
export function ReleaseNote({resource}: {resource: ResourceView}): React.ReactElement | null {
  if (resource.state === 'released' || !resource.pendingNote) return null;
  return <p className={styles.pending}>{resource.pendingNote}</p>;
}

/** Where a reader learns how to hear of new summaries and materials. */
export function SubscribeHint(): React.ReactElement {
  return (
    <p>
      Pour être prévenu quand un compte rendu ou un support paraît, <Link to={SUBSCRIBE_PATH}>abonnez-vous</Link> aux flux de Boussole.
    </p>
  );
}

/** What is known of a day and what is still expected, in plain sentences. */
export function DayStatementText({statement, className}: {statement: DayStatement; className?: string}): React.ReactElement {
  return (
    <div className={className}>
      <p>
        <strong>{statement.when}</strong> {statement.published}
      </p>
      {statement.expected && <p>{statement.expected}</p>}
    </div>
  );
}

/**
 * The PDF's extracted text, page by page: its text alternative (RGAA, office
 * documents). A page without a text layer shows the text recognised from its
 * image, said to be so: OCR can misread a word.
 */
function TextAlternative({resource, headingLevel}: {resource: ResourceView; headingLevel: 3 | 4 | 5}): React.ReactElement | null {
  if (!resource.pageTexts || resource.pageTexts.length === 0) return null;
  const PageHeading = `h${headingLevel}` as 'h3' | 'h4' | 'h5';
  const recognised = new Set(resource.recognisedPages ?? []);
  return (
    <details className={styles.textAlternative}>
      <summary>Version texte du document ({resource.pageTexts.length} page{resource.pageTexts.length === 1 ? '' : 's'})</summary>
      <p className={styles.textAlternativeNote}>Texte extrait automatiquement du PDF ; la mise en page et les images n’y figurent pas.</p>
      {resource.pageTexts.map((text, index) => (
        <section key={index}>
          <PageHeading className={styles.textAlternativePage}>Page {index + 1}</PageHeading>
          {recognised.has(index + 1) && <p className={styles.textAlternativeNote}>Texte reconnu automatiquement, peut contenir des erreurs.</p>}
          {text.trim() === '' ? (
            <p>
              <em>(page sans texte)</em>
            </p>
          ) : (
            <p lang={resource.language}>{text}</p>
          )}
        </section>
      ))}
    </details>
  );
}

export function ResourceCard({resource, showContext = false, headingLevel = 3}: {resource: ResourceView; showContext?: boolean; headingLevel?: 2 | 3 | 4}): React.ReactElement {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <article className={styles.resource} id={resource.anchor}>
      <Thumbnail resource={resource} />
      <div>
        <Heading className={styles.resourceTitle}>{resource.title}</Heading>
        <dl className={styles.meta}>
          <dt>Type</dt>
          <dd>{resource.kindLabel}</dd>
          {showContext && (
            <>
              <dt>Journée</dt>
              <dd>{resource.dayLabel}</dd>
              {resource.sessionPermalink && (
                <>
                  <dt>Session</dt>
                  <dd>
                    <Link to={resource.sessionPermalink}>{resource.sessionTitle}</Link>
                  </dd>
                </>
              )}
            </>
          )}
          {resource.speaker && (
            <>
              <dt>Intervenant</dt>
              <dd>
                <PersonName person={resource.speaker} />
              </dd>
            </>
          )}
          <dt>Langue</dt>
          <dd>{resource.language === 'fr' ? 'français' : resource.language}</dd>
          {resource.state === 'released' && (
            <>
              <dt>Format</dt>
              <dd>PDF, {resource.sizeLabel}, {resource.pageCount} page{resource.pageCount === 1 ? '' : 's'}</dd>
              {resource.releaseLabel && (
                <>
                  <dt>Publié le</dt>
                  <dd>
                    <time dateTime={resource.releaseIso}>{resource.releaseLabel}</time>
                  </dd>
                </>
              )}
              <dt>SHA-256</dt>
              <dd>
                <code className={styles.hash}>{resource.sha256}</code>
              </dd>
            </>
          )}
        </dl>
        <ReleaseNote resource={resource} />
        {resource.state === 'released' && resource.fileUrl && (
          <p>
            <FileLink href={resource.fileUrl} download className="button button--primary button--sm">
              Télécharger «&nbsp;{resource.title}&nbsp;» (PDF, {resource.sizeLabel})
            </FileLink>
          </p>
        )}
        <TextAlternative resource={resource} headingLevel={(headingLevel + 1) as 3 | 4 | 5} />
      </div>
    </article>
  );
}

/** The announced facts of a day, as a definition list (day page and home page). */
export function DayFactsList({day, grandTemoin, className}: {
  day: {startIso: string; dateLabel: string; timeLabel: string; placeLabel: string; organiser: string};
  grandTemoin?: React.ReactNode;
  className?: string;
}): React.ReactElement {
  return (
    <dl className={className}>
      <dt>Date</dt>
      <dd>
        <time dateTime={day.startIso}>{day.dateLabel}</time>, {day.timeLabel}
      </dd>
      <dt>Lieu</dt>
      <dd>{day.placeLabel}</dd>
      <dt>Organisation</dt>
      <dd>{day.organiser}</dd>
      {grandTemoin && (
        <>
          <dt>Grand témoin</dt>
          <dd>{grandTemoin}</dd>
        </>
      )}
    </dl>
  );
}
