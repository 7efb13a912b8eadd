/**
 * What the legal pages show of the organiser: the details given, and one plain
 * sentence for those not given (never « à compléter », never an invented value).
 */
import React from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import {legalValue, missingSentence, type LegalField} from '@site/src/domain/organiser';
import {ORGANISER_PLUGIN_NAME} from '../name';
import type {OrganiserGlobalData} from '../types';

export function useOrganiser(): OrganiserGlobalData {
  return usePluginData(ORGANISER_PLUGIN_NAME) as OrganiserGlobalData;
}

/** An e-mail address or a web address, as a link. */
function ContactLink({value}: {value: string}): React.ReactElement {
  return <a href={value.includes('@') && !value.startsWith('http') ? `mailto:${value}` : value}>{value}</a>;
}

const LABELS: Record<LegalField, string> = {
  'publisher.name': 'Raison sociale',
  'publisher.legalForm': 'Forme juridique',
  'publisher.address': 'Siège',
  'publisher.registration': 'Immatriculation',
  'publisher.contact': 'Contact',
  publicationDirector: 'Direction de la publication',
  'host.name': 'Hébergeur',
  'host.address': 'Adresse',
  'host.contact': 'Contact',
  accessibilityContact: 'Contact accessibilité',
};
const CONTACTS = new Set<LegalField>(['publisher.contact', 'host.contact', 'accessibilityContact']);

/** The given details among `fields` as a list, then one sentence naming the others. */
export function OrganiserDetails({fields}: {fields: LegalField[]}): React.ReactElement {
  const {details} = useOrganiser();
  const given = fields.filter((field) => legalValue(details, field) !== undefined);
  const sentence = missingSentence(details.organiser, fields.filter((field) => !given.includes(field)));
  return (
    <>
      {given.length > 0 && (
        <ul>
          {given.map((field) => (
            <li key={field}>
              {LABELS[field]}&nbsp;: {CONTACTS.has(field) ? <ContactLink value={legalValue(details, field)!} /> : legalValue(details, field)}
            </li>
          ))}
        </ul>
      )}
      {sentence && <p>{sentence}</p>}
    </>
  );
}

/** The organiser's name, as the days announce it. */
export function OrganiserName(): React.ReactElement {
  return <>{useOrganiser().details.organiser}</>;
}
