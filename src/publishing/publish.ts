/**
 * The publishing workflow of `npm run publier`: every check happens before
 * anything is written (plan), then the PDF and the day file are written, the
 * day file last; if a write fails, what was written is put back, so a refusal
 * or a failed write leaves the site as it was.
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
import {hasPdfMagic, inspectPdf, pagesWithoutText, PdfError, sha256, type PdfFacts} from '../adapters/pdf';
import {findSession} from './sessions';
import {pageList} from './text-recognition';

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

/** Where the resource's title comes from, said in the summary so the editor can change it. */
export type TitleSource = 'option' | 'existing' | 'metadata' | 'file-name';

export interface PublishPlan {
  dayId: string;
  dayFile: string;
  target: string;
  resource: Resource;
  titleSource: TitleSource;
  replaces: boolean;
  /** Facts of the file's text layer (before any text recognition). */
  facts: PdfFacts;
  /** Pages (from 1) without a text layer, whose text will be recognised. */
  pagesWithoutText: number[];
  bytes: Buffer;
  /** Paths in messages are relative to the site, as editors see them in the repository. */
  siteDir: string;
  sessionLabel: string;
  release: Date | null;
}

function titleFromName(name: string): string {
  const words = name.replace(/\.pdf$/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The resource already published with these very bytes (same SHA-256), other than the one being replaced. */
function samePublishedBytes(model: Model, hash: string, replaced: {dayId: string; id: string; file: string}): {file: string; label: string} | undefined {
  for (const day of model.days) {
    for (const resource of day.resources) {
      if (!resource.file || (day.id === replaced.dayId && (resource.id === replaced.id || resource.file === replaced.file))) continue;
      const file = path.join(materialsDir(model.dataDir, day.id), resource.file);
      if (fs.existsSync(file) && sha256(fs.readFileSync(file)) === hash) {
        return {file, label: `ressource « ${resource.id} »${resource.session ? `, session ${day.id}/${resource.session}` : `, journée ${day.id}`}`};
      }
    }
  }
  return undefined;
}

export async function planPublication(model: Model, request: PublishRequest, siteDir: string): Promise<PublishPlan> {
  const relative = (file: string) => path.relative(siteDir, file);
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
    throw new CommandError(`Refusé : ${relative(target)} ou la ressource « ${id} » existe déjà. Ajoutez --force pour la remplacer.`);
  }
  const twin = samePublishedBytes(model, facts.sha256, {dayId: day.id, id, file: name});
  if (twin && !request.force) {
    throw new CommandError(`Refusé : ce PDF est déjà publié à l’identique (même SHA-256) : ${relative(twin.file)} (${twin.label}). Ajoutez --force pour le publier une seconde fois.`);
  }

  const [title, titleSource]: [string, TitleSource] = request.title?.trim()
    ? [request.title.trim(), 'option']
    : existing?.title
      ? [existing.title, 'existing']
      : facts.title
        ? [facts.title, 'metadata']
        : [titleFromName(name), 'file-name'];
  const resource: Resource = {
    id,
    title,
    kind,
    session: session.id,
    ...(request.speaker ? {speaker: request.speaker} : {}),
    language: request.language ?? 'fr',
    ...(request.releaseAt ? {releaseAt: request.releaseAt} : {}),
    file: name,
  };
  return {
    dayId: day.id,
    dayFile: model.dayFiles[day.id],
    target,
    resource,
    titleSource,
    replaces: Boolean(existing),
    facts,
    pagesWithoutText: pagesWithoutText(facts),
    bytes,
    siteDir,
    sessionLabel: `${session.title} (${day.id}/${session.id})`,
    release,
  };
}

const TITLE_NOTES: Record<TitleSource, string | undefined> = {
  option: undefined,
  existing: 'celui déjà enregistré ; changez-le avec --titre',
  metadata: 'repris des propriétés du PDF ; changez-le avec --titre',
  'file-name': 'tiré du nom du fichier ; changez-le avec --titre',
};

/** What the command prints once the publication is written. */
export function publicationSummary(plan: PublishPlan, now: Date, recognised?: PdfFacts): string {
  const {resource, facts, release} = plan;
  const when = release && release.getTime() > now.getTime() ? `en ligne à partir du ${formatParisDateTime(release)}` : 'en ligne dès la prochaine construction du site';
  const text = recognised && recognised.recognisedPages.length > 0 ? [`  texte : reconnu automatiquement (${pageList(recognised.recognisedPages)}), il peut contenir des erreurs : relisez la version texte sur la page de la session.`] : [];
  return [
    `${plan.replaces ? 'Remplacement' : 'Publication'} de « ${resource.title} » (${KIND_LABELS[resource.kind]}, PDF, ${facts.pageCount} page${facts.pageCount > 1 ? 's' : ''}, ${formatSize(facts.size)})`,
    ...(TITLE_NOTES[plan.titleSource] ? [`  titre : ${TITLE_NOTES[plan.titleSource]}`] : []),
    `  session : ${plan.sessionLabel}`,
    `  fichier : ${path.relative(plan.siteDir, plan.target)}`,
    `  SHA-256 : ${facts.sha256}`,
    ...text,
    `  ${when}.`,
  ].join('\n');
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

/** How a publication writes a file (each write is itself atomic: temp file + rename). */
export type WriteFile = (file: string, content: string | Uint8Array) => void;

/**
 * Writes the PDF, then the day file that references it: until the day file
 * is written, the PDF is referenced by nothing, so the site does not publish
 * it. If a write fails, the PDF that was there is put back (or the new one
 * removed, with the folder made for it) and the refusal says why.
 */
export function applyPublication(plan: PublishPlan, writeFile: WriteFile = writeAtomically): void {
  const newDayText = dayFileWithResource(fs.readFileSync(plan.dayFile, 'utf8'), plan.resource);
  const folder = path.dirname(plan.target);
  const madeFolder = !fs.existsSync(folder);
  const previousPdf = fs.existsSync(plan.target) ? fs.readFileSync(plan.target) : undefined;
  fs.mkdirSync(folder, {recursive: true});
  try {
    writeFile(plan.target, plan.bytes);
    writeFile(plan.dayFile, newDayText);
  } catch (error) {
    if (previousPdf) writeAtomically(plan.target, previousPdf);
    else fs.rmSync(plan.target, {force: true});
    if (madeFolder) fs.rmSync(folder, {recursive: true, force: true});
    throw new CommandError(`Refusé : l’écriture de la publication a échoué (${(error as Error).message}) ; ce qui avait été écrit a été retiré.`);
  }
}
