/**
 * `npm run check:content [dossier]`: checks the articles of the knowledge base
 * (docs/ by default) against the editorial conventions, the same check as the
 * test suite, and lists every problem as `fichier: champ — message`.
 * Exit code 0 when all is well, 1 when something must be fixed, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CommandError} from '../domain/errors';
import {checkDocs, formatProblems} from '../content/check';
import {parseCommandArgs, runCommand, UsageError} from './run-command';

const COMMAND = {usage: 'Usage : npm run check:content [-- <dossier des articles>]', allowPositionals: true, writes: false, options: {}} as const;

function main(argv: string[]): void {
  const {positionals} = parseCommandArgs(argv, COMMAND);
  const root = process.cwd();
  const docsDir = path.resolve(root, positionals[0] ?? 'docs');
  if (!fs.existsSync(docsDir) || !fs.statSync(docsDir).isDirectory()) {
    throw new UsageError(`Dossier introuvable : ${docsDir}. Indiquez le dossier des articles, par exemple « npm run check:content -- docs ».`, COMMAND.usage);
  }
  const problems = checkDocs(docsDir);
  if (problems.length > 0) throw new CommandError(`${formatProblems(problems)}\n\n${problems.length} problème(s) à corriger.`);
  console.log(`Contenu conforme : aucun problème dans ${path.relative(root, docsDir) || docsDir}.`);
}

runCommand(() => main(process.argv.slice(2)), COMMAND.writes);
