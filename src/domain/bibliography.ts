/**
 * Rules of the bibliography as a whole: every entry valid (source-schema.ts),
 * no address on an unreliable host, no document under two ids; and the pure
 * helpers the build, the remark plugin and the content check share: citation
 * markers `[^id]`, the share of sources a reader can open, source dates.
 */
import {describeSourceIssues, SOURCE_ID_PATTERN, sourceSchema, type Bibliography, type Source, type SourceIssue} from './source-schema';
import {MIRROR_NOTE, unreliableHostOf} from './unreliable-hosts';
import type {CalendarDate} from './french-format';

/** A citation as articles write it: a GFM footnote reference whose label is a source id. */
export const CITATION_PATTERN = /\[\^([^\]\s]+)\]/g;

/** At least this share of the cited sources must have an address a reader can open. */
export const MIN_URL_SHARE = 0.8;

/** Source ids cited in `text`, in order of appearance, repeats included. */
export function citationIdsIn(text: string): string[] {
  return [...text.matchAll(CITATION_PATTERN)].map((match) => match[1]);
}

export interface ValidatedBibliography {
  /** The valid entries, in file order. */
  sources: Bibliography;
  /** Ids of the entries left out because they are invalid (their citations are not « unknown »). */
  invalid: string[];
  /** Every problem found, in file order. */
  issues: SourceIssue[];
}

function comparableUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}

function comparableText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What makes two entries the same document: the same address (and article), or the same article of the same code. */
function identityKeys(source: Source): string[] {
  const keys: string[] = [];
  const article = source.article === undefined ? '' : comparableText(source.article);
  if (source.url) keys.push(`url:${comparableUrl(source.url)}#${article}`);
  if (source.kind === 'code' && source.article) keys.push(`code:${comparableText(source.title.split(',')[0])}#${article}`);
  return keys;
}

function hostIssue(id: string, source: Source): SourceIssue | undefined {
  if (!source.url) return undefined;
  const host = unreliableHostOf(source.url);
  if (!host) return undefined;
  const field = `${id}.url`;
  if (host.policy === 'refused') {
    return {field, problem: `adresse sur un site non fiable (${host.host} : ${host.reason})`, fix: 'Citez le texte lui-même ou une publication signée qui le reprend ; ne gardez jamais cette adresse.'};
  }
  if (source.kind !== 'site' || !MIRROR_NOTE.test(source.note ?? '')) {
    return {field, problem: `adresse sur un miroir (${host.host} : ${host.reason})`, fix: 'Citez l’original ; si vous ne le trouvez pas, mettez « kind: site » et dites dans « note: » qu’il s’agit d’un miroir.'};
  }
  return undefined;
}

/**
 * Validates the parsed YAML of the bibliography: each entry against the schema,
 * then the rules across entries (unreliable hosts, duplicates).
 */
export function validateBibliography(raw: unknown): ValidatedBibliography {
  const issues: SourceIssue[] = [];
  const sources: Bibliography = {};
  const invalid: string[] = [];
  if (raw === null || raw === undefined) return {sources, invalid, issues};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({field: '(fichier)', problem: 'le fichier n’est pas une liste de sources', fix: 'Écrivez une source par identifiant : « identifiant: » puis ses champs indentés (kind, title…).'});
    return {sources, invalid, issues};
  }
  const seen = new Map<string, string>();
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!SOURCE_ID_PATTERN.test(id)) {
      issues.push({field: id, problem: 'identifiant mal formé', fix: 'Utilisez des minuscules non accentuées, des chiffres et des tirets, par exemple « cch-l423-2 » ou « seban-2020-08-27-fusion-oph ».'});
      invalid.push(id);
      continue;
    }
    const result = sourceSchema.safeParse(entry);
    if (!result.success) {
      issues.push(...describeSourceIssues(id, result.error, entry));
      invalid.push(id);
      continue;
    }
    const source = result.data;
    const host = hostIssue(id, source);
    if (host) issues.push(host);
    for (const key of identityKeys(source)) {
      const first = seen.get(key);
      if (first !== undefined) {
        const what = key.startsWith('url:') ? 'la même adresse' : 'le même article du même code';
        issues.push({field: id, problem: `source en double : « ${first} » désigne déjà ${what}`, fix: `Gardez une seule entrée : supprimez « ${id} » et remplacez ses citations [^${id}] par [^${first}] (ou l’inverse).`});
        break;
      }
      seen.set(key, id);
    }
    sources[id] = source;
  }
  return {sources, invalid, issues};
}

/** Share (0–1) of the sources `ids` that have an address; 1 when there are none. */
export function urlShare(ids: Iterable<string>, sources: Bibliography): number {
  const list = [...new Set(ids)].filter((id) => sources[id] !== undefined);
  if (list.length === 0) return 1;
  return list.filter((id) => sources[id].url !== undefined).length / list.length;
}

/** The first day a source's date can stand for: `2019` → 1er janvier 2019, `2019-12` → 1er décembre 2019. */
export function sourceDateStart(date: string): CalendarDate {
  const [year, month = '1', day = '1'] = date.split('-');
  return {year: Number(year), month: Number(month), day: Number(day)};
}

export interface CitationIssue {
  file: string;
  field: string;
  problem: string;
  fix: string;
}

/**
 * The rules between the pages and the bibliography: every citation names a
 * source of the bibliography, and every source is cited by at least one page.
 */
export function citationIssues(
  sources: Bibliography,
  pages: readonly {file: string; cited: readonly string[]}[],
  sourcesFile: string,
  /** Ids defined but invalid (already reported): neither unknown nor uncited. */
  invalid: readonly string[] = [],
): CitationIssue[] {
  const issues: CitationIssue[] = [];
  const cited = new Set<string>();
  for (const page of pages) {
    for (const id of new Set(page.cited)) {
      cited.add(id);
      if (sources[id] === undefined && !invalid.includes(id)) {
        issues.push({file: page.file, field: `[^${id}]`, problem: `source inconnue « ${id} »`, fix: `Ajoutez cette source à ${sourcesFile} ou corrigez l’identifiant de la note.`});
      }
    }
  }
  for (const id of Object.keys(sources)) {
    if (!cited.has(id)) {
      issues.push({file: sourcesFile, field: id, problem: 'source citée par aucune page', fix: `Citez-la là où elle appuie un fait ([^${id}]) ou supprimez-la de la bibliographie.`});
    }
  }
  return issues;
}
