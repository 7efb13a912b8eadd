/**
 * Content check of the site: every article of docs/ follows the editorial
 * conventions (front matter, « À retenir » box, closing sections, length,
 * glossary links), and every page of docs/ and blog/ follows the citation
 * rules against the bibliography (citation-rules.ts, src/data/sources.yml).
 * Returns the problems instead of throwing, so a test (or any command) can
 * list them all at once, each naming file, field and fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Root} from 'mdast';
import {calendarDateOf, compareCalendarDates, parseCalendarDate, toIsoDate, type CalendarDate} from '../domain/french-format';
import {citationIssues, MIN_URL_SHARE, urlShare, type ValidatedBibliography} from '../domain/bibliography';
import {DEFAULT_SOURCES_FILE, readSources} from '../adapters/sources-file';
import {backdatingProblems, citationProblems, citedIds} from './citation-rules';

export interface ContentProblem {
  /** Path of the file from the site's root (e.g. `docs/se-regrouper/fusion.md`, `src/data/sources.yml`). */
  file: string;
  /** Front-matter field or part of the body concerned. */
  field: string;
  /** What is wrong and how to fix it, in French, for editors. */
  message: string;
}

/** Where the checked content lives, relative to the site's root. */
export interface SiteLayout {
  docs: string;
  blog: string;
  sources: string;
}

export const DEFAULT_LAYOUT: SiteLayout = {docs: 'docs', blog: 'blog', sources: DEFAULT_SOURCES_FILE};

export interface CheckOptions {
  /** The day against which `faits_a_jour_au` must not be in the future (default: now). */
  today?: Date;
  layout?: Partial<SiteLayout>;
}

export const MIN_PROSE_WORDS = 500;
export const MAX_DESCRIPTION_LENGTH = 160;
export const REQUIRED_SECTIONS = ['Questions à se poser', 'Voir aussi'] as const;
const KEY_TAKEAWAY_OPENING = ':::tip[À retenir]';
const GLOSSARY_BASENAME = 'glossaire';
const TIMELINE_BASENAME = 'reperes-chronologiques';
const TAGS_FILE = 'tags.yml';

/** Pages that are not articles: only the front-matter rules apply to them. */
type PageKind = 'article' | 'landing' | 'reference';

function pageKind(relativePath: string): PageKind {
  const base = path.basename(relativePath).replace(/\.mdx?$/, '');
  if (base === 'index') return 'landing';
  if (base === GLOSSARY_BASENAME || base === TIMELINE_BASENAME) return 'reference';
  return 'article';
}

export interface ParsedDocument {
  frontMatter: Record<string, unknown> | null;
  /** Set when the front matter exists but is not valid YAML. */
  frontMatterError?: string;
  tree: Root;
}

/** Splits `---` front matter from the body and parses both (YAML, then Markdown + GFM). */
export function parseDocument(source: string): ParsedDocument {
  const normalised = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalised);
  const body = match ? normalised.slice(match[0].length) : normalised;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  if (!match) return {frontMatter: null, tree};
  try {
    const data: unknown = YAML.parse(match[1]);
    if (data === null || data === undefined) return {frontMatter: {}, tree};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {frontMatter: null, frontMatterError: 'le front matter n’est pas une liste de champs', tree};
    }
    return {frontMatter: data as Record<string, unknown>, tree};
  } catch (error) {
    return {frontMatter: null, frontMatterError: (error as Error).message.split('\n')[0], tree};
  }
}

/** Heading ids written `### Terme {#id}` in the glossary. */
export function explicitHeadingIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'heading', (heading) => {
    const match = /\{#([^\s}]+)\}\s*$/.exec(toString(heading));
    if (match) ids.add(match[1]);
  });
  return ids;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Words of prose, outside code blocks and raw HTML. */
