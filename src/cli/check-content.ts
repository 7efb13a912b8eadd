/**
 * `npm run check:content [dossier]`: checks the articles of the knowledge base
 * (docs/ by default) against the editorial conventions, the same check as the
 * test suite, and lists every problem as `fichier: champ — message`.
 * Exit code 0 when all is well, 1 when something must be fixed, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {checkDocs, formatProblems} from '../content/check';

const root = path.resolve(__dirname, '../..');
const docsDir = path.resolve(root, process.argv[2] ?? 'docs');

if (!fs.existsSync(docsDir) || !fs.statSync(docsDir).isDirectory()) {
  console.error(`Dossier introuvable : ${docsDir}. Indiquez le dossier des articles, par exemple « npm run check:content -- docs ».`);
  process.exit(2);
}

const problems = checkDocs(docsDir);
if (problems.length === 0) {
  console.log(`Contenu conforme : aucun problème dans ${path.relative(root, docsDir) || docsDir}.`);
} else {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problème(s) à corriger.`);
  process.exitCode = 1;
}
