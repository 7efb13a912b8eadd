/**
 * The citation rules of issue 11, on one parsed page (article, glossary,
 * timeline or blog post): every legal reference carries a citation, the
 * glossary's factual entries and the timeline's rows too, no hand-written
 * reference (« Références » section, footnote definition, « (Seban, 28 mars
 * 2019) »), no stock formula about how the site was written, and a blog post
 * is never dated before a source it cites.
 */
import type {Heading, Root, RootContent, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {CITATION_PATTERN, citationIdsIn, sourceDateStart} from '../domain/bibliography';
import {formatFrenchDate, type CalendarDate, compareCalendarDates} from '../domain/french-format';
import {formatSourceDate} from '../domain/citation-format';
import type {Bibliography} from '../domain/source-schema';

export interface RuleProblem {
  field: string;
  message: string;
}

/** « L. 423-2 », « R. 423-86 », « D. 331-1 »: an article of a code. */
export const CODE_ARTICLE = /(?<![\p{L}\p{N}])[LRD]\.\s?\d{1,4}(?:-\d+)*/u;
/** « loi n° … », « loi ELAN », « décret n° … », « ordonnance n° … ». */
export const LEGAL_TEXT = /\b(?:loi|décret|ordonnance)\s+n[°o]\s?\d|\bloi\s+ELAN\b/iu;
/** Headings of a hand-written list of references. */
const REFERENCE_HEADING = /^(?:références?|sources?|bibliographie|notes?)(?:\s+et\s+\S+)?$/iu;
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** « (doctrine.fr) », « (voir legifrance.gouv.fr) »: a site named in parentheses. */
const PARENTHESISED_SITE = /\([^()]*?\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|info)\b[^()]*\)/iu;
/** « (Seban, 28 mars 2019) », « (AEF, 2021) »: an author and a date in parentheses. */
const PARENTHESISED_REFERENCE = new RegExp(`\\(\\s*\\p{Lu}[^(),]{0,60},\\s*(?:(?:\\d{1,2}|1er)\\s+(?:${MONTHS})\\s+)?(?:19|20)\\d{2}\\s*\\)`, 'u');
/** Sentences about how the site was written or checked, banned from the prose. */
export const STOCK_FORMULAS: readonly RegExp[] = [
  /analyse de la rédaction/iu,
  /selon notre lecture/iu,
  /à notre sens/iu,
  /Boussole n[’']a pas/iu,
  /la rédaction n[’']a pas/iu,
  /contre-vérification/iu,
  /sources consultées par la rédaction/iu,
];

type Node = Root | RootContent;

/** A paragraph, a list item (without its nested lists) or a table row: what must carry its own citation. */
interface Unit {
  /** Its text outside links, markers removed: what it names. */
  named: string;
  /** Its whole text, markers included. */
  all: string;
}

function textOf(nodes: readonly Node[], skipLinks: boolean): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return;
    else if (skipLinks && (node.type === 'link' || node.type === 'linkReference')) return;
    else if (node.type === 'tableCell') {
      text += ' ';
      node.children.forEach(walk);
    } else if ('children' in node) node.children.forEach(walk);
    if (node.type === 'paragraph') text += ' ';
  };
  nodes.forEach(walk);
  return text;
}

function unitOf(nodes: readonly Node[]): Unit {
  return {named: textOf(nodes, true).replace(CITATION_PATTERN, ' '), all: textOf(nodes, false)};
}

function collectUnits(node: Node, units: Unit[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Node[]) {
    if (child.type === 'paragraph') units.push(unitOf([child]));
    else if (child.type === 'listItem') {
      units.push(unitOf(child.children.filter((part) => part.type !== 'list')));
      child.children.filter((part) => part.type === 'list').forEach((list) => collectUnits(list, units));
    } else if (child.type === 'table') (child as Table).children.forEach((row) => units.push(unitOf([row])));
    else if (child.type !== 'heading' && child.type !== 'code' && child.type !== 'html') collectUnits(child, units);
  }
}

const hasCitation = (text: string) => citationIdsIn(text).length > 0;

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 70 ? `${clean.slice(0, 70)}…` : clean;
}

/** Whether a glossary entry states a rule, a date or a figure: it has a number or names a legal text. */
function statesAFact(text: string): boolean {
  return /\d/.test(text) || LEGAL_TEXT.test(text);
}

