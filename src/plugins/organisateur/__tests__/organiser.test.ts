import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {missingLegalFields, missingSentence, missingWarning, organiserSchema} from '../../../domain/organiser';
import {loadOrganiser, validateOptions} from '../index';
import {DEFAULT_OPTIONS} from '../options';

const COMPLETE = {
  organiser: 'Organisateur d’essai',
  publisher: {name: 'Éditeur d’essai SAS', legalForm: 'SAS', address: '1 rue d’Essai, 75000 Paris', registration: 'RCS Paris 000 000 000', contact: 'contact@exemple.org'},
  publicationDirector: 'Prénom Nom',
  host: {name: 'Hébergeur d’essai', address: '2 rue d’Essai, 75000 Paris', contact: 'https://hebergeur.exemple.org/contact'},
  accessibilityContact: 'accessibilite@exemple.org',
};

let dir = '';
afterEach(() => dir && fs.rmSync(dir, {recursive: true, force: true}));
function file(yaml: string): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-organisateur-'));
  const target = path.join(dir, 'organisateur.yml');
  fs.writeFileSync(target, yaml);
  return target;
}

describe('the organiser’s details', () => {
  it('has nothing missing when every detail is given', () => {
    const details = organiserSchema.parse(COMPLETE);
    expect(missingLegalFields(details)).toEqual([]);
    expect(missingSentence(details.organiser, [])).toBeUndefined();
    expect(missingWarning('src/data/organisateur.yml', [])).toBeUndefined();
  });

  it('reads empty YAML fields as missing, names them to readers in one sentence and to editors in one warning', () => {
    const {details, missing} = loadOrganiser(file('organiser: Aatiko Conseils\npublisher:\n  name:\npublicationDirector:\n'));
    expect(missing).toEqual([
      'publisher.name',
      'publisher.legalForm',
      'publisher.address',
      'publisher.registration',
      'publisher.contact',
      'publicationDirector',
      'host.name',
      'host.address',
      'host.contact',
      'accessibilityContact',
    ]);
    expect(missingSentence(details.organiser, ['publicationDirector', 'host.name'])).toBe(
      'L’organisateur, Aatiko Conseils, n’a pas encore publié le nom du directeur ou de la directrice de la publication et le nom de l’hébergeur du site.',
    );
    expect(missingSentence(details.organiser, missing)).toBe(
      'L’organisateur, Aatiko Conseils, n’a pas encore publié l’identité et les coordonnées de l’éditeur (raison sociale, forme juridique, siège, immatriculation, contact), le nom du directeur ou de la directrice de la publication, le nom et les coordonnées de l’hébergeur du site et une adresse où signaler un défaut d’accessibilité.',
    );
    const warning = missingWarning('src/data/organisateur.yml', missing)!;
    expect(warning.split('\n')[0]).toBe('Informations légales incomplètes dans src/data/organisateur.yml : 10 champs sans valeur.');
    expect(warning).toContain('  - host.contact : un moyen de contacter l’hébergeur');
  });

  it('refuses a contact that is neither an e-mail nor a web address, naming the file and the field', () => {
    const target = file('organiser: Aatiko Conseils\naccessibilityContact: à compléter\n');
    expect(() => loadOrganiser(target)).toThrow(/organisateur\.yml — champ « accessibilityContact » : valeur invalide/);
  });

  it('refuses an unknown field (a typo would otherwise hide a detail)', () => {
    expect(() => loadOrganiser(file('organiser: Aatiko Conseils\npublicationDirecteur: X\n'))).toThrow(/champ « publicationDirecteur » : champ inconnu/);
  });
});

describe('options of the organiser plugin', () => {
  const validate = (options: unknown) => validateOptions({validate: normalizePluginOptions as never, options: options as never});

  it('defaults to src/data/organisateur.yml', () => {
    expect(validate({})).toMatchObject(DEFAULT_OPTIONS);
  });

  it('refuses a file that is not YAML', () => {
    expect(() => validate({file: 'organisateur.json'})).toThrow(/fichier \.yml/);
  });
});
