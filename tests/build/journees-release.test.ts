/**
 * End to end: fixture day → real `publier` and `compte-rendu` commands →
 * real site built twice, one minute before and at the release time
 * (support/sites.ts: the `embargoed` build, under /boussole/, and the
 * `published` one). Besides the text PDF, a slide deck without text layer is
 * published: its text is recognised by `publier`, kept in the cache, and both
 * builds reuse it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {describe, expect, inject, it} from 'vitest';
import {buildSite, TEST_OUTPUT} from '../support/paths';
import {DRAFT_SUMMARY, FIXTURE_DAY, fixturePdf, PDF_PAGES, readFixtureSite, REAL_DAY, REAL_PUBLICATION, REAL_SUMMARY, SCANNED_DECK_PATH, scannedDeckPdf, SUMMARY_EXCERPT} from '../support/fixture-site';
import {buildLog} from '../support/sites';
import {DECK_TITLE, PAGE_2_WORD} from '../../src/plugins/journees/__tests__/__fixtures__/make-slides';
import {findIndexFile, openIndexFile} from '../../src/plugins/search/build/index-file';
import {sha256} from '../../src/adapters/pdf';
import {mainText as visibleText} from '../support/html';

const BEFORE = inject('sites').embargoed.dir;
const AFTER = inject('sites').published.dir;
const PDF_PATH = `supports/${FIXTURE_DAY}/supports-essai.pdf`;

const {siteDir, publishOutput, scannedDeckOutput} = readFixtureSite();
const pdf = fixturePdf(siteDir);
const scannedDeck = scannedDeckPdf(siteDir);

const read = (out: string, sitePath: string) => fs.readFileSync(path.join(out, sitePath), 'utf8');
const mainText = (out: string, sitePath: string) => visibleText(read(out, sitePath));
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => fs.statSync(path.join(dir, name)).isFile());
}

describe('publication command', () => {
  it('said when the file will be online', () => {
    expect(publishOutput).toContain('en ligne à partir du vendredi 14 juin 2030 à 17 h (heure de Paris)');
  });

  it('said the deck has no text layer, how long recognising it would take, and took its title from the PDF', () => {
    const lines = scannedDeckOutput.split('\n');
    expect(lines[0]).toBe('Diaporama numérisé.pdf n’a pas de couche texte : ses 3 pages sont des images (numérisées ou exportées d’un outil de mise en page).');
    expect(lines[1]).toMatch(/^Reconnaissance automatique du texte en français \(OCR\) : environ \d+ s…$/);
    expect(lines[2]).toMatch(/^Texte reconnu en [\d,]+ s \(pages 1 à 3\) ; gardé en cache : la construction du site ne le refera pas\.$/);
    expect(scannedDeckOutput).toContain(`Publication de « ${DECK_TITLE} » (Diaporama, PDF, 3 pages`);
    expect(scannedDeckOutput).toContain('  titre : repris des propriétés du PDF ; changez-le avec --titre');
  });
});

describe('the builds', () => {
  it('reuse the recognised text from the cache (no recognition) and print no pdf.js warning', () => {
    for (const output of [buildLog('published'), buildLog('embargoed')]) {
      expect(output).toContain('[SUCCESS]');
      expect(output).not.toContain('couche texte');
      expect(output).not.toMatch(/^Warning: /m);
    }
  });
});

describe('before the release time (BOUSSOLE_NOW one minute before)', () => {
  it('neither copies nor links the file anywhere in the build', () => {
    expect(fs.existsSync(path.join(BEFORE, PDF_PATH))).toBe(false);
    const leaks = allFiles(BEFORE).filter((name) => /\.(html|js|json|xml|txt)$/.test(name) && /supports-essai\.(pdf|apercu)|\/supports\/2030/.test(read(BEFORE, name)));
    expect(leaks).toEqual([]);
    expect(fs.existsSync(path.join(BEFORE, `supports/${FIXTURE_DAY}/${FIXTURE_DAY}-supports.zip`))).toBe(false);
  });

  it('keeps the PDF text out of the search index', () => {
    const indexes = allFiles(BEFORE).filter((name) => name.startsWith('search-index'));
    expect(indexes.length).toBeGreaterThan(0);
    for (const name of indexes) {
      expect(read(BEFORE, name)).not.toContain(PDF_PAGES[1]);
      expect(read(BEFORE, name)).not.toContain(PAGE_2_WORD);
    }
  });

  it('says on the session page and on /ressources when it will be available', () => {
    const expected = 'Disponible à partir du vendredi 14 juin 2030 à 17 h (heure de Paris)';
    expect(mainText(BEFORE, `journees/${FIXTURE_DAY}/ouverture.html`)).toContain(expected);
    expect(mainText(BEFORE, 'ressources.html')).toContain(expected);
    expect(mainText(BEFORE, `journees/${FIXTURE_DAY}.html`)).not.toContain('Tout télécharger');
  });
});

describe('at the release time (BOUSSOLE_NOW = release minute)', () => {
  it('copies the file unchanged, with its thumbnail', () => {
    expect(Buffer.from(fs.readFileSync(path.join(AFTER, PDF_PATH)))).toEqual(Buffer.from(pdf));
    const png = fs.readFileSync(path.join(AFTER, `supports/${FIXTURE_DAY}/supports-essai.apercu.png`));
    expect(png.subarray(0, 4).toString('hex')).toBe('89504e47');
  });

  it('lists it on /ressources with size, page count, SHA-256, download link and previewed first page', () => {
    const text = mainText(AFTER, 'ressources.html');
    const html = read(AFTER, 'ressources.html');
    expect(text).toContain('Supports d’essai');
    expect(text).toContain(`PDF, ${(pdf.length / 1024).toLocaleString('fr-FR', {maximumFractionDigits: 1})} Ko, ${PDF_PAGES.length} pages`);
    expect(text).toContain(sha256(pdf));
    expect(html).toMatch(new RegExp(`href="?/${PDF_PATH}"?`));
    expect(html).toMatch(/<img[^>]+alt="Aperçu de la première page : Supports d’essai"/);
  });

  it('gives the PDF a text alternative on its session page: its text, page by page', () => {
    const session = mainText(AFTER, `journees/${FIXTURE_DAY}/ouverture.html`);
    expect(session).toContain(`Version texte du document (${PDF_PAGES.length} pages)`);
    PDF_PAGES.forEach((text, index) => {
      expect(session).toContain(`Page ${index + 1}`);
      expect(session).toContain(text);
    });
    // Lists link to the session page instead of repeating the text.
    expect(mainText(AFTER, 'ressources.html')).not.toContain(PDF_PAGES[1]);
  });

  it('indexes the text of each PDF page for search', () => {
    const indexes = allFiles(AFTER).filter((name) => name.startsWith('search-index'));
    expect(indexes.some((name) => read(AFTER, name).includes(PDF_PAGES[1]))).toBe(true);
  });

  it('finds a word of page 2 of the deck without text layer, linked to that page', async () => {
    const engine = openIndexFile(findIndexFile(AFTER)!);
    const hits = (await engine.search(PAGE_2_WORD, {types: [], themes: []}, 10)).hits;
    expect(hits.length).toBeGreaterThan(0);
    const top = hits[0].sections[0];
    expect(top.url).toBe(`/${SCANNED_DECK_PATH}#page=2`);
    expect(top.title).toBe(`${DECK_TITLE}, page 2`);
    expect(hits.flatMap((hit) => hit.sections.map((section) => section.url))).not.toContain(`/${SCANNED_DECK_PATH}#page=1`);
  });

  it('gives the deck a text alternative of the recognised text, marked as such, page by page', () => {
    expect(Buffer.from(fs.readFileSync(path.join(AFTER, SCANNED_DECK_PATH)))).toEqual(Buffer.from(scannedDeck));
    const session = mainText(AFTER, `journees/${FIXTURE_DAY}/atelier.html`);
    expect(session).toContain('Version texte du document (3 pages)');
    expect(session.match(/Texte reconnu automatiquement, peut contenir des erreurs\./g)).toHaveLength(3);
    expect(session).toContain(`Le pacte ${PAGE_2_WORD} fixe les engagements des associés`);
    expect(session).toContain('Calendrier et prochaines étapes');
    expect(session).not.toContain('page sans texte');
    // The text PDF of the other session is not marked.
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}/ouverture.html`)).not.toContain('Texte reconnu automatiquement');
  });

  it('offers a zip of the day that holds the files', () => {
    const zip = unzipSync(fs.readFileSync(path.join(AFTER, `supports/${FIXTURE_DAY}/${FIXTURE_DAY}-supports.zip`)));
    expect(Object.keys(zip).sort()).toEqual(['diaporama-numerise.pdf', 'supports-essai.pdf']);
    expect(Buffer.from(zip['supports-essai.pdf'])).toEqual(Buffer.from(pdf));
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}.html`)).toContain('Tout télécharger (zip)');
  });

  it('writes no calendar file once the days are over (announced days: src/plugins/journees/__tests__/lifecycle.test.ts)', () => {
    expect(fs.existsSync(path.join(AFTER, 'agenda'))).toBe(false);
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}.html`)).not.toContain('Ajouter à mon agenda');
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}/ouverture.html`)).not.toContain('Ajouter cette session à mon agenda');
  });

  it('puts schema.org Event JSON-LD and a PNG og:image on the day page', () => {
    const html = read(AFTER, `journees/${FIXTURE_DAY}.html`);
    const json = /<script[^>]*type="?application\/ld\+json"?[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
    const event = JSON.parse(json!);
    expect(event['@type']).toBe('Event');
    expect(event.startDate).toBe('2030-06-14T09:30:00+02:00');
    expect(event.organizer.name).toBe('Aatiko Conseils');
    const og = /property="?og:image"? content="?([^"\s>]+)/.exec(html)?.[1];
    expect(og).toMatch(new RegExp(`/img/journees/${FIXTURE_DAY}-og\\.png$`));
    expect(fs.readFileSync(path.join(AFTER, `img/journees/${FIXTURE_DAY}-og.png`)).subarray(0, 4).toString('hex')).toBe('89504e47');
  });

  it('ties the summary post and its session together', () => {
    const session = mainText(AFTER, `journees/${FIXTURE_DAY}/ouverture.html`);
    expect(session).toContain('Compte rendu — Session d’ouverture d’essai');
    expect(session).toContain(SUMMARY_EXCERPT);
    expect(session).not.toContain('pas publié de compte rendu');
    expect(session).toMatch(/Articles liés Faire groupe /);
    const post = mainText(AFTER, 'articles/2030/06/14/compte-rendu-ouverture.html');
    expect(post).toContain('Ce compte rendu porte sur la session « Session d’ouverture d’essai »');
    expect(post).toContain('Supports d’essai (Diaporama, PDF,');
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}/atelier.html`)).toContain('L’organisateur n’a pas publié de compte rendu de cette session à ce jour.');
  });

  it('lists the summary under its day on « Comptes rendus », and says what is published on the day page', () => {
    const summaries = mainText(AFTER, 'comptes-rendus.html');
    expect(summaries).toContain('La journée du vendredi 14 juin 2030');
    expect(summaries).toContain('Compte rendu — Session d’ouverture d’essai — session « Session d’ouverture d’essai »');
    expect(summaries).not.toContain('Aucun compte rendu n’est publié à ce jour.');
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}.html`)).toContain('La journée a eu lieu le vendredi 14 juin 2030. Publiés : un compte rendu et 2 supports.');
  });

});

describe('publishing into the real 2022 day (a PDF for the grand témoin, a summary of « Faire groupe »)', () => {
  const realPdf = `supports/${REAL_DAY}/${REAL_PUBLICATION.file}`;

  it('copies the PDF and lists it on the day, its session and /ressources, with its text page by page', () => {
    expect(fs.existsSync(path.join(AFTER, realPdf))).toBe(true);
    const day = mainText(AFTER, `journees/${REAL_DAY}.html`);
    expect(day).toContain('Publiés : un compte rendu et un support.');
    expect(day).not.toContain('L’organisateur n’a publié à ce jour ni compte rendu ni support de cette journée.');
    expect(read(AFTER, `journees/${REAL_DAY}.html`)).toMatch(new RegExp(`href="?/${realPdf}"?`));
    const session = mainText(AFTER, `journees/${REAL_DAY}/${REAL_PUBLICATION.session}.html`);
    REAL_PUBLICATION.pages.forEach((text) => expect(session).toContain(text));
    expect(read(AFTER, 'ressources.html')).toMatch(new RegExp(`href="?/${realPdf}"?`));
  });

  it('ties the summary to its session and says plainly the other sessions have none', () => {
    const session = mainText(AFTER, `journees/${REAL_DAY}/${REAL_SUMMARY.session}.html`);
    expect(session).toContain(REAL_SUMMARY.excerpt);
    expect(session).not.toContain('pas publié de compte rendu');
    expect(fs.existsSync(path.join(AFTER, `${REAL_SUMMARY.route.slice(1)}.html`))).toBe(true);
    expect(mainText(AFTER, `journees/${REAL_DAY}/faire-ecosysteme.html`)).toContain('L’organisateur n’a pas publié de compte rendu de cette session à ce jour.');
  });
});

describe('a summary left as a draft (draft: true) reaches nothing, before or after the release', () => {
  const builds = [
    ['before', BEFORE],
    ['after', AFTER],
  ] as const;

  it.each(builds)('%s: no page, feed, sitemap, search index or session page mentions it', (_, out) => {
    const leaks = allFiles(out).filter((name) => {
      if (name.includes(DRAFT_SUMMARY.slug)) return true;
      if (!/\.(html|xml|json|txt|js)$/.test(name)) return false;
      const text = read(out, name);
      return text.includes(DRAFT_SUMMARY.slug) || text.includes(DRAFT_SUMMARY.marker);
    });
    expect(leaks).toEqual([]);
    for (const feed of ['articles/rss.xml', 'articles/atom.xml', 'sitemap.xml']) expect(fs.existsSync(path.join(out, feed)), feed).toBe(true);
    expect(mainText(out, `journees/${FIXTURE_DAY}/${DRAFT_SUMMARY.session}.html`)).toContain('L’organisateur n’a pas publié de compte rendu de cette session à ce jour.');
  });

  it('is in the copy the sites were built from, as the command left it', () => {
    expect(fs.readFileSync(path.join(siteDir, 'blog', DRAFT_SUMMARY.post), 'utf8')).toMatch(/^draft: true$/m);
  });
});

describe('content errors stop the build with a message naming the file and the field', () => {
  const failedBuild = (env: Record<string, string> = {}): string => {
    try {
      buildSite({siteDir, outDir: fs.mkdtempSync(path.join(TEST_OUTPUT, 'journees-erreur-')), env: {BOUSSOLE_NOW: '2030-06-14T17:00', ...env}});
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the build succeeded');
  };

  it('an unknown session in a summary post', () => {
    const post = path.join(siteDir, 'blog', '2030-06-15-mauvais.md');
    fs.writeFileSync(post, '---\ntitle: Mauvais\nauthors: [redaction]\ntags: [compte-rendu]\nsession: 2030-06-14-essai/cloture\n---\n\nTexte.\n\n<!-- truncate -->\n\nSuite.\n');
    try {
      expect(failedBuild()).toMatch(/blog\/2030-06-15-mauvais\.md — champ « session » : session inconnue « 2030-06-14-essai\/cloture »/);
    } finally {
      fs.rmSync(post);
    }
  });

  it('a published file that is not a PDF', () => {
    const file = path.join(siteDir, 'src/data/supports', FIXTURE_DAY, 'supports-essai.pdf');
    const original = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.concat([original.subarray(0, 30), Buffer.alloc(200, 1)]));
    try {
      expect(failedBuild()).toMatch(/src\/data\/supports\/2030-06-14-essai\/supports-essai\.pdf : ce fichier n’est pas un PDF lisible/);
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});
