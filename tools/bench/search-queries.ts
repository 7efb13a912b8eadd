/**
 * The relevance suite of the search: French queries on the site's content, each with the
 * page (or the section) a reader expects, and how MRR@10 and recall@10 are counted. The
 * build test (tests/build/search-relevance.test.ts) runs it on the built site; the
 * benchmark (npm run bench:search) runs it on every engine and every corpus.
 *
 * An expected string is a result page (any of its sections will do: « /themes/se-regrouper »)
 * or a section (« …#les-exemptions », or a glossary term, a page of its own); a list is
 * several right answers, the first one found counts.
 */

export type Expected = string | RegExp | readonly (string | RegExp)[];

/** kind: what the query tests; « question » marks the questions a director would type. */
export interface RelevanceCase {
  kind: string;
  query: string;
  expected: Expected;
}

const G = '/themes/glossaire';
const SR = '/themes/se-regrouper';
const FG = '/themes/faire-groupe';
const FE = '/themes/faire-ecosysteme';
const RC = '/themes/reperes-chronologiques';
const DAY = '/journees/2022-03-22';

/** Keyword queries, first result expected exactly (the suite of the first search release). */
export const FIRST_RESULT_CASES: readonly RelevanceCase[] = [
  // Acronyms → their glossary term.
  {kind: 'sigle', query: 'SAC', expected: `${G}#sac`},
  {kind: 'sigle', query: 'CUS', expected: `${G}#cus`},
  {kind: 'sigle', query: 'CIL', expected: `${G}#cil`},
  {kind: 'sigle', query: 'PLH', expected: `${G}#plh`},
  {kind: 'sigle', query: 'EPCI', expected: `${G}#epci`},
  {kind: 'sigle', query: 'GIE', expected: `${G}#gie`},
  {kind: 'sigle', query: 'GPIS', expected: `${G}#gpis`},
  {kind: 'sigle', query: 'OPH', expected: `${G}#oph`},
  {kind: 'sigle', query: 'ESH', expected: `${G}#esh`},
  {kind: 'sigle', query: 'HLM', expected: `${G}#hlm`},
  {kind: 'sigle', query: 'TUP', expected: `${G}#tup`},
  {kind: 'sigle', query: 'ANCOLS', expected: `${G}#ancols`},
  {kind: 'sigle', query: 'ELAN', expected: `${G}#elan`},
  // Spelled-out forms → the acronym's term.
  {kind: 'développé', query: 'société de coordination', expected: `${G}#sac`},
  {kind: 'développé', query: 'conférence intercommunale du logement', expected: `${G}#cil`},
  {kind: 'développé', query: 'convention d’utilité sociale', expected: `${G}#cus`},
  {kind: 'développé', query: 'transmission universelle de patrimoine', expected: `${G}#tup`},
  {kind: 'développé', query: 'groupements d’intérêt économique', expected: `${G}#gie`},
  // Page titles.
  {kind: 'titre', query: 'obligation de regroupement', expected: `${SR}/obligation-de-regroupement`},
  {kind: 'titre', query: 'comparer les formes', expected: `${SR}/comparer-les-formes`},
  {kind: 'titre', query: 'état des lieux en chiffres', expected: `${SR}/etat-des-lieux-en-chiffres`},
  {kind: 'titre', query: 'repères chronologiques', expected: RC},
  {kind: 'titre', query: 'se regrouper', expected: SR},
  {kind: 'titre', query: 'faire groupe', expected: FG},
  {kind: 'titre', query: 'faire écosystème', expected: FE},
  {kind: 'titre', query: 'culture commune', expected: `${FG}/culture-commune-et-identites`},
  {kind: 'titre', query: 'systèmes d’information', expected: `${FG}/systemes-d-information-et-conduite-du-changement`},
  {kind: 'titre', query: 'gouvernance', expected: `${FG}/gouvernance-et-alignement-managerial`},
  {kind: 'titre', query: 'ancrage territorial', expected: `${FE}/ancrage-territorial-et-groupe`},
  {kind: 'titre', query: 'guide de lecture faire groupe', expected: '/articles/2026/12/02/guide-de-lecture-faire-groupe'},
  // Section headings.
  {kind: 'intertitre', query: 'exemptions', expected: `${SR}/obligation-de-regroupement#les-exemptions`},
  // The anchor depends on the typography of « n° » (no-break space or not).
  {kind: 'intertitre', query: 'décret 2019-911', expected: /^\/themes\/se-regrouper\/societe-de-coordination#agrément-et-décret-n-?2019-911$/},
  {kind: 'intertitre', query: 'tableau comparatif', expected: `${SR}/comparer-les-formes#le-tableau-comparatif`},
  {kind: 'intertitre', query: 'frise', expected: `${RC}#la-frise`},
  {kind: 'intertitre', query: 'trois familles de synergies', expected: `${FG}/mutualisation-et-synergies#trois-familles-de-synergies`},
  {kind: 'intertitre', query: 'choisir ses mutualisations', expected: `${FG}/mutualisation-et-synergies#choisir-ses-mutualisations`},
  {kind: 'intertitre', query: 'soutenabilité financière en pratique', expected: `${SR}/societe-de-coordination#la-soutenabilité-financière-en-pratique`},
  // Without accents.
  {kind: 'sans accents', query: 'surete des quartiers', expected: `${FE}/surete-des-quartiers`},
  {kind: 'sans accents', query: 'orleans', expected: `${FE}/maison-de-l-habitat#lexemple-dorléans`},
  {kind: 'sans accents', query: 'amenagement et compte de tiers', expected: `${FE}/amenagement-et-compte-de-tiers`},
  {kind: 'sans accents', query: 'societe de coordination', expected: `${G}#sac`},
  {kind: 'sans accents', query: 'copropriete', expected: `${G}#syndic`},
  // Singular / plural.
  {kind: 'pluriel', query: 'fusions', expected: `${G}#fusion`},
  {kind: 'pluriel', query: 'entreprises sociales pour l’habitat', expected: `${G}#esh`},
  {kind: 'singulier', query: 'rituel', expected: `${FG}/habitudes-et-rituels`},
  {kind: 'singulier', query: 'cadre stratégique commun', expected: `${FG}/cadres-strategiques-communs`},
  {kind: 'pluriel', query: 'guichets uniques', expected: `${FE}/maison-de-l-habitat`},
  // Elisions.
  {kind: 'élision', query: 'l’absorption d’un OPH', expected: `${SR}/fusion`},
  {kind: 'élision', query: "maison de l'habitat", expected: `${G}#maison-de-l-habitat`},
  {kind: 'élision', query: "l'adossement", expected: `${G}#groupe-capitaliste`},
  // Hyphenated words.
  {kind: 'trait d’union', query: 'inter-bailleurs', expected: `${FE}/partenariats-inter-bailleurs-et-gie`},
  {kind: 'trait d’union', query: 'interbailleurs', expected: `${FE}/partenariats-inter-bailleurs-et-gie`},
  // One typo.
  {kind: 'faute', query: 'gouvernanse', expected: `${FG}/gouvernance-et-alignement-managerial`},
  {kind: 'faute', query: 'mutualistion', expected: `${FG}/mutualisation-et-synergies`},
  {kind: 'faute', query: 'regroupemnt', expected: SR},
  {kind: 'faute', query: 'dissolutoin', expected: `${SR}/obligation-de-regroupement#les-sanctions-et-la-dissolution`},
  {kind: 'faute', query: 'deleguation des aides', expected: `${FE}/politique-locale-de-l-habitat#la-délégation-des-aides-à-la-pierre`},
];

/** Loose wording and questions, as readers type them: the expected page somewhere in the first ten. */
export const READER_CASES: readonly RelevanceCase[] = [
  // The three cases of issue 12.
  {kind: 'formulation libre', query: 'télécharger les supports', expected: '/ressources'},
  {kind: 'formulation libre', query: 'chronologie de la loi ELAN', expected: RC},
  {kind: 'formulation libre', query: 'SAC imposer', expected: `${SR}/societe-de-coordination`},
  {kind: 'formulation libre', query: 'dates clés du regroupement', expected: RC},
  {kind: 'formulation libre', query: 'frise chronologique', expected: `${RC}#la-frise`},
  {kind: 'formulation libre', query: 'mutualiser les moyens', expected: `${FG}/mutualisation-et-synergies`},
  {kind: 'formulation libre', query: 'fusion-absorption', expected: [`${G}#absorption`, `${SR}/fusion`]},
  {kind: 'formulation libre', query: 'seuil des 12 000 logements', expected: `${G}#seuil-12000`},
  {kind: 'formulation libre', query: 'Jean-Claude Driant', expected: '/intervenants/jean-claude-driant'},
  {kind: 'formulation libre', query: 'Driant', expected: '/intervenants/jean-claude-driant'},
  {kind: 'formulation libre', query: 'programme de la journée', expected: DAY},
  {kind: 'formulation libre', query: 'ressources', expected: '/ressources'},
  {kind: 'formulation libre', query: 'diaporama du grand témoin', expected: '/ressources'},
  {kind: 'formulation libre', query: 'agrément du ministre', expected: [`${SR}/societe-de-coordination`, `${G}#cshlm`]},
  {kind: 'formulation libre', query: 'guichet unique Orléans', expected: `${FE}/maison-de-l-habitat#lexemple-dorléans`},
  {kind: 'formulation libre', query: 'rondes de nuit', expected: [`${G}#gpis`, `${FE}/surete-des-quartiers`]},
  {kind: 'formulation libre', query: 'chiffre d’affaires SEM', expected: `${G}#sem`},
  {kind: 'formulation libre', query: 'Action Logement', expected: `${G}#action-logement`},
  {kind: 'formulation libre', query: 'CDC Habitat', expected: `${G}#caisse-des-depots`},
  {kind: 'formulation libre', query: 'associations régionales', expected: [`${G}#association-regionale`, `${FE}/partenariats-inter-bailleurs-et-gie`]},
  {kind: 'formulation libre', query: 'copropriétés', expected: [`${G}#syndic`, `${FE}/syndic-de-copropriete`]},
  {kind: 'formulation libre', query: 'coopératives HLM', expected: `${G}#coop-hlm`},
  {kind: 'formulation libre', query: 'diversifier ses métiers', expected: [`${FE}/amenagement-et-compte-de-tiers`, '/articles/2026/12/02/guide-de-lecture-faire-ecosysteme']},
  {kind: 'formulation libre', query: 'identité des organismes membres', expected: `${FG}/culture-commune-et-identites`},
  {kind: 'formulation libre', query: 'réseaux de pairs', expected: `${FG}/habitudes-et-rituels#les-réseaux-de-pairs`},
  {kind: 'formulation libre', query: 'descendant ou ascendant', expected: `${FG}/cadres-strategiques-communs#descendant-ou-ascendant`},
  {kind: 'formulation libre', query: 'avis du CRHH', expected: `${G}#crhh`},
  {kind: 'formulation libre', query: 'exemplarité des dirigeants', expected: `${FG}/gouvernance-et-alignement-managerial`},
  {kind: 'formulation libre', query: 'trajectoire des SI', expected: `${FG}/systemes-d-information-et-conduite-du-changement`},
  {kind: 'formulation libre', query: 'quartiers prioritaires', expected: `${G}#qpv`},
  {kind: 'formulation libre', query: 'plan stratégique de patrimoine', expected: `${G}#psp`},
  {kind: 'formulation libre', query: 'groupe horizontal', expected: `${G}#groupe-horizontal`},
  {kind: 'formulation libre', query: 'collectivité de rattachement', expected: `${G}#collectivite-de-rattachement`},
  {kind: 'formulation libre', query: 'fédérations HLM', expected: [`${G}#ush`, `${G}#fnar`]},
  {kind: 'formulation libre', query: 'entreprise publique locale', expected: `${G}#epl`},
  {kind: 'formulation libre', query: 'code de la construction', expected: `${G}#cch`},
  {kind: 'formulation libre', query: 'absorber un office', expected: [`${SR}/fusion`, `${G}#absorption`]},
  {kind: 'formulation libre', query: 'sanctions et dissolution', expected: `${SR}/obligation-de-regroupement#les-sanctions-et-la-dissolution`},
  {kind: 'formulation libre', query: 'stratégie patrimoniale du groupe', expected: [`${G}#cadre-strategique-patrimonial`, `${FG}/cadres-strategiques-communs`]},
  // Questions a director would type.
  {kind: 'question', query: 'Qu’est-ce qu’une société de coordination ?', expected: [`${G}#sac`, `${SR}/societe-de-coordination`]},
  {kind: 'question', query: 'Quels organismes doivent se regrouper ?', expected: `${SR}/obligation-de-regroupement`},
  {kind: 'question', query: 'À partir de combien de logements faut-il se regrouper ?', expected: [`${G}#seuil-12000`, `${SR}/obligation-de-regroupement`]},
  {kind: 'question', query: 'Quand la loi ELAN a-t-elle été promulguée ?', expected: [`${G}#elan`, RC]},
  {kind: 'question', query: 'Quelles sont les sanctions si on ne se regroupe pas ?', expected: `${SR}/obligation-de-regroupement#les-sanctions-et-la-dissolution`},
  {kind: 'question', query: 'Qui est exempté de l’obligation de regroupement ?', expected: `${SR}/obligation-de-regroupement#les-exemptions`},
  {kind: 'question', query: 'Comment fusionner deux offices ?', expected: `${SR}/fusion`},
  {kind: 'question', query: 'Une ESH peut-elle absorber un OPH ?', expected: [`${SR}/fusion`, `${G}#absorption`]},
  {kind: 'question', query: 'Que change une fusion pour les salariés ?', expected: `${SR}/fusion`},
  // The steps are now a paragraph of the fusion article (its « Étapes » heading is gone): the article.
  {kind: 'question', query: 'Quelles sont les étapes d’un projet de fusion ?', expected: `${SR}/fusion`},
  {kind: 'question', query: 'Qu’est-ce qu’un groupe capitaliste ?', expected: [`${G}#groupe-capitaliste`, `${SR}/adossement-groupe-capitaliste`]},
  {kind: 'question', query: 'Que change l’adossement pour un organisme ?', expected: `${SR}/adossement-groupe-capitaliste`},
  {kind: 'question', query: 'Quelles sont les compétences d’une SAC ?', expected: `${SR}/societe-de-coordination`},
  {kind: 'question', query: 'Qui détient le capital d’une société de coordination ?', expected: [`${SR}/societe-de-coordination`, `${G}#sac`]},
  // No « La solidarité financière » section any more: the SAC article says it under its powers and « La soutenabilité financière en pratique ».
  {kind: 'question', query: 'Comment fonctionne la solidarité financière dans une SAC ?', expected: [`${SR}/societe-de-coordination`, `${G}#solidarite-financiere`]},
  // The case of Immobilière Terres Océan, « première SAC agréée », now answers it best; the SAC article still dates the first ones.
  {kind: 'question', query: 'Quelles ont été les premières sociétés de coordination ?', expected: [`${SR}/cas/immobiliere-terres-ocean`, `${SR}/societe-de-coordination#la-soutenabilité-financière-en-pratique`, `${SR}/etat-des-lieux-en-chiffres#les-sociétés-de-coordination`]},
  {kind: 'question', query: 'Quelle forme de regroupement choisir ?', expected: `${SR}/comparer-les-formes`},
  {kind: 'question', query: 'Combien d’organismes HLM reste-t-il ?', expected: `${SR}/etat-des-lieux-en-chiffres`},
  {kind: 'question', query: 'Combien de sociétés de coordination ont été créées ?', expected: `${SR}/etat-des-lieux-en-chiffres`},
  {kind: 'question', query: 'Que dit le rapport d’information de 2022 ?', expected: `${SR}/etat-des-lieux-en-chiffres`},
  {kind: 'question', query: 'Pourquoi faire groupe une fois la structure en place ?', expected: `${FG}/pourquoi-faire-groupe`},
  {kind: 'question', query: 'Que faut-il mutualiser dans un groupe ?', expected: `${FG}/mutualisation-et-synergies`},
  {kind: 'question', query: 'Comment mutualiser les achats ?', expected: `${FG}/mutualisation-et-synergies`},
  {kind: 'question', query: 'Quels documents communs un groupe doit-il adopter ?', expected: `${FG}/cadres-strategiques-communs`},
  {kind: 'question', query: 'Comment aligner les dirigeants d’un groupe ?', expected: `${FG}/gouvernance-et-alignement-managerial`},
  {kind: 'question', query: 'Quelle place pour les administrateurs et les élus ?', expected: `${FG}/gouvernance-et-alignement-managerial`},
  {kind: 'question', query: 'Comment construire une culture commune ?', expected: `${FG}/culture-commune-et-identites`},
  {kind: 'question', query: 'Comment harmoniser les systèmes d’information ?', expected: `${FG}/systemes-d-information-et-conduite-du-changement`},
  {kind: 'question', query: 'Quels rituels de travail instaurer dans un groupe ?', expected: `${FG}/habitudes-et-rituels`},
  {kind: 'question', query: 'Comment conduire le changement ?', expected: `${FG}/systemes-d-information-et-conduite-du-changement`},
  {kind: 'question', query: 'Comment garder son ancrage territorial dans un groupe ?', expected: `${FE}/ancrage-territorial-et-groupe`},
  {kind: 'question', query: 'Qui définit la politique d’attribution des logements sociaux ?', expected: [`${G}#cil`, `${FE}/attributions-cil-et-cus`]},
  {kind: 'question', query: 'Qu’est-ce qu’une convention d’utilité sociale ?', expected: [`${G}#cus`, `${FE}/attributions-cil-et-cus`]},
  {kind: 'question', query: 'Qui élabore le programme local de l’habitat ?', expected: [`${G}#plh`, `${FE}/politique-locale-de-l-habitat`]},
  {kind: 'question', query: 'Comment coopérer avec d’autres bailleurs hors de son groupe ?', expected: `${FE}/partenariats-inter-bailleurs-et-gie`},
  {kind: 'question', query: 'À quoi sert un GIE ?', expected: [`${G}#gie`, `${FE}/partenariats-inter-bailleurs-et-gie`]},
  {kind: 'question', query: 'Comment sécuriser les parties communes la nuit ?', expected: [`${FE}/surete-des-quartiers`, `${G}#gpis`]},
  {kind: 'question', query: 'Un bailleur social peut-il être syndic de copropriété ?', expected: [`${FE}/syndic-de-copropriete`, `${G}#syndic`]},
  {kind: 'question', query: 'Un OPH peut-il faire de l’aménagement ?', expected: [`${FE}/amenagement-et-compte-de-tiers`, `${G}#amenagement`]},
  {kind: 'question', query: 'Qu’est-ce qu’une maison de l’habitat ?', expected: [`${G}#maison-de-l-habitat`, `${FE}/maison-de-l-habitat`]},
  {kind: 'question', query: 'Où télécharger les supports de la journée ?', expected: '/ressources'},
  {kind: 'question', query: 'Qui est le grand témoin de la journée ?', expected: [`${DAY}/grand-temoin`, '/intervenants/jean-claude-driant']},
  // The new editorial post gives the date, the hours and the city in « Ce que l’on sait de la journée ».
  {kind: 'question', query: 'Quand a lieu la journée ?', expected: [DAY, '/articles/2026/12/02/presentation-de-la-journee#ce-que-lon-sait-de-la-journée']},
  {kind: 'question', query: 'Qu’est-ce que la délégation des aides à la pierre ?', expected: [`${G}#delegation-aides-a-la-pierre`, `${FE}/politique-locale-de-l-habitat`]},
  {kind: 'question', query: 'Qui contrôle les organismes HLM ?', expected: `${G}#ancols`},
  {kind: 'question', query: 'Quel est le rôle de la Banque des Territoires ?', expected: `${G}#caisse-des-depots`},
  // The fusion article now says it in so many words (« L’opération vaut transmission universelle de patrimoine »).
  {kind: 'question', query: 'Quand une fusion vaut-elle transmission universelle de patrimoine ?', expected: [`${G}#tup`, `${G}#absorption`, `${SR}/fusion#labsorption-dun-office-par-une-société`]},
  {kind: 'question', query: 'Comment respecter l’identité de chaque organisme ?', expected: `${FG}/culture-commune-et-identites`},
  {kind: 'question', query: 'Pourquoi un bailleur devient-il syndic ?', expected: [`${FE}/syndic-de-copropriete`, `${G}#syndic`]},
  {kind: 'question', query: 'Que prévoit la loi pour les offices rattachés à une même collectivité ?', expected: [`${SR}/fusion`, `${G}#fusion`]},
];

export const RELEVANCE_CASES: readonly RelevanceCase[] = [...FIRST_RESULT_CASES, ...READER_CASES];

/** One result as a reader sees it: the page, and the section its link opens. */
export interface RankedResult {
  page: string;
  url: string;
}

export function matchesExpected(result: RankedResult, expected: Expected): boolean {
  const candidates = Array.isArray(expected) ? expected : [expected];
  return candidates.some((candidate) =>
    typeof candidate === 'string' ? result.url === candidate || result.page === candidate : (candidate as RegExp).test(result.url),
  );
}

/** Rank (1-based) of the first expected result among the first `depth`, or 0. */
export function rankOf(results: readonly RankedResult[], expected: Expected, depth = 10): number {
  const index = results.slice(0, depth).findIndex((result) => matchesExpected(result, expected));
  return index + 1;
}

export interface RelevanceScore {
  /** Mean reciprocal rank of the expected result in the first ten. */
  mrr10: number;
  /** Share of queries whose expected result is in the first ten. */
  recall10: number;
  /** The queries whose expected result is not first: query, rank (0 = not in the first ten). */
  misses: {query: string; rank: number}[];
}

/** MRR@10 and recall@10 of a ranking function over cases. */
export async function scoreRelevance(
  cases: readonly RelevanceCase[],
  rank: (query: string) => Promise<readonly RankedResult[]> | readonly RankedResult[],
): Promise<RelevanceScore> {
  let reciprocal = 0;
  let found = 0;
  const misses: RelevanceScore['misses'] = [];
  for (const {query, expected} of cases) {
    const position = rankOf(await rank(query), expected);
    if (position > 0) {
      reciprocal += 1 / position;
      found++;
    }
    if (position !== 1) misses.push({query, rank: position});
  }
  return {mrr10: reciprocal / cases.length, recall10: found / cases.length, misses};
}

/**
 * Results of an engine that returns records, one per result as the search shows them:
 * the best record of each page, in order (`pageOf` maps a record URL to its page).
 */
export function firstPerPage(urls: readonly string[], pageOf: (url: string) => string): RankedResult[] {
  const seen = new Set<string>();
  const results: RankedResult[] = [];
  for (const url of urls) {
    const page = pageOf(url);
    if (seen.has(page)) continue;
    seen.add(page);
    results.push({page, url});
  }
  return results;
}
