import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {findIndexFile, readIndexFile} from '../../src/plugins/search/build/index-file';
import {SearchEngine} from '../../src/plugins/search/query/search-engine';

// Relevance on the real built index: French queries written from the
// articles, the glossary and the blog, with the expected first result.
const siteDir = inject('siteDir');
const engine = new SearchEngine(readIndexFile(findIndexFile(siteDir) ?? path.join(siteDir, 'search-index/absent.json')));
const first = (query: string) => engine.search(query).hits[0]?.sections[0]?.url;
const urls = (query: string) => engine.search(query).hits.map((hit) => hit.sections.map((section) => section.url));

const G = '/themes/glossaire';
const SR = '/themes/se-regrouper';
const FG = '/themes/faire-groupe';
const FE = '/themes/faire-ecosysteme';

const CASES: [kind: string, query: string, expected: string | RegExp][] = [
  // Acronyms → their glossary term.
  ['sigle', 'SAC', `${G}#sac`],
  ['sigle', 'CUS', `${G}#cus`],
  ['sigle', 'CIL', `${G}#cil`],
  ['sigle', 'PLH', `${G}#plh`],
  ['sigle', 'EPCI', `${G}#epci`],
  ['sigle', 'GIE', `${G}#gie`],
  ['sigle', 'GPIS', `${G}#gpis`],
  ['sigle', 'OPH', `${G}#oph`],
  ['sigle', 'ESH', `${G}#esh`],
  ['sigle', 'HLM', `${G}#hlm`],
  ['sigle', 'TUP', `${G}#tup`],
  ['sigle', 'ANCOLS', `${G}#ancols`],
  ['sigle', 'ELAN', `${G}#elan`],
  // Spelled-out forms → the acronym's term.
  ['développé', 'société de coordination', `${G}#sac`],
  ['développé', 'conférence intercommunale du logement', `${G}#cil`],
  ['développé', 'convention d’utilité sociale', `${G}#cus`],
  ['développé', 'transmission universelle de patrimoine', `${G}#tup`],
  ['développé', 'groupements d’intérêt économique', `${G}#gie`],
  // Page titles.
  ['titre', 'obligation de regroupement', `${SR}/obligation-de-regroupement`],
  ['titre', 'comparer les formes', `${SR}/comparer-les-formes`],
  ['titre', 'état des lieux en chiffres', `${SR}/etat-des-lieux-en-chiffres`],
  ['titre', 'repères chronologiques', '/themes/reperes-chronologiques'],
  ['titre', 'se regrouper', SR],
  ['titre', 'faire groupe', FG],
  ['titre', 'faire écosystème', FE],
  ['titre', 'culture commune', `${FG}/culture-commune-et-identites`],
  ['titre', 'systèmes d’information', `${FG}/systemes-d-information-et-conduite-du-changement`],
  ['titre', 'gouvernance', `${FG}/gouvernance-et-alignement-managerial`],
  ['titre', 'ancrage territorial', `${FE}/ancrage-territorial-et-groupe`],
  ['titre', 'guide de lecture faire groupe', '/articles/2026/12/02/guide-de-lecture-faire-groupe'],
  // Section headings.
  ['intertitre', 'exemptions', `${SR}/obligation-de-regroupement#les-exemptions`],
  // The anchor depends on the typography of « n° » (no-break space or not).
  ['intertitre', 'décret 2019-911', /^\/themes\/se-regrouper\/societe-de-coordination#agrément-et-décret-n-?2019-911$/],
  ['intertitre', 'tableau comparatif', `${SR}/comparer-les-formes#le-tableau-comparatif`],
  ['intertitre', 'frise', '/themes/reperes-chronologiques#la-frise'],
  ['intertitre', 'trois familles de synergies', `${FG}/mutualisation-et-synergies#trois-familles-de-synergies`],
  ['intertitre', 'choisir ses mutualisations', `${FG}/mutualisation-et-synergies#choisir-ses-mutualisations`],
  ['intertitre', 'soutenabilité financière en pratique', `${SR}/societe-de-coordination#la-soutenabilité-financière-en-pratique`],
  // Without accents.
  ['sans accents', 'surete des quartiers', `${FE}/surete-des-quartiers`],
  ['sans accents', 'orleans', `${FE}/maison-de-l-habitat#lexemple-dorléans`],
  ['sans accents', 'amenagement et compte de tiers', `${FE}/amenagement-et-compte-de-tiers`],
  ['sans accents', 'societe de coordination', `${G}#sac`],
  ['sans accents', 'copropriete', `${G}#syndic`],
  // Singular / plural.
  ['pluriel', 'fusions', `${G}#fusion`],
  ['pluriel', 'entreprises sociales pour l’habitat', `${G}#esh`],
  ['singulier', 'rituel', `${FG}/habitudes-et-rituels`],
  ['singulier', 'cadre stratégique commun', `${FG}/cadres-strategiques-communs`],
  ['pluriel', 'guichets uniques', `${FE}/maison-de-l-habitat`],
  // Elisions.
  ['élision', 'l’absorption d’un OPH', `${SR}/fusion`],
  ['élision', "maison de l'habitat", `${G}#maison-de-l-habitat`],
  ['élision', "l'adossement", `${G}#groupe-capitaliste`],
  // Hyphenated words.
  ['trait d’union', 'inter-bailleurs', `${FE}/partenariats-inter-bailleurs-et-gie`],
  ['trait d’union', 'interbailleurs', `${FE}/partenariats-inter-bailleurs-et-gie`],
  // One typo.
  ['faute', 'gouvernanse', `${FG}/gouvernance-et-alignement-managerial`],
  ['faute', 'mutualistion', `${FG}/mutualisation-et-synergies`],
  ['faute', 'regroupemnt', SR],
  ['faute', 'dissolutoin', `${SR}/obligation-de-regroupement#les-sanctions-et-la-dissolution`],
  ['faute', 'deleguation des aides', `${FE}/politique-locale-de-l-habitat#la-délégation-des-aides-à-la-pierre`],
];

describe('relevance on the built index', () => {
  it('has at least 40 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%s : « %s » → %s', (_, query, expected) => {
    if (typeof expected === 'string') expect(first(query)).toBe(expected);
    else expect(first(query)).toMatch(expected);
  });

  it('answers the same without accents and in the singular or plural', () => {
    const pairs: [string, string][] = [
      ['société de coordination', 'SOCIETE DE COORDINATION'],
      ['écosystème', 'ecosysteme'],
      ['sûreté', 'surete'],
      ['délégation des aides à la pierre', 'delegation des aides a la pierre'],
      ['regroupement', 'regroupements'],
      ['organisme', 'organismes'],
      ['politique locale', 'politiques locales'],
      ['bailleur social', 'bailleurs sociaux'],
      ['réseau', 'réseaux'],
    ];
    for (const [a, b] of pairs) {
      expect(urls(a).length).toBeGreaterThan(0);
      expect(urls(b)).toEqual(urls(a));
    }
  });
});
