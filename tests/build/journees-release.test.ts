/**
 * End to end: fixture day → real `publier` and `compte-rendu` commands →
 * real site built twice, one minute before and at the release time
 * (support/sites.ts: the `embargoed` build, under /boussole/, and the
 * `published` one).
 */
import fs from 'node:fs';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {describe, expect, inject, it} from 'vitest';
import {buildSite, TEST_OUTPUT} from '../support/paths';
import {DRAFT_SUMMARY, FIXTURE_DAY, fixturePdf, PDF_PAGES, readFixtureSite, REAL_DAY, REAL_PUBLICATION, REAL_SUMMARY, SUMMARY_EXCERPT} from '../support/fixture-site';
import {sha256} from '../../src/adapters/pdf';
import {mainText as visibleText} from '../support/html';

const BEFORE = inject('sites').embargoed.dir;
const AFTER = inject('sites').published.dir;
const PDF_PATH = `supports/${FIXTURE_DAY}/supports-essai.pdf`;

const {siteDir, publishOutput} = readFixtureSite();
const pdf = fixturePdf(siteDir);

const read = (out: string, sitePath: string) => fs.readFileSync(path.join(out, sitePath), 'utf8');
const mainText = (out: string, sitePath: string) => visibleText(read(out, sitePath));
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => fs.statSync(path.join(dir, name)).isFile());
}

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

  it('writes calendar files with the right DTSTART (Paris summer time → UTC)', () => {
    const day = read(AFTER, `agenda/${FIXTURE_DAY}.ics`);
    expect(day).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(day).toContain('DTSTART:20300614T073000Z');
    expect(day).toContain('DTEND:20300614T143000Z');
    const session = read(AFTER, `agenda/${FIXTURE_DAY}--ouverture.ics`);
    expect(session).toContain('DTSTART:20300614T073000Z');
    expect(session).toContain('DTEND:20300614T083000Z');
    expect(fs.existsSync(path.join(AFTER, `agenda/${FIXTURE_DAY}--atelier.ics`))).toBe(false);
    const real = read(AFTER, 'agenda/2022-03-22.ics');
    expect(real).toContain('DTSTART:20220322T083000Z');
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
    expect(session).not.toContain('Compte rendu à paraître');
    expect(session).toMatch(/Articles liés Faire groupe /);
    const post = mainText(AFTER, 'comptes-rendus/2030/06/14/compte-rendu-ouverture.html');
    expect(post).toContain('Ce compte rendu porte sur la session « Session d’ouverture d’essai »');
    expect(post).toContain('Supports d’essai (Diaporama, PDF,');
    expect(mainText(AFTER, `journees/${FIXTURE_DAY}/atelier.html`)).toContain('Compte rendu à paraître');
  });

});

describe('publishing into the real 2022 day (a PDF for the grand témoin, a summary of « Faire groupe »)', () => {
  const realPdf = `supports/${REAL_DAY}/${REAL_PUBLICATION.file}`;

  it('copies the PDF and lists it on the day, its session and /ressources, with its text page by page', () => {
    expect(fs.existsSync(path.join(AFTER, realPdf))).toBe(true);
    const day = mainText(AFTER, `journees/${REAL_DAY}.html`);
    expect(day).not.toContain('Aucun support n’a encore été publié');
    expect(read(AFTER, `journees/${REAL_DAY}.html`)).toMatch(new RegExp(`href="?/${realPdf}"?`));
    const session = mainText(AFTER, `journees/${REAL_DAY}/${REAL_PUBLICATION.session}.html`);
    REAL_PUBLICATION.pages.forEach((text) => expect(session).toContain(text));
    expect(read(AFTER, 'ressources.html')).toMatch(new RegExp(`href="?/${realPdf}"?`));
  });

  it('ties the summary to its session and leaves the other sessions « à paraître »', () => {
    const session = mainText(AFTER, `journees/${REAL_DAY}/${REAL_SUMMARY.session}.html`);
    expect(session).toContain(REAL_SUMMARY.excerpt);
    expect(session).not.toContain('Compte rendu à paraître');
    expect(fs.existsSync(path.join(AFTER, `${REAL_SUMMARY.route.slice(1)}.html`))).toBe(true);
    expect(mainText(AFTER, `journees/${REAL_DAY}/faire-ecosysteme.html`)).toContain('Compte rendu à paraître');
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
    for (const feed of ['comptes-rendus/rss.xml', 'comptes-rendus/atom.xml', 'sitemap.xml']) expect(fs.existsSync(path.join(out, feed)), feed).toBe(true);
    expect(mainText(out, `journees/${FIXTURE_DAY}/${DRAFT_SUMMARY.session}.html`)).toContain('Compte rendu à paraître');
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
