/**
 * The publishing workflow of `npm run publier`: every check happens
 * before anything is written, then the PDF and the day file are written
 * through temp files + rename, so a refusal or a crash leaves nothing half-done.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {CommandError} from '../domain/errors';
import {KIND_LABELS, RESOURCE_KINDS, type Model, type Resource, type ResourceKind} from '../domain/data-schema';
import {formatParisDateTime, formatSize} from '../domain/french-format';
import {parseParisDateTime} from '../domain/paris-time';
import {safePdfName, slugify} from '../domain/slug';
import {materialsDir} from '../adapters/data-files';
import {safeJoin, writeAtomically} from '../adapters/files';
import {hasPdfMagic, inspectPdf, PdfError, type PdfFacts} from '../adapters/pdf';
import {findSession} from './sessions';

export const DEFAULT_MAX_MEGABYTES = 50;

export interface PublishRequest {
  source: string;
  session: string;
  title?: string;
  kind?: string;
  speaker?: string;
  releaseAt?: string;
  language?: string;
  force?: boolean;
  maxMegabytes?: number;
}

export interface PublishPlan {
  dayId: string;
  dayFile: string;
  target: string;
  resource: Resource;
  replaces: boolean;
  facts: PdfFacts;
  bytes: Buffer;
  summary: string;
}

function titleFromName(name: string): string {
  const words = name.replace(/\.pdf$/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export async function planPublication(model: Model, request: PublishRequest, now: Date): Promise<PublishPlan> {
  const found = findSession(model, request.session);
  if ('error' in found) throw new CommandError(`Refusé : ${found.error}`);
  const {day, session} = found;

  const source = path.resolve(request.source);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) throw new CommandError(`Refusé : le fichier ${request.source} n’existe pas.`);
  const limit = (request.maxMegabytes ?? DEFAULT_MAX_MEGABYTES) * 1024 * 1024;
  const size = fs.statSync(source).size;
  if (size > limit) {
    throw new CommandError(`Refusé : ${request.source} pèse ${formatSize(size)}, au-delà de la limite de ${formatSize(limit)}. Compressez le PDF ou relevez la limite avec --taille-max <Mo>.`);
  }
  const bytes = fs.readFileSync(source);
  if (!hasPdfMagic(bytes)) throw new CommandError(`Refusé : ${request.source} n’est pas un PDF (il ne commence pas par %PDF-). Exportez le document en PDF.`);
  let facts: PdfFacts;
  try {
    facts = await inspectPdf(bytes, request.source);
  } catch (error) {
    if (error instanceof PdfError) throw new CommandError(`Refusé : ${error.message}`);
    throw error;
  }

  const kind = (request.kind ?? 'slides') as ResourceKind;
  if (!RESOURCE_KINDS.includes(kind)) throw new CommandError(`Refusé : type « ${request.kind} » inconnu. Types possibles : ${RESOURCE_KINDS.join(', ')}.`);
  if (request.speaker !== undefined && !model.people.some((person) => person.id === request.speaker)) {
    throw new CommandError(`Refusé : intervenant « ${request.speaker} » inconnu. Créez d’abord src/data/personnes/${request.speaker}.yml (voir le guide de publication).`);
  }
  let release: Date | null = null;
  if (request.releaseAt !== undefined) {
    release = parseParisDateTime(request.releaseAt);
    if (!release || !/T\d{2}:\d{2}$/.test(request.releaseAt)) {
      throw new CommandError(`Refusé : --apres « ${request.releaseAt} » n’est pas une date et heure de Paris valide. Écrivez-la ainsi : 2022-03-22T16:30.`);
    }
  }

  const name = safePdfName(path.basename(source));
  const folder = materialsDir(model.dataDir, day.id);
  const target = name ? safeJoin(folder, name) : null;
  if (!name || !target) throw new CommandError(`Refusé : le nom « ${path.basename(source)} » ne permet pas de créer un nom de fichier sûr. Renommez le fichier (lettres et chiffres).`);
  const id = slugify(name.replace(/\.pdf$/, ''));
  const existing = day.resources.find((resource) => resource.id === id || resource.file === name);
  if ((fs.existsSync(target) || existing) && !request.force) {
    throw new CommandError(`Refusé : ${path.relative(process.cwd(), target)} ou la ressource « ${id} » existe déjà. Ajoutez --force pour la remplacer.`);
  }

  const resource: Resource = {
    id,
    title: request.title?.trim() || existing?.title || titleFromName(name),
    kind,
    session: session.id,
    ...(request.speaker ? {speaker: request.speaker} : {}),
    language: request.language ?? 'fr',
    ...(request.releaseAt ? {releaseAt: request.releaseAt} : {}),
    file: name,
  };
  const when = release && release.getTime() > now.getTime() ? `en ligne à partir du ${formatParisDateTime(release)}` : 'en ligne dès la prochaine construction du site';
  const summary = [
    `${existing ? 'Remplacement' : 'Publication'} de « ${resource.title} » (${KIND_LABELS[kind]}, PDF, ${facts.pageCount} page${facts.pageCount > 1 ? 's' : ''}, ${formatSize(facts.size)})`,
    `  session : ${session.title} (${day.id}/${session.id})`,
    `  fichier : ${path.relative(process.cwd(), target)}`,
    `  SHA-256 : ${facts.sha256}`,
    `  ${when}.`,
  ].join('\n');
  return {dayId: day.id, dayFile: model.dayFiles[day.id], target, resource, replaces: Boolean(existing), facts, bytes, summary};
}

/** The day file with the resource added (or replaced), comments and layout kept. */
export function dayFileWithResource(text: string, resource: Resource): string {
  const document = YAML.parseDocument(text);
  let resources = document.get('resources');
  if (!YAML.isSeq(resources)) {
    resources = document.createNode([]);
    document.set('resources', resources);
  }
  const sequence = resources as YAML.YAMLSeq;
  // "resources: []" is a flow sequence: switch to one block entry per resource, as editors write them.
  sequence.flow = false;
  const index = sequence.items.findIndex((item) => YAML.isMap(item) && (item.get('id') === resource.id || item.get('file') === resource.file));
  const node = document.createNode(resource);
  if (index >= 0) sequence.items[index] = node;
  else sequence.items.push(node);
  return document.toString({lineWidth: 0});
}

export function applyPublication(plan: PublishPlan): void {
  const newDayText = dayFileWithResource(fs.readFileSync(plan.dayFile, 'utf8'), plan.resource);
  fs.mkdirSync(path.dirname(plan.target), {recursive: true});
  writeAtomically(plan.target, plan.bytes);
  writeAtomically(plan.dayFile, newDayText);
}