export function proseWordCount(tree: Root): number {
  let words = 0;
  for (const node of tree.children) {
    if (node.type === 'code' || node.type === 'html') continue;
    visit(node, (child) => {
      if (child.type === 'text' || child.type === 'inlineCode') words += countWords(child.value);
    });
  }
  return words;
}

function hasKeyTakeawayBox(tree: Root): boolean {
  let found = false;
  visit(tree, 'paragraph', (paragraph) => {
    if (toString(paragraph).trimStart().startsWith(KEY_TAKEAWAY_OPENING)) found = true;
  });
  return found;
}

function sectionTitles(tree: Root): Set<string> {
  const titles = new Set<string>();
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) titles.add(toString(node).trim());
  }
  return titles;
}

/** Anchors of links to the glossary page (`glossaire.md#id`, `/themes/glossaire#id`…). */
export function glossaryLinks(tree: Root): {url: string; anchor: string}[] {
  const links: {url: string; anchor: string}[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const [target, anchor] = node.url.split('#', 2);
    if (anchor === undefined || target === '') return;
    const base = target.split('/').pop()?.replace(/\.mdx?$/, '');
    if (base === GLOSSARY_BASENAME) links.push({url: node.url, anchor});
  });
  return links;
}

export interface CheckContext {
  declaredTags: Set<string>;
  glossaryIds: Set<string>;
  today: Date;
}

/** Checks one parsed document; `file` is only used to name it in the problems. */
export function checkDocument(file: string, doc: ParsedDocument, context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({file, field, message});
  const kind = pageKind(file);

  if (doc.frontMatterError) {
    report('front matter', `Le front matter n’est pas du YAML valide (${doc.frontMatterError}) : corrigez-le entre les deux lignes « --- ».`);
    return problems;
  }
  const fm = doc.frontMatter;
  if (!fm) {
    report('front matter', 'Le front matter manque : ouvrez le fichier par un bloc « --- » contenant title, description, tags et faits_a_jour_au.');
    return problems;
  }

  if (typeof fm.title !== 'string' || fm.title.trim() === '') {
    report('title', 'Le titre manque : ajoutez « title: … » au front matter.');
  }

  if (typeof fm.description !== 'string' || fm.description.trim() === '') {
    report('description', `La description manque : ajoutez « description: … » au front matter (une phrase de moins de ${MAX_DESCRIPTION_LENGTH} caractères qui dit ce que le lecteur va apprendre).`);
  } else if (fm.description.length >= MAX_DESCRIPTION_LENGTH) {
    report('description', `La description fait ${fm.description.length} caractères : raccourcissez-la à moins de ${MAX_DESCRIPTION_LENGTH} caractères.`);
  }

  const tagsRequired = kind !== 'landing';
  if (fm.tags === undefined || fm.tags === null) {
    if (tagsRequired) report('tags', 'Les étiquettes manquent : ajoutez « tags: [...] » avec au moins une étiquette déclarée dans tags.yml.');
  } else if (!Array.isArray(fm.tags) || fm.tags.length === 0) {
    report('tags', 'Le champ tags doit être une liste non vide, par exemple « tags: [sac, fusion] » : ajoutez au moins une étiquette déclarée dans tags.yml.');
  } else {
    for (const tag of fm.tags) {
      if (typeof tag !== 'string' || !context.declaredTags.has(tag)) {
        const known = [...context.declaredTags].join(', ');
        report('tags', `L’étiquette « ${String(tag)} » n’est pas déclarée dans tags.yml : remplacez-la par l’une de ${known}, ou déclarez-la dans tags.yml.`);
      }
    }
  }

  const dateRequired = kind !== 'landing';
  if (fm.faits_a_jour_au === undefined || fm.faits_a_jour_au === null) {
    if (dateRequired) report('faits_a_jour_au', 'La date de vérification des faits manque : ajoutez « faits_a_jour_au: AAAA-MM-JJ » (le jour où les faits ont été vérifiés).');
  } else {
    const checkedOn = parseCalendarDate(fm.faits_a_jour_au);
    if (!checkedOn) {
      report('faits_a_jour_au', `« ${String(fm.faits_a_jour_au)} » n’est pas une date valide : écrivez-la au format AAAA-MM-JJ, par exemple 2026-11-26.`);
    } else if (compareCalendarDates(checkedOn, calendarDateOf(context.today)) > 0) {
      report('faits_a_jour_au', `La date ${toIsoDate(checkedOn)} est dans le futur : indiquez le jour où les faits ont réellement été vérifiés.`);
    }
  }

  for (const link of glossaryLinks(doc.tree)) {
    if (!context.glossaryIds.has(link.anchor)) {
      report('lien glossaire', `Le lien « ${link.url} » vise l’ancre #${link.anchor}, absente du glossaire : utilisez une ancre « {#id} » existante de glossaire.md ou ajoutez ce terme au glossaire.`);
    }
  }

  if (kind !== 'article') return problems;

  if (!hasKeyTakeawayBox(doc.tree)) {
    report('À retenir', 'L’encadré « À retenir » manque : ajoutez un bloc « :::tip[À retenir] » … « ::: » avant « Questions à se poser ».');
  }
  const titles = sectionTitles(doc.tree);
  for (const section of REQUIRED_SECTIONS) {
    if (!titles.has(section)) {
      report(section, `La section « ## ${section} » manque : ajoutez-la (titre de niveau 2, écrit exactement ainsi).`);
    }
  }
  const words = proseWordCount(doc.tree);
  if (words < MIN_PROSE_WORDS) {
    report('corps', `L’article compte ${words} mots de texte hors code et front matter ; il en faut au moins ${MIN_PROSE_WORDS} : développez-le.`);
  }
  return problems;
}

