import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {EntryPoints, type EntryPoint} from '@site/src/components/Home';
import {DayFactsList} from '@site/src/plugins/journees/client/components/parts';
import {useDaysData} from '@site/src/plugins/journees/client/data';
import styles from './index.module.css';

const movements: EntryPoint[] = [
  {
    title: 'Faire groupe',
    to: '/themes/faire-groupe',
    text: 'Une fois la structure juridique en place, construire une culture commune, aligner les équipes de direction et mener des projets partagés sans effacer l’identité de chaque organisme.',
  },
  {
    title: 'Faire écosystème',
    to: '/themes/faire-ecosysteme',
    text: 'Travailler avec les collectivités, les autres bailleurs et les associations du territoire, et élargir les rôles que l’on y tient.',
  },
];

const regroupingForms: EntryPoint[] = [
  {
    title: 'Fusion',
    to: '/themes/se-regrouper/fusion',
    text: 'Réunir plusieurs organismes en un seul, y compris l’absorption d’un office public.',
  },
  {
    title: 'Adossement à un groupe',
    to: '/themes/se-regrouper/adossement-groupe-capitaliste',
    text: 'Rejoindre un groupe dont une société contrôle les autres.',
  },
  {
    title: 'Société de coordination',
    to: '/themes/se-regrouper/societe-de-coordination',
    text: 'Former un groupe horizontal, détenu par les organismes qui le composent.',
  },
  {
    title: 'Partenariats locaux',
    to: '/themes/faire-ecosysteme/partenariats-inter-bailleurs-et-gie',
    text: 'Politique locale de l’habitat, associations, groupements inter-bailleurs, GIE.',
  },
];

export default function Home(): React.ReactElement {
  // The day's facts come from src/data (days plugin), the most recent day first.
  const day = useDaysData().days[0];
  return (
    <Layout
      title="Accueil"
      description="Boussole, centre de ressources de la journée du 22 mars 2022 sur les regroupements de bailleurs sociaux et les politiques locales de l’habitat.">
      <header className={styles.hero}>
        <div className="container">
          <p className={styles.kicker}>Centre de ressources</p>
          <Heading as="h1" className={styles.title}>
            Boussole
          </Heading>
          <p className={styles.lead}>
            Des repères sourcés pour les bailleurs sociaux qui se sont regroupés après la loi ELAN
            et qui doivent maintenant faire vivre leur groupe tout en restant ancrés dans leurs
            territoires.
          </p>
        </div>
      </header>
      <main id="contenu" className="container margin-vert--lg">
        {day && (
          <section aria-labelledby="journee" className={styles.day}>
            <Heading as="h2" id="journee">
              La journée du {day.dateLabel.replace(/^\S+ /, '')}
            </Heading>
            <p className={styles.dayTitle}>«&nbsp;{day.title}&nbsp;»</p>
            {day.question && <p className={styles.question}>{day.question}</p>}
            <p>{day.description}</p>
            <DayFactsList day={day} className={styles.facts} grandTemoin={day.grandTemoin} />
            <p>
              <Link className="button button--primary" to={day.permalink}>
                Voir la journée et ses supports
              </Link>
            </p>
          </section>
        )}

        <section aria-labelledby="mouvements">
          <Heading as="h2" id="mouvements">
            Deux mouvements à conduire
          </Heading>
          <EntryPoints items={movements} />
        </section>

        <section aria-labelledby="formes">
          <Heading as="h2" id="formes">
            Se regrouper : les formes et les partenariats
          </Heading>
          <EntryPoints items={regroupingForms} />
        </section>

        <section aria-labelledby="conformite">
          <Heading as="h2" id="conformite" className={styles.small}>
            Accessibilité
          </Heading>
          <p>
            Ce site est <Link to="/accessibilite">partiellement conforme</Link> au référentiel général
            d’amélioration de l’accessibilité (RGAA 4.1).
          </p>
        </section>
      </main>
    </Layout>
  );
}
