/**
 * How a source reads, in French, in an article's numbered sources and on the
 * /sources page: title (linked when it has an address), who signs and who
 * publishes, date, article and version read, date consulted. Pure and
 * browser-safe: only types come from the schema.
 */
import type {Source, SourceKind} from './source-schema';
import {formatFrenchDate, formatFrenchMonth, parseCalendarDate} from './french-format';

/** « 3 décembre 2019 », « décembre 2019 » or « 2019 », as precise as the date is. */
export function formatSourceDate(date: string): string {
  const full = parseCalendarDate(date);
  if (full) return formatFrenchDate(full);
  const [year, month] = date.split('-');
  return month === undefined ? year : formatFrenchMonth({year: Number(year), month: Number(month)});
}

/** The parts of a citation, for a renderer to put together. */
export interface CitationText {
  title: string;
  url?: string;
  /** « Anne-Christine Farçat (Seban & Associés), Le Moniteur »: who signs, then who publishes. */
  by?: string;
  /** Date, article and version, date consulted, each already in French. */
  details: string[];
}

function articleLabel(article: string): string {
  if (/^art/i.test(article)) return article;
  return / et |, /.test(article) ? `articles ${article}` : `article ${article}`;
}

export function citationText(source: Source): CitationText {
  const who = [source.author, source.publisher].filter((part): part is string => part !== undefined);
  const by = who.length === 2 && who[0] === who[1] ? who[0] : who.join(', ') || undefined;
  const details: (string | undefined)[] = [];
  if (source.date !== undefined) details.push(formatSourceDate(source.date));
  if (source.article !== undefined) {
    const version = source.version === undefined ? undefined : `version du ${formatSourceDate(source.version)}`;
    // « Code …, article L. 423-2 (…) » already names the article: only its version is added.
    const named = source.title.includes(source.article);
    details.push(named ? version : [articleLabel(source.article), version].filter(Boolean).join(', '));
  }
  details.push(`consulté le ${formatSourceDate(source.consulted)}`);
  return {title: source.title, url: source.url, by, details: details.filter((detail): detail is string => detail !== undefined)};
}

/** The same citation as one line of plain text (search records, messages, tests). */
export function citationLine(source: Source): string {
  const {title, by, details} = citationText(source);
  return [title, by, ...details].filter(Boolean).join(', ');
}

/** How the /sources page groups the sources, in this order. */
export const SOURCE_GROUPS: readonly {id: string; label: string; kinds: readonly SourceKind[]}[] = [
  {id: 'textes', label: 'Textes : lois, ordonnances, décrets et codes', kinds: ['loi', 'decret', 'code']},
  {id: 'travaux-publics', label: 'Questions écrites et rapports publics', kinds: ['question-ecrite', 'rapport']},
  {id: 'jurisprudence', label: 'Jurisprudence', kinds: ['jurisprudence']},
  {id: 'etudes', label: 'Études et analyses signées', kinds: ['etude']},
  {id: 'presse', label: 'Presse', kinds: ['presse']},
  {id: 'sites', label: 'Sites, débats parlementaires et autres pages', kinds: ['site']},
];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  loi: 'Loi ou ordonnance',
  decret: 'Décret',
  code: 'Article de code',
  'question-ecrite': 'Question écrite',
  rapport: 'Rapport',
  jurisprudence: 'Décision de justice',
  etude: 'Étude ou analyse signée',
  presse: 'Presse',
  site: 'Site',
};
