import {describe, expect, it} from 'vitest';
import {glossarySynonyms, otherNameSynonyms, siteSynonyms, synonymFromHeading} from '../build/glossary-synonyms';
import {DEFAULT_SYNONYMS} from '../query/french-analyzer';

describe('glossary synonyms', () => {
  it('parses glossary headings', () => {
    expect(synonymFromHeading('SAC — société de coordination {#sac}')).toEqual(['SAC', 'société de coordination']);
    expect(synonymFromHeading('EPCI : établissement public de coopération intercommunale')).toEqual([
      'EPCI',
      'établissement public de coopération intercommunale',
    ]);
    expect(synonymFromHeading('Office public de l’habitat (OPH) \\{#oph}')).toEqual(['OPH', 'Office public de l’habitat']);
    expect(synonymFromHeading('Adossement {#adossement}')).toBeNull();
    expect(synonymFromHeading('Groupe capitaliste')).toBeNull();
  });

  it('reads acronym synonyms from glossary headings', () => {
    expect(glossarySynonyms('---\ntitle: G\n---\n### SAC — société de coordination {#sac}\n### Adossement\n### Office public de l’habitat (OPH)\n')).toEqual([
      ['SAC', 'société de coordination'],
      ['OPH', 'Office public de l’habitat'],
    ]);
  });

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

  it('reads the other names a definition gives its term', () => {
    const markdown = [
      '### Absorption {#absorption}',
      '',
      'Opération par laquelle un organisme en reprend un autre. On parle aussi de « fusion-absorption ».',
      '',
      '### Groupe capitaliste (adossement) {#groupe-capitaliste}',
      '',
      'Groupe d’organismes dans lequel une société en contrôle d’autres. Rejoindre un tel groupe se dit couramment « s’adosser ».',
      '',
      '### Gestion locative {#gestion}',
      '',
      'Appelée aussi « gestion des loyers et des charges » : deux noms de plusieurs mots ne font pas un synonyme.',
    ].join('\n');
    expect(glossarySynonyms(markdown)).toEqual([
      ['fusion-absorption', 'Absorption'],
      ['s’adosser', 'Groupe capitaliste'],
    ]);
    expect(otherNameSynonyms('SAC', 'Société de coordination (souvent appelée « SAC »)')).toEqual([]);
  });

  it('puts the glossary synonyms of the site before the built-in ones', () => {
    const docs = [
      {file: 'docs/a.md', source: '### GIP — groupement d’intérêt public', permalink: '/themes/a', title: 'A', tags: []},
      {file: 'docs/glossaire.md', source: '### GPIS — groupement parisien inter-bailleurs de surveillance', permalink: '/themes/glossaire', title: 'Glossaire', tags: []},
    ];
    expect(siteSynonyms(docs, 'docs/glossaire.md')).toEqual([['GPIS', 'groupement parisien inter-bailleurs de surveillance'], ...DEFAULT_SYNONYMS]);
    expect(siteSynonyms(docs, 'docs/absent.md')).toEqual([...DEFAULT_SYNONYMS]);
  });
});
