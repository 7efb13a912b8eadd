import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {FIXTURE_DATA} from '../../plugins/journees/__tests__/__fixtures__/faults';
import {makePdf} from '../../plugins/journees/__tests__/__fixtures__/make-pdf';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const DAY = '2030-06-14-essai';

let site: string;
let inputs: string;

/** A minimal site root: docs/tags.yml, blog/authors.yml and the fixture data. */
function makeSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-cli-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.copyFileSync(path.join(ROOT, 'docs/tags.yml'), path.join(dir, 'docs/tags.yml'));
  fs.mkdirSync(path.join(dir, 'blog'));
  fs.copyFileSync(path.join(ROOT, 'blog/authors.yml'), path.join(dir, 'blog/authors.yml'));
  fs.cpSync(FIXTURE_DATA, path.join(dir, 'src/data'), {recursive: true});
  return dir;
}

function run(script: 'publier' | 'compte-rendu', args: string[]) {
  const result = spawnSync(process.execPath, [TSX, path.join(ROOT, `src/cli/${script}.ts`), ...args, '--racine', site], {cwd: ROOT, encoding: 'utf8', env: {...process.env, BOUSSOLE_NOW: '2030-06-01T12:00'}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Every file under the site with its hash: a refusal must leave this identical. */
function snapshot(dir: string): Record<string, string> {
  const files = fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => fs.statSync(path.join(dir, name)).isFile());
  return Object.fromEntries(files.sort().map((name) => [name, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]));
}

function expectRefused(script: 'publier' | 'compte-rendu', args: string[], message: RegExp) {
  const before = snapshot(site);
  const result = run(script, args);
  expect(result.status, result.stdout + result.stderr).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/Rien n’a été modifié\./);
  expect(snapshot(site)).toEqual(before);
}

beforeAll(async () => {
  site = makeSite();
  inputs = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-cli-inputs-'));
  fs.writeFileSync(path.join(inputs, 'Supports Essai.pdf'), await makePdf(['Page un', 'Page deux']));
  fs.writeFileSync(path.join(inputs, 'texte.pdf'), 'Ceci est du texte, pas un PDF.');
  const good = await makePdf(['x']);
  fs.writeFileSync(path.join(inputs, 'abime.pdf'), Buffer.concat([Buffer.from(good.subarray(0, 40)), Buffer.alloc(300, 7)]));
  fs.writeFileSync(path.join(inputs, '___.pdf'), await makePdf(['x']));
});

afterAll(() => {
  fs.rmSync(site, {recursive: true, force: true});
  fs.rmSync(inputs, {recursive: true, force: true});
});

describe('npm run publier', {timeout: 120_000}, () => {
  it('refuses a non-PDF, a corrupt PDF, a too-large file, an unusable name, an unknown session, speaker or date — changing nothing', () => {
    const pdf = path.join(inputs, 'Supports Essai.pdf');
    expectRefused('publier', [path.join(inputs, 'texte.pdf'), '--session', `${DAY}/ouverture`], /n’est pas un PDF \(il ne commence pas par %PDF-\)/);
    expectRefused('publier', [path.join(inputs, 'abime.pdf'), '--session', `${DAY}/ouverture`], /abime\.pdf : ce fichier n’est pas un PDF lisible/);
    expectRefused('publier', [pdf, '--session', `${DAY}/ouverture`, '--taille-max', '0.0001'], /au-delà de la limite/);
    expectRefused('publier', [path.join(inputs, '___.pdf'), '--session', `${DAY}/ouverture`], /nom de fichier sûr/);
    expectRefused('publier', [pdf, '--session', `${DAY}/cloture`], /session inconnue « 2030-06-14-essai\/cloture »/);
    expectRefused('publier', [pdf, '--session', 'ouverture', '--intervenant', 'personne'], /intervenant « personne » inconnu/);
    expectRefused('publier', [pdf, '--session', 'ouverture', '--apres', '14/06/2030'], /--apres « 14\/06\/2030 »/);
    expectRefused('publier', [pdf, '--session', 'ouverture', '--type', 'video'], /type « video » inconnu/);
    expectRefused('publier', [path.join(inputs, 'absent.pdf'), '--session', 'ouverture'], /n’existe pas/);
  });

  it('publishes under a safe name, records the resource (comments kept) and says when it goes online', () => {
    const dayFile = path.join(site, 'src/data/journees', `${DAY}.yml`);
    const result = run('publier', [path.join(inputs, 'Supports Essai.pdf'), '--session', `${DAY}/ouverture`, '--titre', 'Supports d’essai', '--intervenant', 'intervenante-exemple', '--apres', '2030-06-14T17:00']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Publication de « Supports d’essai » (Diaporama, PDF, 2 pages');
    expect(result.stdout).toContain('en ligne à partir du vendredi 14 juin 2030 à 17 h (heure de Paris)');
    const target = path.join(site, 'src/data/supports', DAY, 'supports-essai.pdf');
    expect(fs.readFileSync(target)).toEqual(fs.readFileSync(path.join(inputs, 'Supports Essai.pdf')));
    const text = fs.readFileSync(dayFile, 'utf8');
    expect(text).toContain('# Journée FICTIVE pour les tests');
    const data = YAML.parse(text);
    expect(data.resources).toContainEqual({id: 'supports-essai', title: 'Supports d’essai', kind: 'slides', session: 'ouverture', speaker: 'intervenante-exemple', language: 'fr', releaseAt: '2030-06-14T17:00', file: 'supports-essai.pdf'});
    expect(fs.readdirSync(path.dirname(target)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force, and replaces with it', () => {
    const pdf = path.join(inputs, 'Supports Essai.pdf');
    expectRefused('publier', [pdf, '--session', `${DAY}/ouverture`], /existe déjà\. Ajoutez --force/);
    const result = run('publier', [pdf, '--session', `${DAY}/ouverture`, '--force', '--apres', '2030-06-15T09:00']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Remplacement de « Supports d’essai »');
    const data = YAML.parse(fs.readFileSync(path.join(site, 'src/data/journees', `${DAY}.yml`), 'utf8'));
    expect(data.resources.filter((resource: {id: string}) => resource.id === 'supports-essai')).toHaveLength(1);
    expect(data.resources.find((resource: {id: string}) => resource.id === 'supports-essai').releaseAt).toBe('2030-06-15T09:00');
  });
});

describe('npm run compte-rendu', {timeout: 60_000}, () => {
  it('scaffolds a draft summary tied to its session, then refuses a second one', () => {
    const result = run('compte-rendu', ['--session', `${DAY}/ouverture`]);
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(site, 'blog', '2030-06-14-compte-rendu-ouverture.md');
    const text = fs.readFileSync(file, 'utf8');
    const frontMatter = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
    expect(frontMatter).toMatchObject({session: `${DAY}/ouverture`, authors: ['redaction'], tags: ['compte-rendu', 'faire-groupe'], draft: true});
    expect(text).toContain('À RÉDIGER');
    expect(text).toContain('<!-- truncate -->');
    expectRefused('compte-rendu', ['--session', `${DAY}/ouverture`], /a déjà un compte rendu/);
  });

  it('refuses an unknown session or author', () => {
    expectRefused('compte-rendu', ['--session', `${DAY}/cloture`], /session inconnue/);
    expectRefused('compte-rendu', ['--session', `${DAY}/atelier`, '--auteur', 'inconnu'], /auteur inconnu « inconnu »/);
  });
});
