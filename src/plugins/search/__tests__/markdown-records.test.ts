import {describe, expect, it} from 'vitest';
import {markdownRecords, stripFrontMatter} from '../build/markdown-records';

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

/** The record of the top of a page written in `markdown`. */
const topOfPage = (markdown: string) => markdownRecords({markdown, permalink: '/p', title: 'P', type: 'article', themes: []})[0];

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

  it('keeps the text of an admonition as the reader sees it, without its markup', () => {
    const top = topOfPage('Avant.\n\n:::tip[À retenir]\n\nLe groupe **adopte** deux cadres.\n\n- un point\n\n:::\n\n:::note\n\nSans titre.\n\n:::\n\nAprès, à 16:30 et :inconnu[texte].');
    expect(top.text).toBe('Avant. À retenir : Le groupe adopte deux cadres. un point Sans titre. Après, à 16:30 et :inconnu[texte].');
    expect(top.text).not.toMatch(/:::|tip\[|retenir\]/);
  });

  it('leaves footnote calls and the footnotes out of the text', () => {
    const top = topOfPage('Le seuil est fixé par le texte[^cch-l423-2]. Une autre source[^note].\n\n[^note]: Rapport de 2022, page 4.');
    expect(top.text).toBe('Le seuil est fixé par le texte. Une autre source.');
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
