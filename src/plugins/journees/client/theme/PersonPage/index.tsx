import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from '../../components/styles.module.css';
import type {PersonView} from '../../../types';

export default function PersonPage({data: person}: {data: PersonView}): React.ReactElement {
  return (
    <Layout title={person.name} description={`${person.name} : ${person.role}.`}>
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{person.name}</Heading>
        <p>{person.role}</p>
        <Heading as="h2">Repères sourcés</Heading>
        <p>Chaque repère est suivi de la source qui l’indique&nbsp;; rien d’autre n’est affirmé sur cette personne.</p>
        <ul>
          {person.facts.map((fact) => (
            <li key={fact.text}>
              {fact.text} <small>(source&nbsp;: {fact.url ? <a href={fact.url}>{fact.source}</a> : fact.source})</small>
            </li>
          ))}
        </ul>
        {(person.grandTemoinOf.length > 0 || person.sessions.length > 0) && (
          <>
            <Heading as="h2">Aux journées</Heading>
            <ul>
              {person.grandTemoinOf.map((day) => (
                <li key={day.permalink}>
                  Grand témoin de la journée du <Link to={day.permalink}>{day.dayLabel}</Link>
                </li>
              ))}
              {person.sessions.map((session) => (
                <li key={session.permalink}>
                  <Link to={session.permalink}>{session.title}</Link> ({session.dayLabel})
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </Layout>
  );
}
