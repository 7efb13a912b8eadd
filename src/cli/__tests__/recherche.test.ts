import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseArgs, run, UsageError} from '../recherche';
import {buildIndex} from '../../plugins/search/build/write-index';
import {DEFAULT_SYNONYMS} from '../../plugins/search/query/french-analyzer';
import {PAGES_PER_GROUP} from '../../plugins/search/query/index-format';
import type {SearchRecord} from '../../plugins/search/query/search-record';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-recherche-'));
const built = buildIndex(
  [
    {type: 'article', url: '/themes/sac', page: '/themes/sac', pageTitle: 'Les sociétés de coordination', trail: [], title: 'Les sociétés de coordination', text: 'Un groupe horizontal.', themes: ['sac']},
    // Pages in between, so that the glossary term is stored in the next group of pages.
    ...Array.from({length: PAGES_PER_GROUP - 1}, (_, n): SearchRecord => {
      const page = `/themes/intercalaire-${n + 1}`;
      return {type: 'article', url: page, page, pageTitle: `Intercalaire ${n + 1}`, trail: [], title: `Intercalaire ${n + 1}`, text: 'Page intercalaire.', themes: []};
    }),
    {type: 'glossaire', url: '/themes/glossaire#oph', page: '/themes/glossaire#oph', pageTitle: 'Glossaire', trail: [], title: 'OPH', text: 'Office public de l’habitat.', themes: []},
  ],
  DEFAULT_SYNONYMS,
);
/** The built site's layout: the entry file and its fragments under search-index/. */
function writeIndex(siteDir: string): void {
  for (const [file, json] of built.files) {
    fs.mkdirSync(path.dirname(path.join(siteDir, 'search-index', file)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, 'search-index', file), json);
  }
}
writeIndex(site);
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

describe('npm run recherche', () => {
  it('answers in JSON from the built index with rank, url, title, type, snippet', async () => {
    const {output} = await run(['societe', 'de', 'coordination', '--json', '--site', site]);
    expect(JSON.parse(output)).toEqual([
      {rank: 1, url: '/themes/sac', title: 'Les sociétés de coordination', type: 'article', snippet: 'Un groupe horizontal.'},
    ]);
  });

  it('filters by type and prints French text', async () => {
    expect((await run(['habitat', '--type', 'glossaire', '--site', site])).results.map((result) => result.url)).toEqual(['/themes/glossaire#oph']);
    expect((await run(['habitat', '--type', 'article', '--site', site])).output).toBe('Aucun résultat pour «\u00a0habitat\u00a0».');
    expect((await run(['OPH', '--site', site])).output).toContain('1 résultat pour «\u00a0OPH\u00a0»');
  });

  it('says plainly which results have only part of the words, and which words they lack', async () => {
    const {output} = await run(['télécharger', 'le', 'groupe', 'horizontal', '--site', site]);
    expect(output).toContain(
      'Aucun résultat ne contient tous les mots de «\u00a0télécharger le groupe horizontal\u00a0»\u00a0: 1 résultat contenant une partie des mots.',
    );
    expect(output).toContain('Mots absents\u00a0: telecharger');
  });

  it('reads only the fragments its query needs', async () => {
    // Without the page group of the glossary term, a query about the SAC page still answers.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-recherche-'));
    try {
      writeIndex(copy);
      const glossaryTerm = [...built.files.keys()].find((file) => file.startsWith('fr/p/1-'))!;
      fs.rmSync(path.join(copy, 'search-index', glossaryTerm));
      expect((await run(['horizontal', '--json', '--site', copy])).results.map((result) => result.url)).toEqual(['/themes/sac']);
      await expect(run(['OPH', '--site', copy])).rejects.toThrow(/ENOENT/);
    } finally {
      fs.rmSync(copy, {recursive: true, force: true});
    }
  });

  it('says to build first when there is no index, and rejects bad options', async () => {
    await expect(run(['x', '--site', path.join(site, 'absent')])).rejects.toThrow(/npm run build/);
    expect(() => parseArgs(['x', '--type', 'pirate'])).toThrow(UsageError);
    expect(() => parseArgs(['x', '--limite', '0'])).toThrow(/entier positif/);
    await expect(run(['   ', '--site', site])).rejects.toThrow(/Indiquez une requête/);
  });
});
