import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {ARTICLES_PATH, MATERIALS_FEED_PATH, SUMMARIES_PATH} from '@site/src/domain/site-paths';
import {FileLink} from '@site/src/plugins/journees/client/components/parts';
import {useDaysData} from '@site/src/plugins/journees/client/data';

function FeedAddress({label, sitePath}: {label: string; sitePath: string}): React.ReactElement {
  const url = useBaseUrl(sitePath, {absolute: true});
  return (
    <li>
      {label}&nbsp;: <a href={url}>{url}</a>
    </li>
  );
}

/** How to follow Boussole: its feeds and the calendars of announced days, in plain French. */
export default function SubscribePage(): React.ReactElement {
  const upcoming = useDaysData().days.filter((day) => day.icsUrl);
  return (
    <Layout title="S’abonner" description="Suivre les publications de Boussole avec un lecteur de flux (RSS ou Atom) et ajouter les journées annoncées à son agenda.">
      <main id="contenu" className="container margin-vert--lg">
        <div className="markdown">
          <Heading as="h1">S’abonner</Heading>
          <p>
            Boussole n’envoie pas de lettre d’information et ne demande aucune adresse électronique. Pour être prévenu de ses nouvelles publications, abonnez-vous
            à ses flux&nbsp;: votre lecteur vous signale chaque nouvel article ou support, sans que le site sache qui le lit.
          </p>

          <Heading as="h2" id="flux">
            Le flux des articles et des comptes rendus
          </Heading>
          <p>
            Un flux est une adresse qu’un lecteur de flux consulte régulièrement pour vous montrer ce qui a paru. Celui de Boussole annonce les{' '}
            <Link to={ARTICLES_PATH}>articles de la rédaction</Link> et les <Link to={SUMMARIES_PATH}>comptes rendus</Link> des journées dès leur publication.
            Il existe en deux formats, RSS et Atom, qui contiennent les mêmes publications&nbsp;: choisissez celui que votre lecteur accepte (la plupart acceptent
            les deux).
          </p>
          <ul>
            <FeedAddress label="Flux RSS" sitePath={`${ARTICLES_PATH}/rss.xml`} />
            <FeedAddress label="Flux Atom" sitePath={`${ARTICLES_PATH}/atom.xml`} />
          </ul>
          <Heading as="h3" id="comment">
            Comment s’abonner
          </Heading>
          <ol>
            <li>Copiez l’une des deux adresses ci-dessus.</li>
            <li>
              Dans votre lecteur de flux (une application, un service en ligne, ou une messagerie qui sait lire les flux, comme Thunderbird), choisissez
              «&nbsp;ajouter un flux&nbsp;» ou «&nbsp;s’abonner&nbsp;» et collez l’adresse.
            </li>
            <li>Pour vous désabonner, supprimez le flux dans votre lecteur&nbsp;: le site n’a rien à effacer.</li>
          </ol>
          <p>
            Ouverte dans un navigateur, chaque adresse affiche la liste des dernières publications, lisible telle quelle.
          </p>

          <Heading as="h2" id="supports">
            Le flux des supports
          </Heading>
          <p>
            Un second flux annonce la mise en ligne de chaque support d’intervenant (diaporama, document), avec un lien vers sa fiche dans les{' '}
            <Link to="/ressources">ressources</Link>. Tant qu’aucun support n’est publié, il est vide&nbsp;: vous pouvez vous y abonner dès maintenant pour être
            prévenu du premier.
          </p>
          <ul>
            <FeedAddress label="Flux RSS des supports" sitePath={MATERIALS_FEED_PATH} />
          </ul>

          <Heading as="h2" id="agendas">
            Les journées dans votre agenda
          </Heading>
          <p>
            Tant qu’une journée est à venir, sa page propose un fichier d’agenda (.ics) que votre calendrier sait importer&nbsp;: il contient la date, les horaires
            annoncés et le lieu. Une fois la journée passée, ce fichier n’est plus proposé.
          </p>
          {upcoming.length === 0 ? (
            <p>Aucune journée n’est annoncée pour le moment&nbsp;: aucun fichier d’agenda n’est donc proposé.</p>
          ) : (
            <ul>
              {upcoming.map((day) => (
                <li key={day.id}>
                  <Link to={day.permalink}>{day.dateLabel}</Link>, «&nbsp;{day.title}&nbsp;»&nbsp;: <FileLink href={day.icsUrl!}>ajouter à mon agenda (.ics)</FileLink>
                </li>
              ))}
            </ul>
          )}

          <Heading as="h2" id="confidentialite">
            Ce que le site ne fait pas
          </Heading>
          <p>
            Ni compte, ni adresse électronique, ni mesure d’audience&nbsp;: s’abonner à un flux ne transmet rien sur vous à Boussole. Voir la page{' '}
            <Link to="/confidentialite">Confidentialité</Link>.
          </p>
        </div>
      </main>
    </Layout>
  );
}
