import {describe, expect, it} from 'vitest';
import {collectRecords, documentRecords, withBaseUrl} from '../build/collect-records';
import type {SearchDocument} from '../documents';

const DOCUMENTS: SearchDocument[] = [
  {type: 'session', url: '/journees/2022-03-22', title: 'Journée du 22 mars 2022', text: 'Une journée.\nProgramme de la journée.', themes: ['faire-groupe', 'inconnu']},
  {type: 'intervenant', url: '/intervenants/jean-claude-driant', title: 'Jean-Claude Driant', text: 'Professeur à\n  l’École d’urbanisme de Paris.', themes: []},
  {type: 'support', url: '/supports/programme.pdf#page=1', page: '/supports/programme.pdf', pageTitle: 'Programme', title: 'Programme, page 1', text: 'Accueil  et   ouverture', themes: []},
];

describe('documents of other plugins', () => {
  it('adds the baseUrl, groups by page, normalises white space and keeps only theme ids', () => {
    const records = documentRecords(DOCUMENTS, '/boussole/', new Set(['faire-groupe']));
    expect(records.map((record) => [record.type, record.url, record.page])).toEqual([
      ['session', '/boussole/journees/2022-03-22', '/boussole/journees/2022-03-22'],
      ['intervenant', '/boussole/intervenants/jean-claude-driant', '/boussole/intervenants/jean-claude-driant'],
      ['support', '/boussole/supports/programme.pdf#page=1', '/boussole/supports/programme.pdf'],
    ]);
    expect(records[0].themes).toEqual(['faire-groupe']);
    expect(records[1]).toMatchObject({pageTitle: 'Jean-Claude Driant', text: 'Professeur à l’École d’urbanisme de Paris.'});
    expect(records[2]).toMatchObject({pageTitle: 'Programme', text: 'Accueil et ouverture'});
  });

  it('joins baseUrl and paths without doubling slashes', () => {
    expect(withBaseUrl('/', '/a')).toBe('/a');
    expect(withBaseUrl('/base/', 'a')).toBe('/base/a');
    expect(withBaseUrl('/base', '/a')).toBe('/base/a');
  });

  it('collects docs, blog posts and documents of other plugins, without duplicate URLs, and works without documents', () => {
    const input = {
      docs: [
        {file: 'docs/a.md', source: '# A\n\nTexte A.', permalink: '/themes/a', title: 'A', tags: ['fusion', 'autre']},
        {file: 'docs/glossaire.md', source: '### SAC — société de coordination {#sac}\n\nDéfinition.', permalink: '/themes/glossaire', title: 'Glossaire', tags: []},
      ],
      blogPosts: [{file: 'blog/p.md', source: '---\ntitle: P\n---\nTexte P.', permalink: '/comptes-rendus/p', title: 'P', tags: ['compte-rendu']}],
      glossaryFile: 'docs/glossaire.md',
      themeIds: ['fusion'],
      baseUrl: '/',
    };
    const withoutDays = collectRecords(input);
    expect(withoutDays.map((record) => record.type)).toEqual(['article', 'article', 'glossaire', 'compte-rendu']);
    expect(withoutDays[0].themes).toEqual(['fusion']);
    const withDocuments = collectRecords({...input, documents: DOCUMENTS});
    expect(withDocuments).toHaveLength(7);
    const doubled = collectRecords({...input, docs: [...input.docs, input.docs[0]]});
    expect(doubled).toHaveLength(withoutDays.length);
  });
});
