import React, {useMemo, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {countLabel, EMPTY_FILTER, matchesFilter, type ResourceFilter} from '@site/src/domain/resource-filter';
import {KIND_LABELS, RESOURCE_KINDS} from '@site/src/domain/resource-kinds';
import {RESOURCES_DESCRIPTION} from '../../../labels';
import type {ResourceView} from '../../../types';
import {ResourceCard, SubscribeHint} from '../../components/parts';
import styles from '../../components/styles.module.css';

interface Option {
  id: string;
  label: string;
}

interface ResourcesData {
  resources: ResourceView[];
  days: Option[];
  sessions: (Option & {dayId: string})[];
  themes: Option[];
}

function Select({label, value, options, onChange, allLabel}: {label: string; value: string; options: Option[]; onChange: (value: string) => void; allLabel: string}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function ResourcesPage({data}: {data: ResourcesData}): React.ReactElement {
  const [filter, setFilter] = useState<ResourceFilter>(EMPTY_FILTER);
  const visible = useMemo(() => data.resources.filter((resource) => matchesFilter(resource, filter)), [data.resources, filter]);
  const sessions = data.sessions.filter((session) => !filter.day || session.dayId === filter.day);
  const update = (field: keyof ResourceFilter) => (value: string) =>
    setFilter((current) => ({...current, [field]: value, ...(field === 'day' ? {session: ''} : {})}));
  const released = data.resources.filter((resource) => resource.state === 'released').length;
  return (
    <Layout title="Ressources" description={RESOURCES_DESCRIPTION}>
      <main id="contenu" className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Ressources</Heading>
        <p>
          Les supports des journées, publiés après chaque événement. Chaque fichier indique son format, sa taille, son nombre de pages et son empreinte SHA-256 pour vérifier son intégrité.
        </p>
        {released === 0 && (
          <p className={styles.notice}>
            Aucun support n’est encore en ligne&nbsp;: ceux qui ont été annoncés figurent ci-dessous, chacun avec ce qu’on en sait.
          </p>
        )}
        <fieldset className={styles.filters}>
          <legend>Filtrer les ressources</legend>
          <Select label="Journée" value={filter.day} options={data.days} onChange={update('day')} allLabel="Toutes les journées" />
          <Select label="Session" value={filter.session} options={sessions} onChange={update('session')} allLabel="Toutes les sessions" />
          <Select label="Étiquette" value={filter.theme} options={data.themes} onChange={update('theme')} allLabel="Toutes les étiquettes" />
          <Select label="Type" value={filter.kind} options={RESOURCE_KINDS.map((kind) => ({id: kind, label: KIND_LABELS[kind]}))} onChange={update('kind')} allLabel="Tous les types" />
        </fieldset>
        <p role="status" aria-live="polite" aria-atomic="true" data-testid="resource-count">
          {countLabel(visible.length)}
        </p>
        <ul className={styles.list}>
          {visible.map((resource) => (
            <li key={resource.anchor}>
              <ResourceCard resource={resource} showContext headingLevel={2} />
            </li>
          ))}
        </ul>
        <SubscribeHint />
      </main>
    </Layout>
  );
}