function glossaryEntries(tree: Root): {term: string; nodes: RootContent[]}[] {
  const entries: {term: string; nodes: RootContent[]}[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 3) {
      const match = node.depth === 3 ? /^(.*?)\s*\{#[^}]+\}\s*$/.exec(toString(node)) : null;
      entries.push({term: match?.[1] ?? '', nodes: []});
    } else if (entries.length > 0) entries[entries.length - 1].nodes.push(node);
  }
  return entries.filter((entry) => entry.term !== '');
}

export interface PageRoles {
  glossary: boolean;
  timeline: boolean;
}

/** The citation rules of one page. */
export function citationProblems(tree: Root, roles: PageRoles): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const report = (field: string, message: string) => problems.push({field, message});

  visit(tree, 'heading', (heading: Heading) => {
    const title = toString(heading).trim();
    if (REFERENCE_HEADING.test(title)) {
      report('Références', `La section « ${title} » est une liste de références écrite à la main : supprimez-la ; chaque fait cite sa source par une note [^identifiant], et la liste numérotée des sources s’ajoute seule en fin de page.`);
    }
  });
  visit(tree, 'footnoteDefinition', (definition) => {
    report('note', `La note [^${definition.label ?? definition.identifier}]: est écrite à la main : supprimez sa définition et citez une source de la bibliographie (src/data/sources.yml) par [^identifiant] ; le texte de la note en est tiré.`);
  });

  const units: Unit[] = [];
  collectUnits(tree, units);
  for (const unit of units) {
    const cited = hasCitation(unit.all);
    if (!cited && CODE_ARTICLE.test(unit.named)) {
      const article = CODE_ARTICLE.exec(unit.named)![0];
      report('citation', `« ${excerpt(unit.named)} » cite l’article ${article} sans note : ajoutez [^identifiant] de l’article (version lue) dans ce paragraphe, cette ligne ou cette puce.`);
    } else if (!cited && LEGAL_TEXT.test(unit.named)) {
      const text = LEGAL_TEXT.exec(unit.named)![0];
      report('citation', `« ${excerpt(unit.named)} » nomme « ${text}… » sans note : ajoutez [^identifiant] du texte dans ce paragraphe, cette ligne ou cette puce.`);
    }
    for (const pattern of [PARENTHESISED_SITE, PARENTHESISED_REFERENCE]) {
      const match = pattern.exec(unit.named);
      if (match) report('référence', `« ${match[0]} » est une référence écrite en clair : remplacez-la par une note [^identifiant] vers la source dans la bibliographie.`);
    }
  }

  const prose = textOf(tree.children, false);
  for (const formula of STOCK_FORMULAS) {
    const match = formula.exec(prose);
    if (match) report('formule', `« ${match[0]} » parle de la façon dont le site a été écrit ou vérifié : dites ce qui est connu et ce qui ne l’est pas, et mettez l’opinion dans un encadré « Notre analyse ».`);
  }

  if (roles.glossary) {
    for (const entry of glossaryEntries(tree)) {
      const text = textOf(entry.nodes, false);
      if (statesAFact(text.replace(CITATION_PATTERN, ' ')) && !hasCitation(text)) {
        report('glossaire', `L’entrée « ${entry.term} » donne une règle, une date ou un chiffre sans note : ajoutez [^identifiant] de sa source.`);
      }
    }
  }
  if (roles.timeline) {
    visit(tree, 'table', (table: Table) => {
      for (const row of table.children.slice(1)) {
        const text = textOf([row], false);
        if (!hasCitation(text)) report('repère', `Le repère « ${excerpt(text)} » n’a pas de note : ajoutez [^identifiant] de sa source sur sa ligne.`);
      }
    });
  }
  return problems;
}

/** Every id cited in the page's text (not in code), in order of first citation. */
export function citedIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'text', (node) => {
    for (const id of citationIdsIn(node.value)) if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

/** A post is dated when it is written: never before a source it cites. */
export function backdatingProblems(postDate: CalendarDate, cited: readonly string[], sources: Bibliography): RuleProblem[] {
  return cited
    .filter((id) => sources[id]?.date !== undefined && compareCalendarDates(sourceDateStart(sources[id].date!), postDate) > 0)
    .map((id) => ({
      field: 'date',
      message: `Le billet est daté du ${formatFrenchDate(postDate)}, avant sa source « ${id} » (${formatSourceDate(sources[id].date!)}) : datez le billet du jour où il a été écrit.`,
    }));
}
