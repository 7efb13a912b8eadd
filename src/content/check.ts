/**
 * Content check of the knowledge base: every article of docs/ follows the
 * editorial conventions (front matter, « À retenir » box, closing sections,
 * length, glossary links). Returns the problems instead of throwing, so a test
 * (or any command) can list them all at once, each naming file, field and fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Root, RootContent} from 'mdast';
import {calendarDateOf, compareCalendarDates, parseCalendarDate, toIsoDate} from '../domain/french-format';

export interface ContentProblem {
  /** Path of the file, starting with the docs folder's name (e.g. `docs/se-regrouper/fusion.md`). */
  file: string;
  /** Front-matter field or part of the body concerned. */
  field: string;
  /** What is wrong and how to fix it, in French, for editors. */
  message: string;
}

export interface CheckOptions {
  /** The day against which `faits_a_jour_au` must not be in the future (default: now). */
  today?: Date;
}

export const MIN_PROSE_WORDS = 500;
export const MAX_DESCRIPTION_LENGTH = 160;
export const REQUIRED_SECTIONS = ['Questions à se poser', 'Voir aussi', 'Références'] as const;
const REFERENCES_SECTION = 'Références';
const KEY_TAKEAWAY_OPENING = ':::tip[À retenir]';
const GLOSSARY_BASENAME = 'glossaire';
const TAGS_FILE = 'tags.yml';

/** Pages that are not articles: only the front-matter rules apply to them. */
type PageKind = 'article' | 'landing' | 'reference';

function pageKind(relativePath: string): PageKind {
  const base = path.basename(relativePath).replace(/\.mdx?$/, '');
  if (base === 'index') return 'landing';
  if (base === GLOSSARY_BASENAME || base === 'reperes-chronologiques') return 'reference';
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

function headingText(node: RootContent): string | null {
  return node.type === 'heading' ? toString(node).trim() : null;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Words of prose, outside the Références section, code blocks and raw HTML. */
export function proseWordCount(tree: Root): number {
  let inReferences = false;
  let words = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      inReferences = headingText(node) === REFERENCES_SECTION;
    }
    if (inReferences || node.type === 'code' || node.type === 'html') continue;
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
    report('corps', `L’article compte ${words} mots de texte hors Références, code et front matter ; il en faut au moins ${MIN_PROSE_WORDS} : développez-le.`);
  }
  return problems;
}

function listDocuments(dir: string, relative = ''): string[] {
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

/** Checks every Markdown/MDX file of a docs folder against its tags.yml and glossary. */
export function checkDocs(docsDir: string, options: CheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const label = (relative: string) => path.posix.join(path.basename(docsDir), relative.split(path.sep).join('/'));

  const declaredTags = new Set<string>();
  const tagsPath = path.join(docsDir, TAGS_FILE);
  if (!fs.existsSync(tagsPath)) {
    problems.push({file: label(TAGS_FILE), field: 'tags.yml', message: 'Le fichier tags.yml manque : créez-le avec les étiquettes autorisées (id: {label, permalink, description}).'});
  } else {
    try {
      const data: unknown = YAML.parse(fs.readFileSync(tagsPath, 'utf8'));
      if (data && typeof data === 'object' && !Array.isArray(data)) Object.keys(data).forEach((id) => declaredTags.add(id));
      else throw new Error('ce n’est pas une liste d’étiquettes');
    } catch (error) {
      problems.push({file: label(TAGS_FILE), field: 'tags.yml', message: `tags.yml est illisible (${(error as Error).message.split('\n')[0]}) : corrigez sa syntaxe YAML.`});
    }
  }

  const files = listDocuments(docsDir);
  const parsed = new Map(files.map((file) => [file, parseDocument(fs.readFileSync(path.join(docsDir, file), 'utf8'))]));
  const glossaryFile = files.find((file) => /^glossaire\.mdx?$/.test(file));
  if (!glossaryFile) {
    problems.push({file: label('glossaire.md'), field: 'glossaire', message: 'Le glossaire manque : créez glossaire.md avec un titre « ### Terme {#id} » par terme.'});
  }
  const glossaryIds = glossaryFile ? explicitHeadingIds(parsed.get(glossaryFile)!.tree) : new Set<string>();

  const context: CheckContext = {declaredTags, glossaryIds, today: options.today ?? new Date()};
  for (const [file, doc] of parsed) problems.push(...checkDocument(label(file), doc, context));
  return problems;
}

/** One line per problem: `file: field — message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field} — ${p.message}`).join('\n');
}
