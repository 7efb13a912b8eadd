/**
 * A copy of the real site as an organiser leaves it after a day, made with the
 * real commands: the fixture day merged into its data (a new day), the fixture
 * PDF published with `publier` to that day's opening session (with a release
 * time) and to the real 2022 grand témoin session, a summary scaffolded with
 * `compte-rendu` and written for the fixture session and for a real 2022
 * session, and one summary left as a draft. A slide deck without text layer
 * (pictures of its slides) is published to the fixture workshop, its title
 * taken from the PDF, so that its text is recognised (OCR), and an article
 * made to be printed (PRINT_ARTICLE) is added to docs/. All texts are fictional and
 * marked as test material; the copy never leaves tests/.output.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {FIXTURE_DATA, FIXTURE_DAY} from '../../src/plugins/journees/__tests__/__fixtures__/faults';
import {makePdf} from '../../src/plugins/journees/__tests__/__fixtures__/make-pdf';
import {makeImageOnlyDeck} from '../../src/plugins/journees/__tests__/__fixtures__/make-slides';
import {PdfCache, pdfCacheDir} from '../../src/adapters/pdf-cache';
import {ROOT, TEST_OUTPUT} from './paths';

export {FIXTURE_DAY, ROOT};
/** Release time given to `publier --apres` (Paris, summer time: 15:00 UTC). */
export const RELEASE_AT = '2030-06-14T17:00';
export const PDF_PAGES = ['Supports essai page un', 'Supports essai page deux', 'Supports essai page trois'];
/** Where the image-only deck is published. */
export const SCANNED_DECK_PATH = `supports/${FIXTURE_DAY}/diaporama-numerise.pdf`;
export const SUMMARY_EXCERPT = 'Compte rendu fictif de la session d’ouverture d’essai, écrit pour les tests.';

/** What the copy publishes into the real 2022 data: a PDF for the grand témoin, a summary of « Faire groupe ». */
export const REAL_DAY = '2022-03-22';
export const REAL_PUBLICATION = {
  session: 'grand-temoin',
  file: 'supports-grand-temoin.pdf',
  pages: ['Document d’essai publié par les tests, page un', 'Document d’essai publié par les tests, page deux'],
};
export const REAL_SUMMARY = {
  session: 'faire-groupe',
  post: `${REAL_DAY}-compte-rendu-faire-groupe.md`,
  route: '/articles/2022/03/22/compte-rendu-faire-groupe',
  excerpt: 'Compte rendu d’essai de la session « Faire groupe », écrit par les tests sur une copie du site.',
};
/** A summary scaffolded and left as a draft: it must reach no page, feed, sitemap or index. */
export const DRAFT_SUMMARY = {
  session: 'atelier',
  post: `${FIXTURE_DAY.slice(0, 10)}-compte-rendu-atelier.md`,
  slug: 'compte-rendu-atelier',
  /** A sentence added to the draft, found nowhere else. */
  marker: 'Phrase témoin d’un brouillon d’essai, qui ne doit paraître nulle part.',
};

/** The article the print tests print (tests/browser/print-offline.test.ts): long, with a long table, an external link and a source. */
export const PRINT_ARTICLE = {
  file: 'docs/essai-impression.md',
  route: '/themes/essai-impression',
  EXTERNAL_URL: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037658394',
  /** Words of the cited source's title, as the bibliography writes it in the article's numbered sources. */
  SOURCE_TEXT: 'portant évolution du logement, de l’aménagement et du numérique (ELAN), article 83',
  ROWS: 45,
};


/** An article long enough for several pages, with headings, a long table, an external link and a footnote. */
function printFixtureArticle(): string {
  const {EXTERNAL_URL, ROWS} = PRINT_ARTICLE;
  const paragraph = (n: number) =>
    `Paragraphe d’essai ${n} : un texte assez long pour remplir la page, qui décrit sans rien affirmer de réel ce qu’un lecteur imprime pour une réunion. `.repeat(4);
  const sections = Array.from({length: 8}, (_, i) => `## Partie d’essai ${i + 1}\n\n${paragraph(i * 2)}\n\n${paragraph(i * 2 + 1)}\n`).join('\n');
  const rows = Array.from({length: ROWS}, (_, i) => `| Ligne ${i + 1} début | Texte de la ligne ${i + 1}, sur une ou deux lignes selon la largeur | Ligne ${i + 1} fin |`).join('\n');
  return [
    '---',
    'title: Article d’essai pour l’impression',
    'description: Article fictif des tests d’impression.',
    '---',
    '',
    `Texte d’essai avec un [lien vers Légifrance](${EXTERNAL_URL}), un [lien interne](glossaire.md) et une source[^loi-elan-art-83].`,
    '',
    sections,
    '## Le tableau d’essai',
    '',
    '| Début | Texte | Fin |',
    '| --- | --- | --- |',
    rows,
    '',
  ].join('\n');
}

/** The copy's folder (kept for the whole run: the build tests read its data and break it on purpose). */
export const FIXTURE_SITE = path.join(TEST_OUTPUT, 'fixture-site');
const FIXTURE_RECORD = path.join(TEST_OUTPUT, 'fixture-site.json');
const SKIP = new Set(['node_modules', '.git', 'tests', 'build', '.docusaurus', '.ci']);

