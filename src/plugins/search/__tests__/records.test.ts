import {describe, expect, it} from 'vitest';
import {glossarySynonyms, markdownRecords, stripFrontMatter} from '../build/markdown-records';
import {collectRecords, documentRecords, withBaseUrl} from '../build/collect-records';
import type {SearchDocument} from '../documents';

const ARTICLE = `---
title: Les sociétés de coordination
tags: [sac]
---

# Les sociétés de coordination

Un groupe **horizontal** réunit des organismes.

## Ce que dit la loi

La loi ELAN crée la société de coordination.

### Forme juridique {#forme}

| Forme | Capital |
| --- | --- |
| SA agréée | Réservé aux organismes HLM |

## Ce que dit la loi

Deuxième section au même titre.

\`\`\`mermaid
graph TD; A-->B
\`\`\`

<div class="note">balisage brut</div>

- premier point
- second point
`;

describe('markdownRecords', () => {
  const records = markdownRecords({
    markdown: stripFrontMatter(ARTICLE),
    permalink: '/themes/sac',
    title: 'Les sociétés de coordination',
    type: 'article',
    themes: ['sac'],
  });

  it('gives one record for the top of the page and one per section', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/themes/sac',
      '/themes/sac#ce-que-dit-la-loi',
      '/themes/sac#forme',
      '/themes/sac#ce-que-dit-la-loi-1',
    ]);
    expect(records[0].text).toBe('Un groupe horizontal réunit des organismes.');
    expect(records.every((record) => record.page === '/themes/sac' && record.themes[0] === 'sac')).toBe(true);
  });

  it('keeps the heading trail and strips explicit ids from titles', () => {
    expect(records[2]).toMatchObject({title: 'Forme juridique', trail: ['Ce que dit la loi']});
    expect(records[3].trail).toEqual([]);
  });

  it('indexes GFM table cells but not code, diagrams or raw HTML', () => {
    expect(records[2].text).toContain('SA agréée');
    expect(records[2].text).toContain('Réservé aux organismes HLM');
    expect(records[3].text).toContain('premier point');
    expect(records[3].text).not.toContain('graph TD');
    expect(records[3].text).not.toContain('balisage');
    expect(records[3].text).not.toContain('<div');
  });

  it('slugs accented headings like Docusaurus (github-slugger keeps letters)', () => {
    const [, section] = markdownRecords({
      markdown: '## Détails du régime d’agrément\n\ntexte',
      permalink: '/p',
      title: 'P',
      type: 'article',
      themes: [],
    });
    expect(section.url).toBe('/p#détails-du-régime-dagrément');
  });

  it('turns glossary terms into records of their own', () => {
    const glossary = markdownRecords({
      markdown: '# Glossaire\n\nIntro.\n\n## S\n\n### SAC — société de coordination {#sac}\n\nGroupe horizontal.\n\n### Société anonyme {#sa}\n\nForme de société.',
      permalink: '/themes/glossaire',
      title: 'Glossaire',
      type: 'article',
      themes: [],
      termDepth: 3,
      termType: 'glossaire',
    });
    const terms = glossary.filter((record) => record.type === 'glossaire');
    expect(terms.map((record) => [record.title, record.url, record.page])).toEqual([
      ['SAC — société de coordination', '/themes/glossaire#sac', '/themes/glossaire#sac'],
      ['Société anonyme', '/themes/glossaire#sa', '/themes/glossaire#sa'],
    ]);
  });

  it('reads acronym synonyms from glossary headings', () => {
    expect(glossarySynonyms('---\ntitle: G\n---\n### SAC — société de coordination {#sac}\n### Adossement\n### Office public de l’habitat (OPH)\n')).toEqual([
      ['SAC', 'société de coordination'],
      ['OPH', 'Office public de l’habitat'],
    ]);
  });

  it('skips import/export lines and JSX tags in MDX', () => {
    const [top] = markdownRecords({
      markdown: "import Tabs from '@theme/Tabs';\n\nTexte <Abbr>utile</Abbr> ici.",
      permalink: '/m',
      title: 'M',
      type: 'article',
      themes: [],
      mdx: true,
    });
    expect(top.text).toBe('Texte utile ici.');
  });
});

const DOCUMENTS: SearchDocument[] = [
  {type: 'session', url: '/journees/2022-03-22', title: 'Journée du 22 mars 2022', text: 'Une journée.\nProgramme de la journée.', themes: ['faire-groupe', 'inconnu']},
  {type: 'session', url: '/intervenants/jean-claude-driant', title: 'Jean-Claude Driant', text: 'Professeur à\n  l’École d’urbanisme de Paris.', themes: []},
  {type: 'support', url: '/supports/programme.pdf#page=1', page: '/supports/programme.pdf', pageTitle: 'Programme', title: 'Programme, page 1', text: 'Accueil  et   ouverture', themes: []},
];

describe('documents of other plugins', () => {
  it('adds the baseUrl, groups by page, normalises white space and keeps only theme ids', () => {
    const records = documentRecords(DOCUMENTS, '/boussole/', new Set(['faire-groupe']));
    expect(records.map((record) => [record.type, record.url, record.page])).toEqual([
      ['session', '/boussole/journees/2022-03-22', '/boussole/journees/2022-03-22'],
      ['session', '/boussole/intervenants/jean-claude-driant', '/boussole/intervenants/jean-claude-driant'],
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

describe('glossary acronyms defined in the first sentence', () => {
  it('reads « ### SAC {#sac} » followed by « Société de coordination (…) : … »', () => {
    const markdown = [
      '### SAC {#sac}',
      '',
      'Société de coordination (souvent appelée « SAC ») : société anonyme agréée.',
      '',
      '### ESH {#esh}',
      '',
      'Entreprise sociale pour l’habitat, nom usuel des sociétés anonymes d’HLM.',
      '',
      '### TUP {#tup}',
      '',
      'Transfert.',
      '',
      '### Fusion {#fusion}',
      '',
      'Opération par laquelle deux organismes se réunissent.',
    ].join('\n');
    expect(glossarySynonyms(markdown)).toEqual([
      ['SAC', 'Société de coordination'],
      ['ESH', 'Entreprise sociale pour l’habitat'],
    ]);
  });
});
