/**
 * The organiser's data as editors write it (YAML under the data root): one
 * schema per concept, and the TypeScript types derived from them, so the
 * shape is written once. `describeDataIssue` turns a failure into the field,
 * the problem and the fix, in French, for editors.
 */
import * as z from 'zod';
import {RESOURCE_KINDS, type ResourceKind} from './resource-kinds';

export {KIND_LABELS, RESOURCE_KINDS, type ResourceKind} from './resource-kinds';
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A Paris wall-clock time, "2022-03-22T16:30" (see paris-time.ts). */
export const PARIS_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const PDF_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*\.pdf$/;
const DAY_ID_PATTERN = /^\d{4}-\d{2}-\d{2}(?:-[a-z0-9-]+)?$/;

const id = z.string().regex(ID_PATTERN);
const dateTime = z.string().regex(PARIS_DATE_TIME_PATTERN);
const text = z.string().trim().min(1);

const sourcedFactSchema = z.strictObject({
  text,
  /** Who says so, e.g. "News Tank Cities, 21 août 2023". */
  source: text,
  url: z.url({protocol: /^https?$/}).optional(),
});

export const personSchema = z.strictObject({
  id,
  name: text,
  role: text,
  affiliation: text.optional(),
  /** Short bio: sourced facts only. */
  facts: z.array(sourcedFactSchema).default([]),
});

const sessionSchema = z
  .strictObject({
    id,
    title: text,
    description: text,
    themes: z.array(id).default([]),
    format: text.optional(),
    /** Paris wall-clock times, both or neither. */
    start: dateTime.optional(),
    end: dateTime.optional(),
    speakers: z.array(id).default([]),
    /** Site paths of related articles, e.g. "/themes/faire-groupe". */
    articles: z.array(z.string().regex(/^\/\S*$/)).default([]),
  })
  .refine((session) => (session.start === undefined) === (session.end === undefined), {
    message: 'start-and-end',
    path: ['start'],
  });

export const resourceSchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(RESOURCE_KINDS) satisfies z.ZodType<ResourceKind>,
  session: id.optional(),
  speaker: id.optional(),
  language: z.string().regex(/^[a-z]{2}$/).default('fr'),
  /** Paris wall-clock time after which the file may be published. */
  releaseAt: dateTime.optional(),
  /** File name inside the day's materials folder; absent while the resource is only announced. */
  file: z.string().regex(PDF_NAME_PATTERN).optional(),
});

export const daySchema = z.strictObject({
  id: z.string().regex(DAY_ID_PATTERN),
  title: text,
  question: text.optional(),
  description: text,
  start: dateTime,
  end: dateTime,
  place: z.strictObject({city: text, venue: text.optional(), note: text.optional()}),
  organiser: text,
  grandTemoin: id.optional(),
  status: z.enum(EVENT_STATUSES).default('scheduled'),
  themes: z.array(id).default([]),
  sessions: z.array(sessionSchema).default([]),
  resources: z.array(resourceSchema).default([]),
});

export type Person = z.output<typeof personSchema>;
export type SourcedFact = Person['facts'][number];
export type Day = z.output<typeof daySchema>;
export type Session = Day['sessions'][number];
export type Resource = z.output<typeof resourceSchema>;
export type EventStatus = Day['status'];
export type Place = Day['place'];

/** The validated data root. */
export interface Model {
  /** Absolute path of the data root. */
  dataDir: string;
  /** Most recent first. */
  days: Day[];
  people: Person[];
  /** Absolute path of each day file, for messages and edits. */
  dayFiles: Record<string, string>;
}

export interface DataIssue {
  field: string;
  problem: string;
  fix: string;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${String(part)}` : String(part))).join('') || '(racine)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** What to tell an editor for the first problem of a failed validation of `input`. */
export function describeDataIssue(error: z.ZodError, input: unknown): DataIssue {
  const issue = error.issues[0];
  const value = valueAt(input, issue.path);
  const shown = value === undefined ? '' : ` (valeur actuelle : ${JSON.stringify(value)})`;
  if (issue.code === 'unrecognized_keys') {
    return {field: fieldOf([...issue.path, issue.keys[0]]), problem: 'champ inconnu', fix: 'Supprimez-le ou corrigez son nom (voir le guide de publication).'};
  }
  const field = fieldOf(issue.path);
  if (issue.code === 'invalid_type' && value === undefined) {
    return {field, problem: 'champ obligatoire absent', fix: `Ajoutez le champ « ${String(issue.path[issue.path.length - 1])} ».`};
  }
  if (issue.code === 'custom' && issue.message === 'start-and-end') {
    return {field, problem: 'un horaire doit avoir un début (start) et une fin (end)', fix: 'Indiquez les deux ou aucun.'};
  }
  if (issue.code === 'invalid_value') {
    return {field, problem: `valeur non reconnue${shown}`, fix: `Valeurs possibles : ${issue.values.join(', ')}.`};
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') {
    if (/(^|\.)(start|end|releaseAt)$/.test(field)) {
      return {field, problem: `date mal formée${shown}`, fix: 'Écrivez la date et l’heure de Paris sous la forme AAAA-MM-JJTHH:MM, par exemple 2022-03-22T16:30.'};
    }
    if (/(^|\.)file$/.test(field)) {
      return {field, problem: `nom de fichier refusé${shown}`, fix: 'Utilisez un nom en minuscules sans espace ni accent, terminé par .pdf (la commande « npm run publier » le fait pour vous).'};
    }
    return {field, problem: `identifiant mal formé${shown}`, fix: 'Utilisez des minuscules non accentuées, des chiffres et des tirets, par exemple « faire-groupe ».'};
  }
  if (issue.code === 'too_small' && typeof value === 'string') {
    return {field, problem: 'texte vide', fix: 'Écrivez un texte ou supprimez le champ s’il est facultatif.'};
  }
  return {field, problem: `valeur invalide${shown} (${issue.message})`, fix: 'Corrigez la valeur (voir le guide de publication).'};
}
