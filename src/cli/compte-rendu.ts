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
import {parseCommandArgs, runCommand, UsageError} from './run-command';

const COMMAND = {
  usage: 'Usage : npm run compte-rendu -- --session <journée/session> [--auteur <id de blog/authors.yml>] [--racine <dossier>]',
  writes: true,
  options: {session: {type: 'string'}, auteur: {type: 'string', multiple: true}, racine: {type: 'string'}},
} as const;

function existingSummary(blogDir: string, key: string): string | undefined {
  const files = fs.readdirSync(blogDir, {recursive: true, encoding: 'utf8'}).filter((name) => /\.mdx?$/.test(name));
  return files.find((name) => {
    const text = fs.readFileSync(path.join(blogDir, name), 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (!frontMatter) return false;
    const data = YAML.parse(frontMatter) as Record<string, unknown> | null;
    return data?.[SUMMARY_FIELD] === key;
  });
}

function main(argv: string[]): void {
  const {values} = parseCommandArgs(argv, COMMAND);
  if (!values.session) throw new UsageError('Indiquez --session.', COMMAND.usage);
  const roots = resolveRoots(values.racine, process.env, process.cwd());
  const model = loadForCommand(roots);
  const found = findSession(model, values.session);
  if ('error' in found) throw new CommandError(`Refusé : ${found.error}`);
  const {day, session} = found;
  const key = `${day.id}/${session.id}`;
  const blogDir = path.join(roots.siteDir, 'blog');
  const authorsFile = path.join(blogDir, 'authors.yml');
  const authors = Object.keys((YAML.parse(fs.readFileSync(authorsFile, 'utf8')) as Record<string, unknown>) ?? {});
  const wanted = values.auteur ?? ['redaction'];
  const unknown = wanted.filter((author) => !authors.includes(author));
  if (unknown.length > 0) {
    throw new CommandError(`Refusé : auteur inconnu « ${unknown.join(', ')} ». Ajoutez les rapporteurs dans blog/authors.yml (auteurs connus : ${authors.join(', ')}).`);
  }
  const already = existingSummary(blogDir, key);
  if (already) throw new CommandError(`Refusé : la session ${key} a déjà un compte rendu (blog/${already}).`);
  const target = path.join(blogDir, `${day.id.slice(0, 10)}-compte-rendu-${session.id}.md`);
  if (fs.existsSync(target)) throw new CommandError(`Refusé : ${path.relative(process.cwd(), target)} existe déjà.`);
  const start = parseParisDateTime(day.start)!;
  writeAtomically(target, scaffoldSummary({dayId: day.id, sessionId: session.id, sessionTitle: session.title, dayLabel: `journée du ${formatParisDate(start)}`, themes: session.themes, authors: wanted}));
  console.log(`Compte rendu créé : ${path.relative(process.cwd(), target)} (brouillon, « À RÉDIGER »).`);
  console.log('Rédigez-le, puis retirez « draft: true » pour le publier.');
}

runCommand(() => main(process.argv.slice(2)), COMMAND.writes);
