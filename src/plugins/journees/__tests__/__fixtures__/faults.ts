/**
 * Bad data as « the good base plus one fault »: each fault is one edit of a
 * temporary copy of `data/`, with the field and the problem the loader must
 * name. A new fault is a few lines here, not a twelfth copy of the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

export const FIXTURE_DATA = path.join(__dirname, 'data');
export const FIXTURE_DAY = '2030-06-14-essai';

type DayYaml = Record<string, unknown> & {sessions: Record<string, unknown>[]; resources: Record<string, unknown>[]};

export interface DataFault {
  name: string;
  /** The field the message must name. */
  field: string;
  problem: RegExp;
  /** File the message must name, relative to the data root. */
  file: string;
  apply: (dataDir: string) => void;
}

function editDay(edit: (day: DayYaml) => void): (dataDir: string) => void {
  return (dataDir) => {
    const file = path.join(dataDir, 'journees', `${FIXTURE_DAY}.yml`);
    const day = YAML.parse(fs.readFileSync(file, 'utf8')) as DayYaml;
    edit(day);
    fs.writeFileSync(file, YAML.stringify(day));
  };
}

const DAY_FILE = `journees/${FIXTURE_DAY}.yml`;

export const DATA_FAULTS: DataFault[] = [
  {name: 'duplicate-session', field: 'sessions[1].id', problem: /identifiant « ouverture » en double/, file: DAY_FILE, apply: editDay((day) => (day.sessions[1].id = 'ouverture'))},
  {name: 'unknown-session', field: 'resources[0].session', problem: /session inconnue « cloture »/, file: DAY_FILE, apply: editDay((day) => (day.resources[0].session = 'cloture'))},
  {name: 'malformed-release', field: 'resources[0].releaseAt', problem: /date mal formée/, file: DAY_FILE, apply: editDay((day) => (day.resources[0].releaseAt = '14/06/2030 17h'))},
  {name: 'nonexistent-time', field: 'resources[0].releaseAt', problem: /n’existe pas à Paris/, file: DAY_FILE, apply: editDay((day) => (day.resources[0].releaseAt = '2030-03-31T02:30'))},
  {name: 'missing-file', field: 'resources[0].file', problem: /fichier introuvable/, file: DAY_FILE, apply: editDay((day) => (day.resources[0].file = 'programme-essai.pdf'))},
  {name: 'unknown-theme', field: 'themes[1]', problem: /thème inconnu « logement-etudiant »/, file: DAY_FILE, apply: editDay((day) => (day.themes = ['faire-groupe', 'logement-etudiant']))},
  {name: 'unknown-person', field: 'sessions[0].speakers[0]', problem: /personne inconnue « intervenant-inconnu »/, file: DAY_FILE, apply: editDay((day) => (day.sessions[0].speakers = ['intervenant-inconnu']))},
  {
    name: 'person-id-mismatch',
    field: 'id',
    problem: /ne correspond pas au nom du fichier/,
    file: 'personnes/autre.yml',
    apply: (dataDir) => fs.copyFileSync(path.join(dataDir, 'personnes/intervenante-exemple.yml'), path.join(dataDir, 'personnes/autre.yml')),
  },
];

/** A temporary copy of the good data with `fault` applied; the caller removes it. */
export function dataWithFault(fault: DataFault): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `boussole-${fault.name}-`));
  fs.cpSync(FIXTURE_DATA, dataDir, {recursive: true});
  fault.apply(dataDir);
  return dataDir;
}
