/**
 * Loads and validates the data root:
 *   <dataDir>/journees/<day-id>.yml    one file per day (sessions and resources inside)
 *   <dataDir>/personnes/<person-id>.yml one file per person
 *   <dataDir>/supports/<day-id>/*.pdf   the published files
 * Any problem throws one DataError naming the file, the field and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type * as z from 'zod';
import {DataError} from '../domain/errors';
import {daySchema, describeDataIssue, personSchema, type Day, type Model} from '../domain/data-schema';
import {parseParisDateTime} from '../domain/paris-time';

export function materialsDir(dataDir: string, dayId: string): string {
  return path.join(dataDir, 'supports', dayId);
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export function readYaml(file: string): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'), {prettyErrors: true});
  } catch (error) {
    throw new DataError(relative(file), '(fichier)', `YAML illisible : ${(error as Error).message.split('\n')[0]}`, 'Corrigez la syntaxe (indentation, deux-points, guillemets).');
  }
}

export function validate<Schema extends z.ZodType>(file: string, schema: Schema, raw: unknown): z.output<Schema> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const {field, problem, fix} = describeDataIssue(result.error, raw);
    throw new DataError(relative(file), field, problem, fix);
  }
  return result.data;
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

function checkUnique(file: string, field: string, ids: string[], what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      throw new DataError(relative(file), `${field}[${index}].id`, `identifiant « ${id} » en double`, `Chaque ${what} doit avoir un identifiant unique : renommez l’un des deux.`);
    }
    seen.add(id);
  });
}

function checkDate(file: string, field: string, value: string): Date {
  const instant = parseParisDateTime(value);
  if (!instant) {
    throw new DataError(relative(file), field, `date impossible (« ${value} » n’existe pas à Paris)`, 'Vérifiez le jour, le mois et l’heure (au passage à l’heure d’été, 2 h 00–2 h 59 n’existe pas).');
  }
  return instant;
}

function checkDay(file: string, day: Day, people: Set<string>, themes: Set<string>, dataDir: string): void {
  const name = relative(file);
  const expected = path.basename(file).replace(/\.ya?ml$/, '');
  if (day.id !== expected) {
    throw new DataError(name, 'id', `l’identifiant « ${day.id} » ne correspond pas au nom du fichier`, `Renommez le fichier en ${day.id}.yml ou mettez id: ${expected}.`);
  }
  const start = checkDate(file, 'start', day.start);
  const end = checkDate(file, 'end', day.end);
  if (end <= start) throw new DataError(name, 'end', 'la fin précède le début', 'Corrigez l’heure de fin.');
  const checkThemes = (field: string, list: string[]) =>
    list.forEach((theme, index) => {
      if (!themes.has(theme)) {
        throw new DataError(name, `${field}[${index}]`, `thème inconnu « ${theme} »`, `Utilisez un thème déclaré dans docs/tags.yml : ${[...themes].join(', ')}.`);
      }
    });
  const checkPerson = (field: string, id: string | undefined) => {
    if (id !== undefined && !people.has(id)) {
      throw new DataError(name, field, `personne inconnue « ${id} »`, `Créez src/data/personnes/${id}.yml ou corrigez l’identifiant.`);
    }
  };
  checkThemes('themes', day.themes);
  checkPerson('grandTemoin', day.grandTemoin);
  checkUnique(file, 'sessions', day.sessions.map((session) => session.id), 'session');
  checkUnique(file, 'resources', day.resources.map((resource) => resource.id), 'ressource');
  day.sessions.forEach((session, index) => {
    const field = `sessions[${index}]`;
    checkThemes(`${field}.themes`, session.themes);
    session.speakers.forEach((speaker, i) => checkPerson(`${field}.speakers[${i}]`, speaker));
    if (session.start && session.end) {
      const sessionStart = checkDate(file, `${field}.start`, session.start);
      const sessionEnd = checkDate(file, `${field}.end`, session.end);
      if (sessionEnd <= sessionStart) throw new DataError(name, `${field}.end`, 'la fin précède le début', 'Corrigez l’horaire de la session.');
    }
  });
  const sessionIds = new Set(day.sessions.map((session) => session.id));
  const files = new Set<string>();
  day.resources.forEach((resource, index) => {
    const field = `resources[${index}]`;
    if (resource.session !== undefined && !sessionIds.has(resource.session)) {
      throw new DataError(name, `${field}.session`, `session inconnue « ${resource.session} »`, `Utilisez l’identifiant d’une session de ce fichier : ${[...sessionIds].join(', ') || '(aucune session)'}.`);
    }
    checkPerson(`${field}.speaker`, resource.speaker);
    if (resource.releaseAt !== undefined) checkDate(file, `${field}.releaseAt`, resource.releaseAt);
    if (resource.file !== undefined) {
      if (files.has(resource.file)) {
        throw new DataError(name, `${field}.file`, `fichier « ${resource.file} » déjà utilisé par une autre ressource`, 'Chaque ressource a son propre fichier.');
      }
      files.add(resource.file);
      const location = path.join(materialsDir(dataDir, day.id), resource.file);
      if (!fs.existsSync(location)) {
        throw new DataError(name, `${field}.file`, `fichier introuvable (${relative(location)})`, 'Ajoutez le fichier avec « npm run publier », ou supprimez « file » pour annoncer la ressource comme « à paraître ».');
      }
    }
  });
}

export function loadModel(options: {dataDir: string; themes: string[]}): Model {
  const dataDir = path.resolve(options.dataDir);
  const themes = new Set(options.themes);
  const people: Model['people'] = [];
  for (const file of yamlFiles(path.join(dataDir, 'personnes'))) {
    const person = validate(file, personSchema, readYaml(file));
    const expected = path.basename(file).replace(/\.ya?ml$/, '');
    if (person.id !== expected) {
      throw new DataError(relative(file), 'id', `l’identifiant « ${person.id} » ne correspond pas au nom du fichier`, `Renommez le fichier en ${person.id}.yml ou mettez id: ${expected}.`);
    }
    people.push(person);
  }
  const personIds = new Set(people.map((person) => person.id));
  const days: Day[] = [];
  const dayFiles: Record<string, string> = {};
  for (const file of yamlFiles(path.join(dataDir, 'journees'))) {
    const day = validate(file, daySchema, readYaml(file));
    checkDay(file, day, personIds, themes, dataDir);
    days.push(day);
    dayFiles[day.id] = file;
  }
  days.sort((a, b) => b.start.localeCompare(a.start));
  return {dataDir, days, people, dayFiles};
}