function listDocuments(dir: string, relative = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, relative), {withFileTypes: true})) {
    // Docusaurus ignores `_`-prefixed files and folders (partials), so do we.
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...listDocuments(dir, child));
    else if (/\.mdx?$/.test(entry.name)) files.push(child);
  }
  return files.sort();
}

/** The date of a blog post: its `date` front matter, else the date that starts its file name. */
function postDate(file: string, doc: ParsedDocument): CalendarDate | null {
  const fromFrontMatter = parseCalendarDate(doc.frontMatter?.date);
  if (fromFrontMatter) return fromFrontMatter;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(path.basename(file));
  return match ? parseCalendarDate(match[1]) : null;
}

interface LoadedPage {
  /** Path from the site's root, `/`-separated. */
  file: string;
  doc: ParsedDocument;
  cited: string[];
}

function loadPages(root: string, folder: string): LoadedPage[] {
  const dir = path.join(root, folder);
  return listDocuments(dir).map((relative) => {
    const doc = parseDocument(fs.readFileSync(path.join(dir, relative), 'utf8'));
    return {file: path.posix.join(folder.split(path.sep).join('/'), relative.split(path.sep).join('/')), doc, cited: citedIds(doc.tree)};
  });
}

function readDeclaredTags(docsDir: string, label: string, problems: ContentProblem[]): Set<string> {
  const declaredTags = new Set<string>();
  const tagsPath = path.join(docsDir, TAGS_FILE);
  if (!fs.existsSync(tagsPath)) {
    problems.push({file: label, field: 'tags.yml', message: 'Le fichier tags.yml manque : créez-le avec les étiquettes autorisées (id: {label, permalink, description}).'});
    return declaredTags;
  }
  try {
    const data: unknown = YAML.parse(fs.readFileSync(tagsPath, 'utf8'));
    if (data && typeof data === 'object' && !Array.isArray(data)) Object.keys(data).forEach((id) => declaredTags.add(id));
    else throw new Error('ce n’est pas une liste d’étiquettes');
  } catch (error) {
    problems.push({file: label, field: 'tags.yml', message: `tags.yml est illisible (${(error as Error).message.split('\n')[0]}) : corrigez sa syntaxe YAML.`});
  }
  return declaredTags;
}

