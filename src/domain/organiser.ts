/**
 * The organiser's legal and contact details (src/data/organisateur.yml), in
 * one validated place: the legal pages, the accessibility statement and the
 * privacy page read them. Every detail is optional, because none may be
 * invented: what the organiser has not given is listed by the build in one
 * warning and named to readers in a plain sentence.
 */
import * as z from 'zod';

const text = z.string().trim().min(1);
/** An e-mail address or a web address where the organiser can be reached. */
const contact = z.union([z.email(), z.url({protocol: /^https?$/})]);
/** Empty in YAML (`field:`) reads as null: the same as absent. */
const optional = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? undefined);

export const organiserSchema = z.strictObject({
  /** The organiser's name, as the days announce it. */
  organiser: text,
  publisher: z
    .strictObject({
      name: optional(text),
      legalForm: optional(text),
      address: optional(text),
      registration: optional(text),
      contact: optional(contact),
    })
    .nullish()
    .transform((value) => value ?? {}),
  publicationDirector: optional(text),
  host: z
    .strictObject({
      name: optional(text),
      address: optional(text),
      contact: optional(text),
    })
    .nullish()
    .transform((value) => value ?? {}),
  accessibilityContact: optional(contact),
});

export type OrganiserDetails = z.output<typeof organiserSchema>;

/** Every detail a legal page may show, with what a reader is told it is. */
export const LEGAL_FIELDS = {
  'publisher.name': 'la raison sociale de l’éditeur',
  'publisher.legalForm': 'la forme juridique de l’éditeur',
  'publisher.address': 'l’adresse du siège de l’éditeur',
  'publisher.registration': 'le numéro d’immatriculation de l’éditeur',
  'publisher.contact': 'un moyen de contacter l’éditeur',
  publicationDirector: 'le nom du directeur ou de la directrice de la publication',
  'host.name': 'le nom de l’hébergeur du site',
  'host.address': 'l’adresse de l’hébergeur',
  'host.contact': 'un moyen de contacter l’hébergeur',
  accessibilityContact: 'une adresse où signaler un défaut d’accessibilité',
} as const;

export type LegalField = keyof typeof LEGAL_FIELDS;
export const LEGAL_FIELD_NAMES = Object.keys(LEGAL_FIELDS) as LegalField[];

export function legalValue(details: OrganiserDetails, field: LegalField): string | undefined {
  const [group, key] = field.split('.');
  const value = key ? (details[group as 'publisher' | 'host'] as Record<string, string | undefined>)[key] : details[group as 'publicationDirector' | 'accessibilityContact'];
  return value ?? undefined;
}

/** The details the organiser has not given, in the order of LEGAL_FIELDS. */
export function missingLegalFields(details: OrganiserDetails): LegalField[] {
  return LEGAL_FIELD_NAMES.filter((field) => legalValue(details, field) === undefined);
}

/** « a, b et c » */
function frenchList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** A whole group missing reads as one phrase rather than five. */
const GROUPS: {prefix: string; label: string}[] = [
  {prefix: 'publisher.', label: 'l’identité et les coordonnées de l’éditeur (raison sociale, forme juridique, siège, immatriculation, contact)'},
  {prefix: 'host.', label: 'le nom et les coordonnées de l’hébergeur du site'},
];

/** The sentence readers see for details not given: « L’organisateur, X, n’a pas encore publié a, b et c. » */
export function missingSentence(organiser: string, fields: LegalField[]): string | undefined {
  if (fields.length === 0) return undefined;
  const labels: string[] = [];
  for (const field of fields) {
    const group = GROUPS.find(({prefix}) => field.startsWith(prefix));
    const wholeGroup = group && LEGAL_FIELD_NAMES.filter((name) => name.startsWith(group.prefix)).every((name) => fields.includes(name));
    const label = wholeGroup ? group.label : LEGAL_FIELDS[field];
    if (!labels.includes(label)) labels.push(label);
  }
  return `L’organisateur, ${organiser}, n’a pas encore publié ${frenchList(labels)}.`;
}

/** The build's warning for editors: one message, every missing field named with its key. */
export function missingWarning(file: string, fields: LegalField[]): string | undefined {
  if (fields.length === 0) return undefined;
  return [
    `Informations légales incomplètes dans ${file} : ${fields.length} champ${fields.length > 1 ? 's' : ''} sans valeur.`,
    ...fields.map((field) => `  - ${field} : ${LEGAL_FIELDS[field]}`),
    'Les pages légales disent aux lecteurs ce qui manque. Complétez ces champs avec les informations fournies par l’organisateur (voir le README, « Informations légales »).',
  ].join('\n');
}
