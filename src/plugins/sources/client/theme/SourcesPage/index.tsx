import React from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {SourcesPageData, SourceView} from '../../../types';
import styles from './styles.module.css';

function Source({source}: {source: SourceView}): React.ReactElement {
  // Footnotes link to each entry (`/sources#id`): the broken-anchor check must know the ids.
  useBrokenLinks().collectAnchor(source.id);
  return (
    <li id={source.id} className={styles.source}>
      <p className={styles.title}>
        <cite>{source.url ? <Link href={source.url}>{source.title}</Link> : source.title}</cite>
      </p>
      <p className={styles.meta}>
        {source.kindLabel}
        {[source.by, ...source.details].filter(Boolean).map((part) => ` · ${part}`)}
        {!source.url && ' · sans adresse en ligne'}
      </p>
      {source.note && <p className={styles.note}>{source.note}</p>}
      <p className={styles.citedLabel}>Cité dans&nbsp;:</p>
      <ul className={styles.citedBy}>
        {source.citedBy.map((page) => (
          <li key={page.permalink}>
            <Link to={page.permalink}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

export default function SourcesPage({data}: {data: SourcesPageData}): React.ReactElement {
  const share = data.total === 0 ? 0 : Math.round((100 * data.withUrl) / data.total);
  return (
    <Layout title="Sources" description="Toutes les sources citées par les articles de Boussole : textes, rapports, jurisprudence, études, presse, avec les pages qui les citent.">
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Sources</Heading>
        <p>
          Les articles de Boussole s’appuient sur {data.total} sources, dont {data.withUrl} ({share}&nbsp;%) ont une adresse que chacun peut ouvrir. Chaque article se termine par la liste numérotée
          des sources qu’il cite ; cette page les réunit toutes, avec, pour chacune, la date de la version lue et la date de consultation, et les pages qui la citent.
        </p>
        <nav aria-labelledby="sources-sommaire">
          <p id="sources-sommaire" className={styles.tocTitle}>
            Par type de source
          </p>
          <ul>
            {data.groups.map((group) => (
              <li key={group.id}>
                <Link href={`#${group.id}`}>{group.label}</Link> ({group.sources.length})
              </li>
            ))}
          </ul>
        </nav>
        {data.groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id}>
            <Heading as="h2" id={group.id}>
              {group.label}
            </Heading>
            <ul className={styles.sources}>
              {group.sources.map((source) => (
                <Source key={source.id} source={source} />
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
