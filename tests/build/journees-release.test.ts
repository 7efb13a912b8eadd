/**
 * End to end: fixture day → real `publier` and `compte-rendu` commands →
 * real site built twice, one minute before and at the release time.
 */
import fs from 'node:fs';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildSite, TEST_OUTPUT} from '../support/paths';
import {FIXTURE_DAY, PDF_PAGES, prepareFixtureSite, SUMMARY_EXCERPT} from '../support/fixture-site';
import {sha256} from '../../src/adapters/pdf';
import {mainText as visibleText} from '../support/html';

const BEFORE = path.join(TEST_OUTPUT, 'journees-avant');
const AFTER = path.join(TEST_OUTPUT, 'journees-apres');
const PDF_PATH = `supports/${FIXTURE_DAY}/supports-essai.pdf`;

let siteDir: string;
let pdf: Uint8Array;
let publishOutput: string;

const read = (out: string, sitePath: string) => fs.readFileSync(path.join(out, sitePath), 'utf8');
const mainText = (out: string, sitePath: string) => visibleText(read(out, sitePath));
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => fs.statSync(path.join(dir, name)).isFile());
}

beforeAll(async () => {
  ({siteDir, pdf, publishOutput} = await prepareFixtureSite());
  buildSite({siteDir, outDir: BEFORE, env: {BOUSSOLE_NOW: '2030-06-14T16:59', BOUSSOLE_DATA_DIR: path.join(siteDir, 'src/data')}});
  buildSite({siteDir, outDir: AFTER, env: {BOUSSOLE_NOW: '2030-06-14T17:00', BOUSSOLE_DATA_DIR: path.join(siteDir, 'src/data')}});
});

afterAll(() => {
  if (siteDir) fs.rmSync(siteDir, {recursive: true, force: true});
});

describe('publication command', () => {
  it('said when the file will be online', () => {
    expect(publishOutput).toContain('en ligne à partir du vendredi 14 juin 2030 à 17 h (heure de Paris)');
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
    for (const name of indexes) expect(read(BEFORE, name)).not.toContain(PDF_PAGES[1]);
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

  it('offers a zip of the day that holds the file', () => {
    const zip = unzipSync(fs.readFileSync(path.join(AFTER, `supports/${FIXTURE_DAY}/${FIXTURE_DAY}-supports.zip`)));
    expect(Object.keys(zip)).toEqual(['supports-essai.pdf']);
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
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}.html`)).toContain('La journée a eu lieu le vendredi 14 juin 2030. Publiés : un compte rendu et un support.');
  });

  it('keeps the real 2022 day honest: no summary, no material published', () => {
    const text = mainText(AFTER, 'journees/2022-03-22.html');
    expect(text).toContain('L’organisateur n’a publié à ce jour ni compte rendu ni support de cette journée.');
    expect(text).toContain('Jean-Claude Driant');
  });
});

describe('content errors stop the build with a message naming the file and the field', () => {
  const failedBuild = (env: Record<string, string> = {}): string => {
    try {
      buildSite({siteDir, outDir: path.join(TEST_OUTPUT, 'journees-erreur'), env: {BOUSSOLE_NOW: '2030-06-14T17:00', ...env}});
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
