/** Joi schemas of the data files, one per concept; messages are turned into French by `describeJoiError`. */
import {Joi} from '@docusaurus/utils-validation';
import type {ValidationError} from 'joi';
import {RESOURCE_KINDS} from './types';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = Joi.string().pattern(ID_PATTERN);
const dateTime = Joi.string().pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
const text = Joi.string().trim().min(1);

const fact = Joi.object({
  text: text.required(),
  source: text.required(),
  url: Joi.string().uri({scheme: ['https', 'http']}),
});

export const personSchema = Joi.object({
  id: id.required(),
  name: text.required(),
  role: text.required(),
  affiliation: text,
  facts: Joi.array().items(fact).default([]),
});

const session = Joi.object({
  id: id.required(),
  title: text.required(),
  description: text.required(),
  themes: Joi.array().items(id).default([]),
  format: text,
  start: dateTime,
  end: dateTime,
  speakers: Joi.array().items(id).default([]),
  articles: Joi.array().items(Joi.string().pattern(/^\/[^\s]*$/)).default([]),
}).and('start', 'end');

const resource = Joi.object({
  id: id.required(),
  title: text.required(),
  kind: Joi.string()
    .valid(...RESOURCE_KINDS)
    .required(),
  session: id,
  speaker: id,
  language: Joi.string().pattern(/^[a-z]{2}$/).default('fr'),
  releaseAt: dateTime,
  file: Joi.string().pattern(/^[a-z0-9][a-z0-9._-]*\.pdf$/),
});

export const daySchema = Joi.object({
  id: Joi.string().pattern(/^\d{4}-\d{2}-\d{2}(?:-[a-z0-9-]+)?$/).required(),
  title: text.required(),
  question: text,
  description: text.required(),
  start: dateTime.required(),
  end: dateTime.required(),
  place: Joi.object({city: text.required(), venue: text, note: text}).required(),
  organiser: text.required(),
  grandTemoin: id,
  status: Joi.string().valid('scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online').default('scheduled'),
  themes: Joi.array().items(id).default([]),
  sessions: Joi.array().items(session).default([]),
  resources: Joi.array().items(resource).default([]),
});

/** What to tell an editor for each kind of Joi failure. */
export function describeJoiError(error: ValidationError): {field: string; problem: string; fix: string} {
  const detail = error.details[0];
  const field = detail.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('') || '(racine)';
  const value = detail.context?.value;
  const shown = value === undefined ? '' : ` (valeur actuelle : ${JSON.stringify(value)})`;
  switch (detail.type) {
    case 'any.required':
      return {field, problem: 'champ obligatoire absent', fix: `Ajoutez le champ « ${detail.context?.key} ».`};
    case 'object.unknown':
      return {field, problem: 'champ inconnu', fix: 'Supprimez-le ou corrigez son nom (voir le guide de publication).'};
    case 'object.and':
      return {field, problem: 'un horaire doit avoir un début (start) et une fin (end)', fix: 'Indiquez les deux ou aucun.'};
    case 'any.only':
      return {field, problem: `valeur non reconnue${shown}`, fix: `Valeurs possibles : ${(detail.context?.valids ?? []).join(', ')}.`};
    case 'string.pattern.base':
      if (/start|end|releaseAt/.test(field)) {
        return {field, problem: `date mal formée${shown}`, fix: 'Écrivez la date et l’heure de Paris sous la forme AAAA-MM-JJTHH:MM, par exemple 2022-03-22T16:30.'};
      }
      if (/file$/.test(field)) {
        return {field, problem: `nom de fichier refusé${shown}`, fix: 'Utilisez un nom en minuscules sans espace ni accent, terminé par .pdf (la commande « npm run publier » le fait pour vous).'};
      }
      return {field, problem: `identifiant mal formé${shown}`, fix: 'Utilisez des minuscules non accentuées, des chiffres et des tirets, par exemple « faire-groupe ».'};
    case 'string.empty':
    case 'string.min':
      return {field, problem: 'texte vide', fix: 'Écrivez un texte ou supprimez le champ s’il est facultatif.'};
    default:
      return {field, problem: `valeur invalide${shown} (${detail.message})`, fix: 'Corrigez la valeur (voir le guide de publication).'};
  }
}