/** The rules between the pages and the bibliography, and the bibliography's own. */
function bibliographyProblems(sourcesLabel: string, {sources, invalid, issues}: ValidatedBibliography, pages: LoadedPage[]): ContentProblem[] {
  const problems: ContentProblem[] = issues.map(({field, problem, fix}) => ({file: sourcesLabel, field, message: `${problem}. ${fix}`}));
  // An unreadable file says nothing about which citations are known.
  if (issues.some((issue) => issue.field === '(fichier)')) return problems;
  problems.push(...citationIssues(sources, pages, sourcesLabel, invalid).map(({file, field, problem, fix}) => ({file, field, message: `${problem}. ${fix}`})));
  const cited = new Set(pages.flatMap((page) => page.cited));
  // The share is unknown while a cited entry is invalid (already reported above).
  if ([...cited].some((id) => invalid.includes(id))) return problems;
  const share = urlShare(cited, sources);
  if (share < MIN_URL_SHARE) {
    const missing = [...cited].filter((id) => sources[id] !== undefined && sources[id].url === undefined);
    problems.push({
      file: sourcesLabel,
      field: 'url',
      message: `${Math.round(share * 100)} % des sources citées ont une adresse, il en faut au moins ${MIN_URL_SHARE * 100} % : ajoutez l’adresse où un lecteur peut ouvrir ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}, ou citez une source en ligne.`,
    });
  }
  return problems;
}

/**
 * Checks the site under `root`: the articles of docs/ against its tags.yml and
 * glossary, every page of docs/ and blog/ against the citation rules, and the
 * bibliography.
 */
export function checkSite(root: string, options: CheckOptions = {}): ContentProblem[] {
  const layout = {...DEFAULT_LAYOUT, ...options.layout};
  const problems: ContentProblem[] = [];
  const docsDir = path.join(root, layout.docs);
  const sourcesLabel = layout.sources.split(path.sep).join('/');

  const declaredTags = readDeclaredTags(docsDir, path.posix.join(layout.docs, TAGS_FILE), problems);
  const docs = loadPages(root, layout.docs);
  const posts = loadPages(root, layout.blog);
  const glossary = docs.find((page) => new RegExp(`/${GLOSSARY_BASENAME}\\.mdx?$`).test(page.file));
  if (!glossary) {
    problems.push({file: path.posix.join(layout.docs, 'glossaire.md'), field: 'glossaire', message: 'Le glossaire manque : créez glossaire.md avec un titre « ### Terme {#id} » par terme.'});
  }
  const glossaryIds = glossary ? explicitHeadingIds(glossary.doc.tree) : new Set<string>();
  const context: CheckContext = {declaredTags, glossaryIds, today: options.today ?? new Date()};

  const bibliography = readSources(path.join(root, layout.sources));
  const {sources} = bibliography;

  for (const page of docs) {
    problems.push(...checkDocument(page.file, page.doc, context));
    if (page.doc.frontMatter === null) continue;
    const base = path.posix.basename(page.file).replace(/\.mdx?$/, '');
    const roles = {glossary: base === GLOSSARY_BASENAME, timeline: base === TIMELINE_BASENAME};
    problems.push(...citationProblems(page.doc.tree, roles).map((problem) => ({file: page.file, ...problem})));
  }
  for (const post of posts) {
    problems.push(...citationProblems(post.doc.tree, {glossary: false, timeline: false}).map((problem) => ({file: post.file, ...problem})));
    const date = postDate(post.file, post.doc);
    if (date) problems.push(...backdatingProblems(date, post.cited, sources).map((problem) => ({file: post.file, ...problem})));
  }
  problems.push(...bibliographyProblems(sourcesLabel, bibliography, [...docs, ...posts]));
  return problems;
}

/** One line per problem: `file: field — message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field} — ${p.message}`).join('\n');
}
