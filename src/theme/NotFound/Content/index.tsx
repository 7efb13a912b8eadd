import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import styles from './styles.module.css';

/**
 * The French 404 page. Its search form is a plain GET to /recherche?q=…, so it
 * works without JavaScript and whatever search plugin serves that page.
 */
export default function NotFoundContent({className}: Props): React.ReactElement {
  const searchPage = useBaseUrl('/recherche');
  return (
    <main id="contenu" className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            Page introuvable
          </Heading>
          <p>
            L’adresse demandée ne correspond à aucune page de Boussole. Elle a peut-être été mal
            saisie, ou la page a changé de place.
          </p>
          <form className={styles.search} action={searchPage} method="get" role="search">
            <label htmlFor="recherche-404" className={styles.label}>
              Rechercher un sujet dans Boussole
            </label>
            <div className={styles.row}>
              <input
                id="recherche-404"
                className={styles.input}
                type="search"
                name="q"
                autoComplete="off"
                placeholder="Par exemple : société de coordination"
              />
              <button type="submit" className="button button--primary">
                Rechercher
              </button>
            </div>
          </form>
          <p>Vous pouvez aussi repartir de l’une de ces pages :</p>
          <ul>
            <li>
              <Link to="/">l’accueil de Boussole</Link> ;
            </li>
            <li>
              <Link to="/themes">les thèmes</Link> ;
            </li>
            <li>
              <Link to="/journees/2022-03-22">la journée du 22 mars 2022</Link> ;
            </li>
            <li>
              <Link to="/ressources">les ressources</Link>.
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
