import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseArgs, run, UsageError} from '../recherche';
import {buildIndex} from '../../plugins/search/build/write-index';
import {DEFAULT_SYNONYMS} from '../../plugins/search/query/french-analyzer';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-recherche-'));
fs.mkdirSync(path.join(site, 'search-index'));
fs.writeFileSync(
  path.join(site, 'search-index', 'fr.0123abcd.json'),
  JSON.stringify(
    buildIndex(
      [
        {type: 'article', url: '/themes/sac', page: '/themes/sac', pageTitle: 'Les sociétés de coordination', trail: [], title: 'Les sociétés de coordination', text: 'Un groupe horizontal.', themes: ['sac']},
        {type: 'glossaire', url: '/themes/glossaire#oph', page: '/themes/glossaire#oph', pageTitle: 'Glossaire', trail: [], title: 'OPH', text: 'Office public de l’habitat.', themes: []},
      ],
      DEFAULT_SYNONYMS,
    ),
  ),
);
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

describe('npm run recherche', () => {
  it('answers in JSON from the built index with rank, url, title, type, snippet', () => {
    const {output} = run(['societe', 'de', 'coordination', '--json', '--site', site]);
    expect(JSON.parse(output)).toEqual([
      {rank: 1, url: '/themes/sac', title: 'Les sociétés de coordination', type: 'article', snippet: 'Un groupe horizontal.'},
    ]);
  });

  it('filters by type and prints French text', () => {
    expect(run(['habitat', '--type', 'glossaire', '--site', site]).results.map((result) => result.url)).toEqual(['/themes/glossaire#oph']);
    expect(run(['habitat', '--type', 'article', '--site', site]).output).toBe('Aucun résultat pour « habitat ».');
    expect(run(['OPH', '--site', site]).output).toContain('1 résultat pour « OPH »');
  });

  it('says to build first when there is no index, and rejects bad options', () => {
    expect(() => run(['x', '--site', path.join(site, 'absent')])).toThrow(/npm run build/);
    expect(() => parseArgs(['x', '--type', 'pirate'])).toThrow(UsageError);
    expect(() => parseArgs(['x', '--limite', '0'])).toThrow(/entier positif/);
    expect(() => run(['   ', '--site', site])).toThrow(/Indiquez une requête/);
  });
});
