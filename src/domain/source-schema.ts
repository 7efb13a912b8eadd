/**
 * The bibliography as editors write it (src/data/sources.yml, a map id →
 * entry): one schema per entry, the types derived from it, and French
 * messages naming the field and the fix. Rules that look at several entries
 * at once (duplicates, unreliable hosts) are in bibliography.ts.
 */
import * as z from 'zod';
import {parseCalendarDate} from './french-format';
import {ID_PATTERN} from './data-schema';

/** The kinds of sources, in the order the /sources page shows them. */
export const SOURCE_KINDS = ['loi', 'decret', 'code', 'question-ecrite', 'rapport', 'jurisprudence', 'etude', 'presse', 'site'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A date as precise as the document says: `2019-12-03`, `2019-12` or `2019`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const FULL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const text = z.string().trim().min(1);
/** A public host name (a trailing dot, as some search results show it, is the same host). */
const WEB_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\.?$/i;

/** A well-formed date names a real day; a malformed one is reported by its pattern, not twice. */
function isRealDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value) || value.length === 4) return true;
  if (value.length === 7) return parseCalendarDate(`${value}-01`) !== null;
  return parseCalendarDate(value) !== null;
}

/** YAML reads `date: 2021` as a number: accepted, and kept as the string "2021". */
const partialDate = z
  .union([z.int().min(1000).max(9999).transform(String), z.string().regex(PARTIAL_DATE_PATTERN, {message: 'partial-date'})])
  .refine(isRealDate, {message: 'impossible-date'});
const fullDate = z.string().regex(FULL_DATE_PATTERN, {message: 'full-date'}).refine(isRealDate, {message: 'impossible-date'});

export const sourceSchema = z
  .strictObject({
    kind: z.enum(SOURCE_KINDS),
    title: text,
    /** A person or firm that signs the document. */
    author: text.optional(),
    /** Who publishes it: site, journal, institution. */
    publisher: text.optional(),
    date: partialDate.optional(),
    /** The article cited: required for a code, allowed for a law or decree. */
    article: z.union([text, z.number().transform(String)]).optional(),
    /** Start date of the version of the code article that was read. */
    version: fullDate.optional(),
    url: z.url({protocol: /^https?$/, hostname: WEB_HOST}).optional(),
    consulted: fullDate,
    note: text.optional(),
  })
  .superRefine((source, context) => {
    if (source.author === undefined && source.publisher === undefined) {
      context.addIssue({code: 'custom', message: 'who', path: ['publisher']});
    }
    if (source.kind === 'code' && source.article === undefined) {
      context.addIssue({code: 'custom', message: 'code-article', path: ['article']});
    }
    if (source.kind === 'code' && source.version === undefined) {
      context.addIssue({code: 'custom', message: 'code-version', path: ['version']});
    }
    if (source.url === undefined && source.note === undefined) {
      context.addIssue({code: 'custom', message: 'no-url-note', path: ['url']});
    }
  });

export type Source = z.output<typeof sourceSchema>;
/** The validated bibliography: id → source, in file order. */
export type Bibliography = Record<string, Source>;

export interface SourceIssue {
  /** `id.field`, or `id` alone when the entry as a whole is concerned. */
  field: string;
  problem: string;
  fix: string;
}

const CUSTOM_ISSUES: Record<string, Omit<SourceIssue, 'field'>> = {
  who: {problem: 'ni auteur ni éditeur', fix: 'Ajoutez « publisher: » (qui publie : site, revue, institution) ou « author: » (qui signe).'},
  'code-article': {problem: 'article de code sans numéro', fix: 'Ajoutez « article: "L. 423-2" » : une source de type code cite un article précis.'},
  'code-version': {problem: 'article de code sans version', fix: 'Ajoutez « version: AAAA-MM-JJ », la date d’entrée en vigueur de la version lue (« version en vigueur depuis le… »).'},
  'no-url-note': {problem: 'ni adresse ni explication', fix: 'Ajoutez « url: https://… » si le document est en ligne ; sinon, dites dans « note: » pourquoi il n’a pas d’adresse.'},
  'partial-date': {problem: 'date mal formée', fix: 'Écrivez AAAA-MM-JJ, AAAA-MM ou AAAA, par exemple 2019-12-03, 2019-12 ou 2019.'},
  'full-date': {problem: 'date mal formée', fix: 'Écrivez la date complète AAAA-MM-JJ, par exemple 2026-12-02.'},
  'impossible-date': {problem: 'date impossible', fix: 'Vérifiez le jour et le mois.'},
};

function fieldOf(id: string, path: readonly PropertyKey[]): string {
  return [id, ...path.map(String)].join('.');
}

/** What to tell an editor for each problem of entry `id`. */
export function describeSourceIssues(id: string, error: z.ZodError, input: unknown): SourceIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {field: fieldOf(id, [...issue.path, issue.keys[0]]), problem: 'champ inconnu', fix: 'Supprimez-le ou corrigez son nom : kind, title, author, publisher, date, article, version, url, consulted, note.'};
    }
    const field = fieldOf(id, issue.path);
    const custom = CUSTOM_ISSUES[issue.message];
    if (custom) return {field, ...custom};
    const value = issue.path.length === 1 && input && typeof input === 'object' ? (input as Record<string, unknown>)[String(issue.path[0])] : undefined;
    const shown = value === undefined ? '' : ` (valeur actuelle : ${JSON.stringify(value)})`;
    if (issue.code === 'invalid_type' && value === undefined) {
      return {field, problem: 'champ obligatoire absent', fix: `Ajoutez le champ « ${String(issue.path[issue.path.length - 1] ?? id)} ».`};
    }
    if (issue.code === 'invalid_value') {
      return {field, problem: `valeur non reconnue${shown}`, fix: `Valeurs possibles : ${issue.values.join(', ')}.`};
    }
    if (issue.code === 'invalid_union' && issue.path[0] === 'date') {
      return {field, ...CUSTOM_ISSUES['partial-date']};
    }
    if (issue.code === 'invalid_format' && issue.format === 'url') {
      return {field, problem: `adresse invalide${shown}`, fix: 'Écrivez l’adresse complète, commençant par https:// (ou http://), telle qu’elle s’ouvre dans un navigateur.'};
    }
    if (issue.code === 'too_small') {
      return {field, problem: 'texte vide', fix: 'Écrivez un texte ou supprimez le champ s’il est facultatif.'};
    }
    return {field, problem: `valeur invalide${shown} (${issue.message})`, fix: 'Corrigez la valeur (voir le guide de publication).'};
  });
}

export {ID_PATTERN as SOURCE_ID_PATTERN};
