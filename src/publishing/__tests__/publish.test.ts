import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CommandError} from '../../domain/errors';
import type {Resource} from '../../domain/data-schema';
import {writeAtomically} from '../../adapters/files';
import {loadForCommand} from '../site-roots';
import {applyPublication, dayFileWithResource, planPublication, publicationSummary, type PublishRequest, type WriteFile} from '../publish';
import {FIXTURE_DAY} from '../../plugins/journees/__tests__/__fixtures__/faults';
import {makePdf} from '../../plugins/journees/__tests__/__fixtures__/make-pdf';
import {makeSite, snapshot} from './__fixtures__/site';

const resource: Resource = {id: 'supports', title: 'Supports', kind: 'slides', session: 'ouverture', language: 'fr', releaseAt: '2030-06-14T17:00', file: 'supports.pdf'};

describe('dayFileWithResource', () => {
  it('adds a block entry to an empty flow list and keeps comments', () => {
    const text = '# Commentaire de tête\nid: 2030-06-14\nsessions: []\nresources: [] # à compléter\n';
    const result = dayFileWithResource(text, resource);
    expect(result).toContain('# Commentaire de tête');
    expect(result).toMatch(/resources:[^\n]*\n\s+- id: supports\n/);
    expect(YAML.parse(result).resources).toEqual([resource]);
  });

  it('creates the list when missing and replaces an entry with the same id or file', () => {
    const first = dayFileWithResource('id: 2030-06-14\n', resource);
    expect(YAML.parse(first).resources).toEqual([resource]);
    const replaced = dayFileWithResource(first, {...resource, title: 'Nouveau titre'});
    expect(YAML.parse(replaced).resources).toEqual([{...resource, title: 'Nouveau titre'}]);
  });
});

describe('a publication', () => {
  let site: string;
  let inputs: string;
  const now = new Date('2030-06-01T10:00:00Z');
  const roots = () => ({siteDir: site, dataDir: path.join(site, 'src/data')});
  const plan = (request: Partial<PublishRequest> & {source: string}) => planPublication(loadForCommand(roots()), {session: `${FIXTURE_DAY}/ouverture`, ...request}, site);
  /** Writes the PDF, then fails as an interruption would, before the day file is written. */
  const interruptedBeforeDayFile: WriteFile = (file, content) => {
    if (file.endsWith('.yml')) throw new Error('écriture interrompue (test)');
    writeAtomically(file, content);
  };

  beforeAll(async () => {
    site = makeSite();
    inputs = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-inputs-'));
    fs.writeFileSync(path.join(inputs, 'supports-v1.pdf'), await makePdf(['Version une']));
    fs.writeFileSync(path.join(inputs, 'supports-v2.pdf'), await makePdf(['Version deux']));
  });
  afterAll(() => [site, inputs].forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

  it('interrupted between the PDF and the day file, leaves the site as it was', async () => {
    const before = snapshot(site);
    const planned = await plan({source: path.join(inputs, 'supports-v1.pdf')});
    const failure = (() => {
      try {
        applyPublication(planned, interruptedBeforeDayFile);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(CommandError);
    expect((failure as Error).message).toMatch(/l’écriture de la publication a échoué \(écriture interrompue \(test\)\) ; ce qui avait été écrit a été retiré/);
    expect(snapshot(site)).toEqual(before);
  });

  it('interrupted while replacing a published file, puts the previous file back', async () => {
    applyPublication(await plan({source: path.join(inputs, 'supports-v1.pdf'), title: 'Supports'}));
    const published = snapshot(site);
    // A second version under the same name replaces the first (--force).
    const secondVersion = path.join(inputs, 'v2', 'supports-v1.pdf');
    fs.mkdirSync(path.dirname(secondVersion));
    fs.copyFileSync(path.join(inputs, 'supports-v2.pdf'), secondVersion);
    const replacement = await plan({source: secondVersion, force: true});
    expect(replacement.replaces).toBe(true);
    expect(() => applyPublication(replacement, interruptedBeforeDayFile)).toThrow(/ce qui avait été écrit a été retiré/);
    expect(snapshot(site)).toEqual(published);
  });

  it('takes the title from the option, else the PDF’s own title, and says where it came from', async () => {
    const fromOption = await plan({source: path.join(inputs, 'supports-v2.pdf'), title: ' Mon titre '});
    expect(fromOption.resource.title).toBe('Mon titre');
    expect(publicationSummary(fromOption, now)).not.toContain('titre :');
    const fromMetadata = await plan({source: path.join(inputs, 'supports-v2.pdf')});
    expect(fromMetadata.resource.title).toBe('Document d’essai');
    expect(publicationSummary(fromMetadata, now)).toContain('  titre : repris des propriétés du PDF ; changez-le avec --titre');
  });
});
