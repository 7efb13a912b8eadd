import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PdfCache, pdfCacheDir} from '../../adapters/pdf-cache';
import {DATA_FAULTS, FIXTURE_DAY} from '../../plugins/journees/__tests__/__fixtures__/faults';
import {makePdf} from '../../plugins/journees/__tests__/__fixtures__/make-pdf';
import {DECK_TITLE, makeImageOnlyDeck, PAGE_2_WORD} from '../../plugins/journees/__tests__/__fixtures__/make-slides';
import {makeSite, snapshot} from '../../publishing/__tests__/__fixtures__/site';
import {ALREADY_RECOGNISED} from '../../publishing/text-recognition';
import {addSecondDay, expectMisused, expectRefused, run, runProcess} from './__fixtures__/commands';

const sites: string[] = [];
let site: string;
let inputs: string;
const input = (name: string) => path.join(inputs, name);
const newSite = () => {
  const dir = makeSite();
  sites.push(dir);
  return dir;
};
const dayData = (dir: string) => YAML.parse(fs.readFileSync(path.join(dir, 'src/data/journees', `${FIXTURE_DAY}.yml`), 'utf8'));

beforeAll(async () => {
  site = newSite();
  inputs = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-cli-inputs-'));
  fs.writeFileSync(input('Supports Essai.pdf'), await makePdf(['Page un', 'Page deux']));
  fs.writeFileSync(input('texte.pdf'), 'Ceci est du texte, pas un PDF.');
  const good = await makePdf(['x']);
  fs.writeFileSync(input('abime.pdf'), Buffer.concat([Buffer.from(good.subarray(0, 40)), Buffer.alloc(300, 7)]));
  fs.writeFileSync(input('___.pdf'), await makePdf(['x']));
  // Readable, but its cross-reference offset is wrong: pdf.js rebuilds it and would print a warning.
  const damaged = Buffer.from(await makePdf(['Page reparable']));
  fs.writeFileSync(input('Reparable.pdf'), Buffer.from(damaged.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n999999'), 'latin1'));
  fs.writeFileSync(input('Diaporama scanne.pdf'), await makeImageOnlyDeck([2]));
});

afterAll(() => [...sites, inputs].forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

describe('npm run publier, misused (exit 2, usage line, nothing changed)', () => {
  it('an unknown option, a missing file or session, a bad size limit', async () => {
    const pdf = input('Supports Essai.pdf');
    await expectMisused('publier', site, [pdf, '--session', 'ouverture', '--inconnue'], /^Option inconnue « --inconnue »\./);
    await expectMisused('publier', site, ['--session', 'ouverture'], /Indiquez un fichier PDF et --session\./);
    await expectMisused('publier', site, [pdf], /Indiquez un fichier PDF et --session\./);
    await expectMisused('publier', site, [pdf, pdf, '--session', 'ouverture'], /Indiquez un fichier PDF et --session\./);
    for (const limit of ['--taille-max=abc', '--taille-max=0', '--taille-max=-5']) {
      await expectMisused('publier', site, [pdf, '--session', 'ouverture', limit], /--taille-max attend un nombre de mégaoctets positif/);
    }
    await expectMisused('publier', site, [pdf, '--session', 'ouverture', '--taille-max'], /^L’option --taille-max attend une valeur\./);
    await expectMisused('publier', site, [pdf, '--session', 'ouverture', '--taille-max', '-5'], /^L’option --taille-max attend une valeur ; si elle commence par un tiret, écrivez --taille-max=<valeur>\./);
    await expectMisused('publier', site, [pdf, '--session', 'ouverture', '--force=oui'], /^L’option --force ne prend pas de valeur\./);
  });
});

describe('npm run publier, refused (exit 1, « Rien n’a été modifié. », site byte-identical)', {timeout: 120_000}, () => {
  it('a folder that is not the site, or data that are already invalid', async () => {
    const elsewhere = newSite();
    fs.rmSync(path.join(elsewhere, 'docs'), {recursive: true});
    await expectRefused('publier', elsewhere, [input('Supports Essai.pdf'), '--session', 'ouverture'], /n’est pas la racine du site Boussole \(docs\/tags\.yml introuvable\)/);
    const broken = newSite();
    DATA_FAULTS.find((fault) => fault.name === 'unknown-theme')!.apply(path.join(broken, 'src/data'));
    await expectRefused('publier', broken, [input('Supports Essai.pdf'), '--session', 'ouverture'], /Les données sont invalides, corrigez-les d’abord : .*2030-06-14-essai\.yml — champ « themes\[1\] » : thème inconnu/);
  });

  it('an unknown or ambiguous session', async () => {
    const pdf = input('Supports Essai.pdf');
    await expectRefused('publier', site, [pdf, '--session', `${FIXTURE_DAY}/cloture`], /session inconnue « 2030-06-14-essai\/cloture »/);
    const twoDays = newSite();
    addSecondDay(twoDays);
    await expectRefused('publier', twoDays, [pdf, '--session', 'ouverture'], /« ouverture » désigne plusieurs sessions : précisez la journée, par exemple 2030-06-1[45]-essai\/ouverture ou 2030-06-1[45]-essai\/ouverture\./);
  });

  it('a missing file, a non-PDF, a corrupt PDF, a too-large file, an unusable name, an unknown speaker, date or type', async () => {
    const pdf = input('Supports Essai.pdf');
    await expectRefused('publier', site, [input('absent.pdf'), '--session', 'ouverture'], /absent\.pdf n’existe pas/);
    await expectRefused('publier', site, [input('texte.pdf'), '--session', `${FIXTURE_DAY}/ouverture`], /n’est pas un PDF \(il ne commence pas par %PDF-\)/);
    await expectRefused('publier', site, [input('abime.pdf'), '--session', `${FIXTURE_DAY}/ouverture`], /abime\.pdf : ce fichier n’est pas un PDF lisible/);
    await expectRefused('publier', site, [pdf, '--session', `${FIXTURE_DAY}/ouverture`, '--taille-max', '0.0001'], /au-delà de la limite/);
    await expectRefused('publier', site, [input('___.pdf'), '--session', `${FIXTURE_DAY}/ouverture`], /nom de fichier sûr/);
    await expectRefused('publier', site, [pdf, '--session', 'ouverture', '--intervenant', 'personne'], /intervenant « personne » inconnu/);
    await expectRefused('publier', site, [pdf, '--session', 'ouverture', '--apres', '14/06/2030'], /--apres « 14\/06\/2030 »/);
    await expectRefused('publier', site, [pdf, '--session', 'ouverture', '--type', 'video'], /type « video » inconnu/);
  });
});

describe('npm run publier, publishing', {timeout: 120_000}, () => {
  it('publishes under a safe name, records the resource (comments kept) and says when it goes online', async () => {
    const result = await run('publier', site, [input('Supports Essai.pdf'), '--session', `${FIXTURE_DAY}/ouverture`, '--titre', 'Supports d’essai', '--intervenant', 'intervenante-exemple', '--apres', '2030-06-14T17:00']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Publication de « Supports d’essai » (Diaporama, PDF, 2 pages');
    expect(result.stdout).toContain('en ligne à partir du vendredi 14 juin 2030 à 17 h (heure de Paris)');
    expect(result.stdout).not.toContain('couche texte');
    const target = path.join(site, 'src/data/supports', FIXTURE_DAY, 'supports-essai.pdf');
    expect(fs.readFileSync(target)).toEqual(fs.readFileSync(input('Supports Essai.pdf')));
    expect(fs.readFileSync(path.join(site, 'src/data/journees', `${FIXTURE_DAY}.yml`), 'utf8')).toContain('# Journée FICTIVE pour les tests');
    expect(dayData(site).resources).toContainEqual({id: 'supports-essai', title: 'Supports d’essai', kind: 'slides', session: 'ouverture', speaker: 'intervenante-exemple', language: 'fr', releaseAt: '2030-06-14T17:00', file: 'supports-essai.pdf'});
    expect(fs.readdirSync(path.dirname(target)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force, and replaces with it', async () => {
    const pdf = input('Supports Essai.pdf');
    await expectRefused('publier', site, [pdf, '--session', `${FIXTURE_DAY}/ouverture`], /src\/data\/supports\/2030-06-14-essai\/supports-essai\.pdf ou la ressource « supports-essai » existe déjà\. Ajoutez --force/);
    const result = await run('publier', site, [pdf, '--session', `${FIXTURE_DAY}/ouverture`, '--force', '--apres', '2030-06-15T09:00']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Remplacement de « Supports d’essai »');
    expect(result.stdout).toContain('  titre : celui déjà enregistré ; changez-le avec --titre');
    const entries = dayData(site).resources.filter((resource: {id: string}) => resource.id === 'supports-essai');
    expect(entries).toHaveLength(1);
    expect(entries[0].releaseAt).toBe('2030-06-15T09:00');
  });

  it('refuses the same bytes under another name or session, naming the published file, unless --force', async () => {
    const copy = input('Copie des supports.pdf');
    fs.copyFileSync(input('Supports Essai.pdf'), copy);
    const named = /ce PDF est déjà publié à l’identique \(même SHA-256\) : src\/data\/supports\/2030-06-14-essai\/supports-essai\.pdf \(ressource « supports-essai », session 2030-06-14-essai\/ouverture\)\. Ajoutez --force pour le publier une seconde fois\./;
    await expectRefused('publier', site, [copy, '--session', `${FIXTURE_DAY}/ouverture`], named);
    await expectRefused('publier', site, [copy, '--session', `${FIXTURE_DAY}/atelier`], named);
    const forced = await run('publier', site, [copy, '--session', `${FIXTURE_DAY}/atelier`, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(dayData(site).resources.find((resource: {id: string}) => resource.id === 'copie-des-supports')).toMatchObject({session: 'atelier', file: 'copie-des-supports.pdf'});
  });

  it('offers the PDF’s own title when no --titre is given', async () => {
    const result = await run('publier', site, [input('Reparable.pdf'), '--session', `${FIXTURE_DAY}/atelier`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Publication de « Document d’essai » (Diaporama, PDF, 1 page');
    expect(result.stdout).toContain('  titre : repris des propriétés du PDF ; changez-le avec --titre');
    expect(dayData(site).resources.find((resource: {id: string}) => resource.id === 'reparable').title).toBe('Document d’essai');
  });
});

describe('npm run publier, as a process', {timeout: 180_000}, () => {
  it('ends with exit 2 when misused and 1 when refused, the message on stderr', () => {
    const misused = runProcess('publier', site, ['--inconnue']);
    expect(misused.code).toBe(2);
    expect(misused.stdout).toBe('');
    expect(misused.stderr).toMatch(/^Option inconnue « --inconnue »\.\nUsage : npm run publier -- /);
    const refused = runProcess('publier', site, [input('absent.pdf'), '--session', 'ouverture']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/absent\.pdf n’existe pas\.\nRien n’a été modifié\.\n$/);
  });

  it('keeps pdf.js warnings out of its output', () => {
    const fresh = makeSite();
    sites.push(fresh);
    const result = runProcess('publier', fresh, [input('Reparable.pdf'), '--session', `${FIXTURE_DAY}/atelier`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/Warning|Indexing/);
    expect(result.stdout).toMatch(/^Publication de « Document d’essai »/);
  });

  it('says when a file has no text layer and how long recognition will take, recognises it and keeps it in the build cache', async () => {
    const fresh = makeSite();
    sites.push(fresh);
    const source = input('Diaporama scanne.pdf');
    // A refusal recognises nothing and keeps nothing, not even in the cache.
    await expectRefused('publier', fresh, [source, '--session', `${FIXTURE_DAY}/atelier`, '--intervenant', 'personne'], /intervenant « personne » inconnu/);
    const result = runProcess('publier', fresh, [source, '--session', `${FIXTURE_DAY}/atelier`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Diaporama scanne.pdf n’a pas de couche texte : sa page est une image (numérisée ou exportée d’un outil de mise en page).');
    expect(lines[1]).toMatch(/^Reconnaissance automatique du texte en français \(OCR\) : environ \d+ s…$/);
    expect(lines[2]).toMatch(/^Texte reconnu en \d+(,\d)? s \(page 1\) ; gardé en cache : la construction du site ne le refera pas\.$/);
    expect(result.stdout).toContain(`Publication de « ${DECK_TITLE} » (Diaporama, PDF, 1 page`);
    expect(result.stdout).toContain('  texte : reconnu automatiquement (page 1), il peut contenir des erreurs');
    const cached = JSON.parse(fs.readFileSync(new PdfCache(pdfCacheDir(fresh)).factsFile(fs.readFileSync(source)), 'utf8'));
    expect(cached.recognisedPages).toEqual([1]);
    expect(cached.pages[0]).toContain(PAGE_2_WORD);
    expect(snapshot(path.join(fresh, 'src/data/supports', FIXTURE_DAY))).toHaveProperty(['diaporama-scanne.pdf']);
    // Published again (replaced): the text comes from the cache.
    const again = await run('publier', fresh, [source, '--session', `${FIXTURE_DAY}/atelier`, '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.split('\n').slice(0, 2)).toEqual([lines[0], ALREADY_RECOGNISED]);
    expect(again.stdout).toContain('  texte : reconnu automatiquement (page 1)');
  });
});
