/**
 * A temp copy of the real site with the fixture day merged into its data,
 * the fixture PDF published through the real `publier` command and a summary
 * scaffolded by the real `compte-rendu` command, then written (fictional text).
 * On request, a slide deck without text layer (pictures of its slides) is
 * published too, in the workshop session, its title taken from the PDF.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {FIXTURE_DATA, FIXTURE_DAY} from '../../src/plugins/journees/__tests__/__fixtures__/faults';
import {makePdf} from '../../src/plugins/journees/__tests__/__fixtures__/make-pdf';
import {makeImageOnlyDeck} from '../../src/plugins/journees/__tests__/__fixtures__/make-slides';
import {PdfCache, pdfCacheDir} from '../../src/adapters/pdf-cache';
import {ROOT} from './paths';

export {FIXTURE_DAY, ROOT};
/** Release time given to `publier --apres` (Paris, summer time: 15:00 UTC). */
export const RELEASE_AT = '2030-06-14T17:00';
export const PDF_PAGES = ['Supports essai page un', 'Supports essai page deux', 'Supports essai page trois'];
/** Where the image-only deck is published. */
export const SCANNED_DECK_PATH = `supports/${FIXTURE_DAY}/diaporama-numerise.pdf`;
export const SUMMARY_EXCERPT = 'Compte rendu fictif de la session d’ouverture d’essai, écrit pour les tests.';

const SKIP = new Set(['node_modules', '.git', 'tests', 'build', '.docusaurus']);

function cli(siteDir: string, script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/cli', `${script}.ts`), ...args, '--racine', siteDir], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, BOUSSOLE_NOW: '2030-06-01T12:00'},
  });
  if (result.status !== 0) throw new Error(`${script} a échoué :\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export interface FixtureSite {
  siteDir: string;
  pdf: Uint8Array;
  publishOutput: string;
  /** With `scannedDeck`: the image-only deck and what publishing it said. */
  scannedDeck?: {pdf: Uint8Array; publishOutput: string};
}

export async function prepareFixtureSite(options: {scannedDeck?: boolean} = {}): Promise<FixtureSite> {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-site-'));
  for (const entry of fs.readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(siteDir, entry), {recursive: true, filter: (source) => !source.includes(`${path.sep}.docusaurus`)});
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  fs.cpSync(FIXTURE_DATA, path.join(siteDir, 'src/data'), {recursive: true});
  fs.appendFileSync(
    path.join(siteDir, 'blog/authors.yml'),
    '\nrapporteuse-exemple:\n  name: Rapporteuse Exemple\n  title: Rapporteuse fictive des tests\n',
  );

  const inputs = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-inputs-'));
  const pdf = await makePdf(PDF_PAGES);
  const source = path.join(inputs, 'Supports Essai.pdf');
  fs.writeFileSync(source, pdf);
  const publishOutput = cli(siteDir, 'publier', [source, '--session', `${FIXTURE_DAY}/ouverture`, '--titre', 'Supports d’essai', '--intervenant', 'intervenante-exemple', '--apres', RELEASE_AT]);
  let scannedDeck: FixtureSite['scannedDeck'];
  if (options.scannedDeck) {
    const deck = await makeImageOnlyDeck();
    const deckSource = path.join(inputs, 'Diaporama numérisé.pdf');
    fs.writeFileSync(deckSource, deck);
    // The site's cache is the repository's (node_modules is linked): forget the deck, so that publier
    // recognises its text for real on every run, and the builds then read it from the cache.
    fs.rmSync(new PdfCache(pdfCacheDir(siteDir)).factsFile(deck), {force: true});
    scannedDeck = {pdf: deck, publishOutput: cli(siteDir, 'publier', [deckSource, '--session', `${FIXTURE_DAY}/atelier`, '--apres', RELEASE_AT])};
  }
  fs.rmSync(inputs, {recursive: true, force: true});

  cli(siteDir, 'compte-rendu', ['--session', `${FIXTURE_DAY}/ouverture`, '--auteur', 'rapporteuse-exemple']);
  const post = path.join(siteDir, 'blog', '2030-06-14-compte-rendu-ouverture.md');
  const text = fs
    .readFileSync(post, 'utf8')
    .replace(/^draft: true\n/m, '')
    .replace(/^description: .*$/m, `description: "${SUMMARY_EXCERPT}"`)
    .replace(/\n---\n[\s\S]*$/, `\n---\n\n${SUMMARY_EXCERPT}\n\n<!-- truncate -->\n\nTexte fictif du compte rendu d’essai.\n`);
  fs.writeFileSync(post, text);
  return {siteDir, pdf, publishOutput, ...(scannedDeck ? {scannedDeck} : {})};
}
