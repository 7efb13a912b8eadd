/**
 * npm run compte-rendu -- --session <journée/session> [--auteur <id>] [--racine <dossier du site>]
 * Creates blog/<journée>-compte-rendu-<session>.md, a draft marked « À RÉDIGER ».
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {CommandError} from '../domain/errors';
import {formatParisDate} from '../domain/french-format';
import {parseParisDateTime} from '../domain/paris-time';
import {SUMMARY_FIELD} from '../domain/summary';
import {writeAtomically} from '../adapters/files';
import {findSession} from '../publishing/sessions';
import {loadForCommand, resolveRoots} from '../publishing/site-roots';
import {scaffoldSummary} from '../publishing/summary-draft';
import {parseCommandArgs, processContext, runCommand, UsageError, type CommandContext} from './run-command';

export const COMMAND = {
  usage: 'Usage : npm run compte-rendu -- --session <journée/session> [--auteur <id de blog/authors.yml>] [--racine <dossier>]',
  writes: true,
  options: {session: {type: 'string'}, auteur: {type: 'string', multiple: true}, racine: {type: 'string'}},
} as const;

/** Parses a YAML text of the site, or refuses naming the file to fix. */
function parseSiteYaml(text: string, file: string, what: string): unknown {
  try {
    return YAML.parse(text);
  } catch (error) {
    throw new CommandError(`Refusé : ${file} a ${what} illisible (${(error as Error).message.split('\n')[0]}). Corrigez-le d’abord.`);
  }
}

/** The blog post (relative name) that is already the summary of session `key`, if any. */
function existingSummary(blogDir: string, key: string): string | undefined {
  const files = fs.readdirSync(blogDir, {recursive: true, encoding: 'utf8'}).filter((name) => /\.mdx?$/.test(name));
  return files.find((name) => {
    const text = fs.readFileSync(path.join(blogDir, name), 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (!frontMatter) return false;
    const data = parseSiteYaml(frontMatter, `blog/${name}`, 'un en-tête (front matter)') as Record<string, unknown> | null;
    return data?.[SUMMARY_FIELD] === key;
  });
}

function knownAuthors(blogDir: string): string[] {
  const file = path.join(blogDir, 'authors.yml');
  if (!fs.existsSync(file)) throw new CommandError('Refusé : blog/authors.yml est introuvable. Créez-le avec au moins l’auteur « redaction » (voir le guide de publication).');
  const authors = parseSiteYaml(fs.readFileSync(file, 'utf8'), 'blog/authors.yml', 'un contenu');
  return authors && typeof authors === 'object' ? Object.keys(authors) : [];
}

export function compteRendu(argv: string[], context: CommandContext = processContext()): void {
  const {values} = parseCommandArgs(argv, COMMAND);
  if (!values.session) throw new UsageError('Indiquez --session.', COMMAND.usage);
  const roots = resolveRoots(values.racine, context.env, context.cwd);
  const model = loadForCommand(roots);
  const found = findSession(model, values.session);
  if ('error' in found) throw new CommandError(`Refusé : ${found.error}`);
  const {day, session} = found;
  const key = `${day.id}/${session.id}`;
  const blogDir = path.join(roots.siteDir, 'blog');
  const authors = knownAuthors(blogDir);
  const wanted = values.auteur ?? ['redaction'];
  const unknown = wanted.filter((author) => !authors.includes(author));
  if (unknown.length > 0) {
    throw new CommandError(`Refusé : auteur inconnu « ${unknown.join(', ')} ». Ajoutez les rapporteurs dans blog/authors.yml (auteurs connus : ${authors.join(', ')}).`);
  }
  const already = existingSummary(blogDir, key);
  if (already) throw new CommandError(`Refusé : la session ${key} a déjà un compte rendu (blog/${already}).`);
  const target = path.join(blogDir, `${day.id.slice(0, 10)}-compte-rendu-${session.id}.md`);
  if (fs.existsSync(target)) throw new CommandError(`Refusé : ${path.relative(roots.siteDir, target)} existe déjà (sans lien avec cette session) : renommez-le ou supprimez-le d’abord.`);
  const start = parseParisDateTime(day.start)!;
  writeAtomically(target, scaffoldSummary({dayId: day.id, sessionId: session.id, sessionTitle: session.title, dayLabel: `journée du ${formatParisDate(start)}`, themes: session.themes, authors: wanted}));
  context.print(`Compte rendu créé : ${path.relative(roots.siteDir, target)} (brouillon, « À RÉDIGER »).`);
  context.print('Rédigez-le, puis retirez « draft: true » pour le publier.');
}

if (require.main === module) runCommand(() => compteRendu(process.argv.slice(2)), COMMAND.writes);