function cli(siteDir: string, script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/cli', `${script}.ts`), ...args, '--racine', siteDir], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, BOUSSOLE_NOW: '2030-06-01T12:00'},
  });
  if (result.status !== 0) throw new Error(`${script} a échoué :\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Writes the scaffolded summary: published (no draft line), with `excerpt` as its description and text. */
function writeSummary(siteDir: string, post: string, excerpt: string): void {
  const file = path.join(siteDir, 'blog', post);
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^draft: true\n/m, '')
    .replace(/^description: .*$/m, `description: "${excerpt}"`)
    .replace(/\n---\n[\s\S]*$/, `\n---\n\n${excerpt}\n\n<!-- truncate -->\n\nTexte fictif du compte rendu d’essai.\n`);
  fs.writeFileSync(file, text);
}

export interface FixtureSite {
  siteDir: string;
  /** Output of the `publier` command for the fixture day. */
  publishOutput: string;
  /** Output of `publier` for the image-only deck. */
  scannedDeckOutput: string;
}

/** Makes the copy (replacing any previous one) with the commands above. */
export async function prepareFixtureSite(): Promise<FixtureSite> {
  const siteDir = FIXTURE_SITE;
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.mkdirSync(siteDir, {recursive: true});
  for (const entry of fs.readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(siteDir, entry), {recursive: true, filter: (source) => !source.includes(`${path.sep}.docusaurus`)});
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  fs.cpSync(FIXTURE_DATA, path.join(siteDir, 'src/data'), {recursive: true});
  fs.writeFileSync(path.join(siteDir, PRINT_ARTICLE.file), printFixtureArticle());
  fs.appendFileSync(
    path.join(siteDir, 'blog/authors.yml'),
    '\nrapporteuse-exemple:\n  name: Rapporteuse Exemple\n  title: Rapporteuse fictive des tests\n',
  );

  const inputs = path.join(TEST_OUTPUT, 'fixture-inputs');
  fs.rmSync(inputs, {recursive: true, force: true});
  fs.mkdirSync(inputs, {recursive: true});
  const fixturePdf = path.join(inputs, 'Supports Essai.pdf');
  fs.writeFileSync(fixturePdf, await makePdf(PDF_PAGES));
  const publishOutput = cli(siteDir, 'publier', [fixturePdf, '--session', `${FIXTURE_DAY}/ouverture`, '--titre', 'Supports d’essai', '--intervenant', 'intervenante-exemple', '--apres', RELEASE_AT]);
  // The organiser publishes the announced slides of the real day (replacing the announcement: --force).
  const realPdf = path.join(inputs, REAL_PUBLICATION.file);
  fs.writeFileSync(realPdf, await makePdf(REAL_PUBLICATION.pages));
  cli(siteDir, 'publier', [realPdf, '--session', `${REAL_DAY}/${REAL_PUBLICATION.session}`, '--intervenant', 'jean-claude-driant', '--force']);
  const deck = await makeImageOnlyDeck();
  const deckSource = path.join(inputs, 'Diaporama numérisé.pdf');
  fs.writeFileSync(deckSource, deck);
  // The copy's cache is the repository's (node_modules is linked): forget the deck, so that publier
  // recognises its text for real on every run, and the builds then read it from the cache.
  fs.rmSync(new PdfCache(pdfCacheDir(siteDir)).factsFile(deck), {force: true});
  const scannedDeckOutput = cli(siteDir, 'publier', [deckSource, '--session', `${FIXTURE_DAY}/atelier`, '--apres', RELEASE_AT]);
  fs.rmSync(inputs, {recursive: true, force: true});

  cli(siteDir, 'compte-rendu', ['--session', `${FIXTURE_DAY}/ouverture`, '--auteur', 'rapporteuse-exemple']);
  writeSummary(siteDir, '2030-06-14-compte-rendu-ouverture.md', SUMMARY_EXCERPT);
  cli(siteDir, 'compte-rendu', ['--session', `${REAL_DAY}/${REAL_SUMMARY.session}`, '--auteur', 'rapporteuse-exemple']);
  writeSummary(siteDir, REAL_SUMMARY.post, REAL_SUMMARY.excerpt);
  cli(siteDir, 'compte-rendu', ['--session', `${FIXTURE_DAY}/${DRAFT_SUMMARY.session}`, '--auteur', 'rapporteuse-exemple']);
  fs.appendFileSync(path.join(siteDir, 'blog', DRAFT_SUMMARY.post), `\n${DRAFT_SUMMARY.marker}\n`);
  const fixture: FixtureSite = {siteDir, publishOutput, scannedDeckOutput};
  fs.writeFileSync(FIXTURE_RECORD, JSON.stringify(fixture));
  return fixture;
}

/** What prepareFixtureSite did, for the tests that run after it (in other processes). */
export function readFixtureSite(): FixtureSite {
  return JSON.parse(fs.readFileSync(FIXTURE_RECORD, 'utf8')) as FixtureSite;
}

/** The image-only deck as published in the copy's data. */
export function scannedDeckPdf(siteDir = FIXTURE_SITE): Buffer {
  return fs.readFileSync(path.join(siteDir, 'src/data', SCANNED_DECK_PATH));
}

/** The fixture PDF as published in the copy's data. */
export function fixturePdf(siteDir = FIXTURE_SITE): Buffer {
  return fs.readFileSync(path.join(siteDir, 'src/data/supports', FIXTURE_DAY, 'supports-essai.pdf'));
}
