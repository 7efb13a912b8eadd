import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {DataError} from '../../domain/errors';
import {loadBibliography, loadBibliographyCached, readSources} from '../sources-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-sources-file-'));
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

const entry = (id: string, title: string) => `${id}:\n  kind: site\n  title: "${title}"\n  publisher: Site d’essai\n  url: https://exemple.org/${id}\n  consulted: 2026-10-01\n`;

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('the bibliography file', () => {
  it('reads a valid file, and a missing file as no source', () => {
    expect(Object.keys(loadBibliography(write('ok.yml', entry('a', 'A') + entry('b', 'B'))))).toEqual(['a', 'b']);
    expect(readSources(path.join(dir, 'absent.yml'))).toEqual({sources: {}, invalid: [], issues: []});
  });

  it('refuses an id written twice, in French', () => {
    const {issues} = readSources(write('twice.yml', entry('a', 'A') + entry('a', 'Encore A')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({field: '(fichier)', problem: expect.stringMatching(/^un identifiant est défini deux fois/)});
  });

  it('stops the build on the first problem with a DataError naming the file, the field and the fix', () => {
    const file = write('bad.yml', entry('a', 'A').replace('kind: site', 'kind: blog'));
    expect(() => loadBibliography(file)).toThrow(DataError);
    expect(() => loadBibliography(file)).toThrow(/bad\.yml — champ « a\.kind » : valeur non reconnue \(valeur actuelle : "blog"\)\. Valeurs possibles : /);
    expect(() => loadBibliography(write('syntax.yml', 'a: [\n'))).toThrow(/syntax\.yml — champ « \(fichier\) » : YAML illisible/);
  });

  it('reads the file again when it changes (the remark plugin runs once per page)', () => {
    const file = write('cached.yml', entry('a', 'A'));
    expect(loadBibliographyCached(file).a.title).toBe('A');
    fs.writeFileSync(file, entry('a', 'A modifié'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loadBibliographyCached(file).a.title).toBe('A modifié');
  });
});
