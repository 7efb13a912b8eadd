import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {EntryPoints, type EntryPoint} from '@site/src/components/Home';
import {SUBSCRIBE_PATH} from '@site/src/domain/site-paths';
import {shortDateLabel} from '@site/src/plugins/journees/labels';
import {useDaysData} from '@site/src/plugins/journees/client/data';
import styles from './index.module.css';

/** A director's first question: does the obligation concern me, and which forms are open? */
const concerned: EntryPoint[] = [
  {
    title: 'Qui doit rejoindre un groupe\u00a0?',
    to: '/themes/se-regrouper/obligation-de-regroupement',
    text: 'Le seuil de 12\u00a0000 logements, l’échéance du 1er janvier 2021, les deux exemptions et ce qui attend un organisme resté seul.',
  },
  {
    title: 'Quelle forme choisir\u00a0?',
    to: '/themes/se-regrouper/comparer-les-formes',
    text: 'Fusion, adossement à un groupe ou société de coordination\u00a0: les trois voies comparées critère par critère.',
  },
];

/** The three themes, each framed by the question it answers, each leading to its landing page. */
const themes: EntryPoint[] = [
  {
    title: 'Se regrouper',
    to: '/themes/se-regrouper',
    text: 'Quelle forme donner au regroupement, et que prévoit la loi ELAN\u00a0?',
  },
  {
    title: 'Faire groupe',
    to: '/themes/faire-groupe',
    text: 'Une fois la structure en place, comment faire travailler ensemble les organismes réunis sans effacer l’identité de chacun\u00a0?',
  },
  {
    title: 'Faire écosystème',
    to: '/themes/faire-ecosysteme',
    text: 'Comment rester un acteur engagé de chaque territoire, avec les collectivités, les autres bailleurs et les associations\u00a0?',
  },
];

const orientation: EntryPoint[] = [
  {title: 'Glossaire', to: '/themes/glossaire', text: 'Les sigles et les notions (OPH, ESH, SAC, CUS, PLH…), de A à Z, avec leur texte de référence.'},
  {title: 'Repères chronologiques', to: '/themes/reperes-chronologiques', text: 'Les dates clés, de la loi ELAN aux derniers chiffres vérifiés, chacune avec sa source.'},
  {title: 'Ressources', to: '/ressources', text: 'Les supports des intervenants des journées, à mesure de leur publication.'},
  {title: 'Rechercher', to: '/recherche', text: 'Dans tous les articles, le glossaire, les journées et le texte des supports publiés.'},
  {title: 'S’abonner', to: SUBSCRIBE_PATH, text: 'Être prévenu des nouveaux articles et comptes rendus avec un lecteur de flux.'},
];

function DaySection(): React.ReactElement | null {
  // The most recent day; its phase and sentences come from the days plugin (src/domain/day-lifecycle).
  const day = useDaysData().days[0];
  if (!day) return null;
  return (
    <section aria-labelledby="journee" className={styles.day}>
      <Heading as="h2" id="journee">
        La journée du {shortDateLabel(day.dateLabel)}
      </Heading>
      <p className={styles.dayTitle}>«&nbsp;{day.title}&nbsp;»</p>
      {day.question && <p className={styles.question}>{day.question}</p>}
      <p>
        {day.statement.when} {day.statement.published}
      </p>
      {day.statement.expected && <p>{day.statement.expected}</p>}
      <p className={styles.actions}>
        <Link className="button button--primary" to={day.permalink}>
          {day.linkLabel}
        </Link>
        {day.phase !== 'published' && (
          <Link className="button button--secondary" to={SUBSCRIBE_PATH}>
            Être prévenu des publications
          </Link>
        )}
      </p>
    </section>
  );
}

export default function Home(): React.ReactElement {
  return (
    <Layout
      title="Accueil"
      description="Boussole, centre de ressources sur les regroupements de bailleurs sociaux et les politiques locales de l’habitat : l’obligation, les formes, les articles sourcés, la journée du 22 mars 2022.">
      <header className={styles.hero}>
        <div className="container">
          <p className={styles.kicker}>Centre de ressources</p>
          <Heading as="h1" className={styles.title}>
            Boussole
          </Heading>
          <p className={styles.lead}>
            Des repères sourcés pour les bailleurs sociaux qui se sont regroupés après la loi ELAN et qui doivent maintenant faire vivre leur groupe tout en
            restant ancrés dans leurs territoires.
          </p>
        </div>
      </header>
      <main id="contenu" className="container margin-vert--lg">
        <section aria-labelledby="concerne">
          <Heading as="h2" id="concerne">
            Suis-je concerné&nbsp;?
          </Heading>
          <p className={styles.intro}>
            Depuis la loi ELAN, un organisme d’HLM (office public, entreprise sociale pour l’habitat, coopérative ou fondation) qui gère moins de
            12&nbsp;000 logements sociaux doit appartenir à un groupe.
          </p>
          <EntryPoints items={concerned} />
        </section>

        <section aria-labelledby="themes">
          <Heading as="h2" id="themes">
            Les trois thèmes
          </Heading>
          <EntryPoints items={themes} />
        </section>

        <DaySection />

        <section aria-labelledby="orientation">
          <Heading as="h2" id="orientation">
            Pour s’orienter
          </Heading>
          <EntryPoints items={orientation} />
        </section>
      </main>
    </Layout>
  );
}
