/**
 * `npm run check:content [racine]`: checks the site (docs/, blog/ and the
 * bibliography src/data/sources.yml, under the current folder by default)
 * against the editorial conventions and the citation rules, the same check as
 * the test suite, and lists every problem as `fichier: champ — message`.
 * Exit code 0 when all is well, 1 when something must be fixed, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CommandError} from '../domain/errors';
import {checkSite, DEFAULT_LAYOUT, formatProblems} from '../content/check';
import {parseCommandArgs, runCommand, UsageError} from './run-command';

const COMMAND = {usage: 'Usage : npm run check:content [-- <racine du site>]', allowPositionals: true, writes: false, options: {}} as const;

function main(argv: string[]): void {
  const {positionals} = parseCommandArgs(argv, COMMAND);
  const root = path.resolve(process.cwd(), positionals[0] ?? '.');
  const docsDir = path.join(root, DEFAULT_LAYOUT.docs);
  if (!fs.existsSync(docsDir) || !fs.statSync(docsDir).isDirectory()) {
    throw new UsageError(`Dossier des articles introuvable : ${docsDir}. Indiquez la racine du site, par exemple « npm run check:content -- . ».`, COMMAND.usage);
  }
  const problems = checkSite(root);
  if (problems.length > 0) throw new CommandError(`${formatProblems(problems)}\n\n${problems.length} problème(s) à corriger.`);
  console.log(`Contenu conforme : aucun problème dans ${DEFAULT_LAYOUT.docs}/, ${DEFAULT_LAYOUT.blog}/ et ${DEFAULT_LAYOUT.sources}.`);
}

runCommand(() => main(process.argv.slice(2)), COMMAND.writes);
