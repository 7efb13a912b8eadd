import {describe, expect, it} from 'vitest';
import {openBuiltIndex} from '../build/index-file';
import {buildIndex} from '../build/write-index';
import {SearchEngine, type SearchFilters} from '../query/search-engine';
import {DEFAULT_SYNONYMS} from '../query/french-analyzer';
import type {SearchRecord} from '../query/search-record';
import {HOSTILE_QUERIES} from './__fixtures__/hostile-queries';

function record(partial: Partial<SearchRecord> & Pick<SearchRecord, 'url' | 'title'>): SearchRecord {
  const page = partial.page ?? partial.url.split('#')[0];
  return {type: 'article', page, pageTitle: partial.pageTitle ?? partial.title, trail: [], text: '', themes: [], ...partial};
}

const RECORDS: SearchRecord[] = [
  record({url: '/themes/fusions', title: 'Les fusions d’organismes', text: 'Deux organismes fusionnent leur patrimoine.', themes: ['fusion']}),
  record({url: '/themes/fusions#oph', pageTitle: 'Les fusions d’organismes', title: 'Fusion des OPH', text: 'Les offices rattachés à une même collectivité.', themes: ['fusion']}),
  record({url: '/themes/fusions#calendrier', pageTitle: 'Les fusions d’organismes', title: 'Calendrier', text: 'Une fusion prend du temps ; la société de coordination est une autre voie.', themes: ['fusion']}),
  record({url: '/themes/fusions#suite', pageTitle: 'Les fusions d’organismes', title: 'Suite', text: 'Après la fusion, le nouvel organisme.', themes: ['fusion']}),
  record({url: '/themes/fusions#encore', pageTitle: 'Les fusions d’organismes', title: 'Encore', text: 'Une fusion de plus.', themes: ['fusion']}),
  record({url: '/themes/sac', title: 'Les sociétés de coordination', text: 'Un groupe horizontal d’organismes HLM.', themes: ['sac']}),
  record({url: '/themes/sac#gouvernance', pageTitle: 'Les sociétés de coordination', title: 'Gouvernance', text: 'Les collectivités et les locataires participent. Les statuts s’imposent aux membres.', themes: ['sac']}),
  record({url: '/themes/cadres', title: 'Les cadres stratégiques', text: 'Deux documents communs.', themes: []}),
  record({url: '/themes/cadres#imposes', pageTitle: 'Les cadres stratégiques', title: 'Deux documents imposés', text: 'Un groupe, par exemple une SAC, adopte ces cadres.', themes: []}),
  record({url: '/themes/glossaire#plh', page: '/themes/glossaire#plh', pageTitle: 'Glossaire', title: 'PLH — programme local de l’habitat', text: 'Document de l’EPCI.', type: 'glossaire'}),
  record({url: '/comptes-rendus/journee', title: 'Compte rendu de la journée', text: 'La politique locale de l’habitat a été discutée en été.', type: 'compte-rendu', themes: ['faire-groupe']}),
  record({url: '/supports/programme.pdf#page=2', page: '/supports/programme.pdf', pageTitle: 'Programme', title: 'Programme, page 2', text: 'Table ronde sur les regroupements.', type: 'support'}),
  record({url: '/intervenants/jeanne-exemple', title: 'Jeanne Exemple', text: 'Directrice générale d’un office.', type: 'intervenant'}),
];

const built = buildIndex(RECORDS, DEFAULT_SYNONYMS);
const engine = openBuiltIndex(built);
const urls = async (query: string, filters: SearchFilters = {}) => (await engine.search(query, filters)).hits.map((hit) => hit.sections[0].url);

describe('SearchEngine ranking', () => {
  it('puts title and heading matches before body matches', async () => {
    expect((await urls('gouvernance'))[0]).toBe('/themes/sac#gouvernance');
    // Page title (fusions) before body text (sac).
    expect((await urls('organismes')).slice(0, 2)).toEqual(['/themes/fusions', '/themes/sac']);
    const {hits} = await engine.search('fusion');
    expect(hits[0].page).toBe('/themes/fusions');
    // The page title matches, then the section heading, then the body.
    expect(hits[0].sections.map((section) => section.url)).toEqual(['/themes/fusions', '/themes/fusions#oph', '/themes/fusions#calendrier']);
  });

  it('puts a page whose title answers the query before a heading that mentions a word in passing', async () => {
    // « SAC imposer »: the SAC page has both words, SAC in its title; the « cadres » page has « imposés » in a heading.
    expect(await urls('SAC imposer')).toEqual(['/themes/sac#gouvernance', '/themes/cadres#imposes', '/themes/fusions#calendrier']);
  });

  it('puts the page whose title has the query before a theme’s landing page that shares the words between its title and a heading', async () => {
    const landing = [
      record({url: '/themes/regrouper', title: 'Se regrouper', text: 'Les articles du thème : fusion, société de coordination.'}),
      record({url: '/themes/regrouper#voies', pageTitle: 'Se regrouper', title: 'Trois voies, une même obligation', text: 'Une obligation pour les organismes.'}),
      record({url: '/themes/regrouper/obligation', title: 'L’obligation de regroupement issue de la loi ELAN', text: 'Les organismes doivent appartenir à un groupe.'}),
      record({url: '/themes/regrouper/comparer', title: 'Comparer les formes de regroupement', text: 'Trois formes.'}),
    ];
    const themed = openBuiltIndex(buildIndex(landing, DEFAULT_SYNONYMS));
    const first = async (query: string) => (await themed.search(query)).hits[0].page;
    expect(await first('obligation de regroupement')).toBe('/themes/regrouper/obligation');
    // The landing page whose title is the query still comes first.
    expect(await first('se regrouper')).toBe('/themes/regrouper');
    expect(await first('Quels organismes doivent se regrouper ?')).toBe('/themes/regrouper/obligation');
  });

  it('ranks results matching all query words before those matching some, and says which words they lack', async () => {
    const response = await engine.search('fusion coordination');
    expect(response.hits[0].sections[0].url).toBe('/themes/fusions#calendrier');
    expect(response.complete).toBe(1);
    expect(response.hits[0].missingWords).toEqual([]);
    expect(response.hits[1]).toMatchObject({page: '/themes/sac', missingWords: ['fusion']});
    // Never an empty list when a query word is indexed: the other word is simply missing.
    const partial = await engine.search('télécharger la table ronde');
    expect(partial.hits.map((hit) => hit.page)).toEqual(['/supports/programme.pdf']);
    expect(partial).toMatchObject({complete: 0, total: 1});
    expect(partial.hits[0].missingWords).toEqual(['telecharger']);
  });

  it('leaves question words out of the ranking', async () => {
    expect(await urls('comment faut-il fusionner ?')).toEqual(await urls('fusionner'));
    expect(await urls('quand la fusion a-t-elle eu lieu')).toEqual(await urls('fusion eu lieu'));
    expect(await urls('combien')).toEqual([]);
  });

  it('labels a person’s record as a speaker', async () => {
    const {hits} = await engine.search('directrice');
    expect(hits.map((hit) => [hit.page, hit.type])).toEqual([['/intervenants/jeanne-exemple', 'intervenant']]);
  });

  it('groups by page with at most three sections and no duplicates', async () => {
    const {hits} = await engine.search('fusion');
    const fusionPage = hits.filter((hit) => hit.page === '/themes/fusions');
    expect(fusionPage).toHaveLength(1);
    expect(fusionPage[0].sections).toHaveLength(3);
    const all = hits.flatMap((hit) => hit.sections.map((section) => section.url));
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds acronyms from their expansion and the reverse', async () => {
    expect((await urls('SAC'))[0]).toBe('/themes/sac');
    expect((await urls('sociétés de coordination'))[0]).toBe('/themes/sac');
    expect((await urls('programme local de l’habitat'))[0]).toBe('/themes/glossaire#plh');
    expect((await urls('plh'))[0]).toBe('/themes/glossaire#plh');
  });

  it('unaccented = accented, singular = plural, elided = bare, a word family meets', async () => {
    expect(await urls('societes de coordination')).toEqual(await urls('Sociétés de Coordination'));
    expect(await urls('fusions')).toEqual(await urls('fusion'));
    expect(await urls('fusionner')).toEqual(await urls('fusion'));
    expect(await urls('l’habitat')).toEqual(await urls('habitat'));
    expect((await urls('été'))[0]).toBe('/comptes-rendus/journee');
    expect((await urls('stratégie'))[0]).toBe('/themes/cadres');
  });

  it('tolerates one typo in words of five letters or more, only when nothing matches exactly', async () => {
    expect((await urls('gouvernanse'))[0]).toBe('/themes/sac#gouvernance');
    expect((await urls('regroupemnts'))[0]).toBe('/supports/programme.pdf#page=2');
    expect(await urls('fusoin')).toEqual(await urls('fusion'));
    expect(await urls('hlx')).toEqual([]);
  });

  it('finds a typo on the first or the last letter too (candidates share one of them)', async () => {
    const expected = '/themes/sac#gouvernance';
    expect((await urls('jouvernance'))[0]).toBe(expected); // first letter replaced
    expect((await urls('ouvernance'))[0]).toBe(expected); // first letter dropped
    expect((await urls('ggouvernance'))[0]).toBe(expected); // letter added in front
    expect((await urls('oguvernance'))[0]).toBe(expected); // first two letters swapped
    expect((await urls('gouvernancz'))[0]).toBe(expected); // last letter replaced
    expect(await urls('jouvernancz')).toEqual([]); // two edits
  });

  it('completes the word being typed, not a finished one', async () => {
    expect((await urls('gouvern'))[0]).toBe('/themes/sac#gouvernance');
    expect((await urls('les regroupem'))[0]).toBe('/supports/programme.pdf#page=2');
    expect(await urls('gouvern ')).toEqual([]);
    expect(await urls('gouv')).toEqual(await urls('gouvern'));
  });

  it('answers a query the same way before and after other queries (working arrays are reused)', async () => {
    const first = await engine.search('fusion organismes', {types: ['article']});
    await engine.search('gouvernance locataires', {themes: ['sac']});
    await engine.search('habitat');
    expect(await engine.search('fusion organismes', {types: ['article']})).toEqual(first);
  });

  it('filters by type and theme, with counts per type before the type filter', async () => {
    const response = await engine.search('organismes', {types: ['article']});
    expect(response.hits.every((hit) => hit.type === 'article')).toBe(true);
    expect(await urls('habitat', {types: ['glossaire']})).toEqual(['/themes/glossaire#plh']);
    expect(await urls('habitat', {types: ['compte-rendu']})).toEqual(['/comptes-rendus/journee']);
    expect((await engine.search('habitat', {types: ['glossaire']})).typeCounts).toMatchObject({glossaire: 1, 'compte-rendu': 1});
    expect(await urls('organismes', {themes: ['sac']})).toEqual(['/themes/sac']);
    expect(await urls('organismes', {themes: ['faire-groupe']})).toEqual([]);
  });

  it('searches a hyphenated query word as one word, falling back to its parts', async () => {
    const compound = openBuiltIndex(
      buildIndex(
        [
          record({url: '/a', title: 'Partenariats inter-bailleurs', text: 'Coopérer.'}),
          record({url: '/b', title: 'Bailleurs', text: 'Un inter-régime entre bailleurs.'}),
        ],
        DEFAULT_SYNONYMS,
      ),
    );
    const pages = async (query: string) => (await compound.search(query)).hits.map((hit) => hit.page);
    expect(await pages('inter-bailleurs')).toEqual(['/a']);
    expect(await pages('interbailleurs')).toEqual(['/a']);
    expect(await pages('inter-régime')).toEqual(['/b']);
    expect((await pages('bailleurs-coopérer')).sort()).toEqual(['/a', '/b']);
  });

  it('picks the same first results whatever the limit, with or without snippets', async () => {
    const many = openBuiltIndex(
      buildIndex(
        Array.from({length: 60}, (_, i) =>
          record({url: `/p${i}`, title: i % 7 === 0 ? `Fusion ${i}` : `Page ${i}`, text: `Organismes et fusion numéro ${i}.`}),
        ),
        DEFAULT_SYNONYMS,
      ),
    );
    const all = (await many.search('fusion organismes', {}, 100)).hits.map((hit) => hit.page);
    expect(all).toHaveLength(60);
    expect((await many.search('fusion organismes', {}, 3)).hits.map((hit) => hit.page)).toEqual(all.slice(0, 3));
    const bare = await many.search('fusion organismes', {}, 5, {snippets: false});
    expect(bare.hits.map((hit) => hit.page)).toEqual(all.slice(0, 5));
    expect(bare.hits[0].sections[0].snippet).toEqual([]);
    expect(all.slice(0, 9)).toEqual(['/p0', '/p7', '/p14', '/p21', '/p28', '/p35', '/p42', '/p49', '/p56']);
  });

  it('links PDF pages with #page=N', async () => {
    expect(await urls('table ronde')).toEqual(['/supports/programme.pdf#page=2']);
  });
});

describe('sharded index', () => {
  it('fetches the shards of the query’s terms and the pages it shows, not the whole index', async () => {
    const read: string[] = [];
    const lazy = openBuiltIndex(buildIndex(RECORDS, DEFAULT_SYNONYMS, {termShardBytes: 200}), (fragment) => read.push(fragment));
    await lazy.search('gouvernance', {}, 1);
    expect(read.filter((fragment) => fragment.startsWith('fr/p/'))).toHaveLength(1);
    expect(read.filter((fragment) => fragment.startsWith('fr/w/'))).toEqual([]);
    expect(read.length).toBeLessThan(lazy.allFragmentPaths().length / 3);
    // A typo reads the word lists of its first and last letters (a finished word: a space follows it).
    read.length = 0;
    await lazy.search('gouvernanse ', {}, 1);
    expect(read.filter((fragment) => fragment.startsWith('fr/w/'))).toHaveLength(2);
  });

  it('answers exactly as the same index loaded whole', async () => {
    const options = {termShardBytes: 200};
    const lazy = openBuiltIndex(buildIndex(RECORDS, DEFAULT_SYNONYMS, options));
    const whole = openBuiltIndex(buildIndex(RECORDS, DEFAULT_SYNONYMS, options));
    await whole.loadAll();
    for (const query of ['gouvernance', 'SAC imposer', 'fusion coordination', 'gouvernanse', 'regroupem', 'programme local de l’habitat', 'télécharger la table ronde']) {
      expect(await lazy.search(query)).toEqual(whole.searchLoaded(query));
    }
  });

  it('names its fragments after their content: the same records give the same files', () => {
    const again = buildIndex(RECORDS, DEFAULT_SYNONYMS);
    expect([...again.files.keys()].sort()).toEqual([...built.files.keys()].sort());
    expect(built.entryName).toMatch(/^fr\.[0-9a-f]{12}\.json$/);
    const changed = buildIndex([...RECORDS.slice(0, -1), {...RECORDS[RECORDS.length - 1], text: 'Autre texte.'}], DEFAULT_SYNONYMS);
    const kept = [...changed.files.keys()].filter((file) => built.files.has(file));
    expect(kept.length).toBeGreaterThan(0);
    expect(changed.entryName).not.toBe(built.entryName);
  });

  it('refuses a page whose records have different types, naming the page', () => {
    expect(() =>
      buildIndex([record({url: '/x', title: 'X'}), record({url: '/x#a', page: '/x', title: 'A', type: 'support'})], DEFAULT_SYNONYMS),
    ).toThrow(/« \/x » réunit des résultats de types différents/);
  });
});

describe('snippets and highlighting', () => {
  it('marks the matching words only, as plain text segments', async () => {
    const [hit] = (await engine.search('gouvernance locataires')).hits;
    const section = hit.sections[0];
    expect(section.titleSegments).toEqual([{text: 'Gouvernance', mark: true}]);
    expect(section.snippet.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['locataires']);
  });
});

describe('bad input never throws nor injects markup', () => {
  it.each(HOSTILE_QUERIES.map((query) => [JSON.stringify(query).slice(0, 40), query]))('%s', async (_, query) => {
    const response = await engine.search(query);
    expect(Array.isArray(response.hits)).toBe(true);
    for (const hit of response.hits) {
      for (const section of hit.sections) {
        for (const segment of [...section.snippet, ...section.titleSegments]) expect(segment.text).not.toMatch(/<script|onerror|onload/);
      }
    }
  });

  it('gives sane answers', async () => {
    expect((await engine.search('')).hits).toEqual([]);
    expect((await engine.search('x'.repeat(10_000))).hits).toEqual([]);
    expect(await urls('😀 🏠 fusion')).toEqual(await urls('fusion'));
    expect(await urls('\u202e fusion \u200b')).toEqual(await urls('fusion'));
    expect((await engine.search(null as unknown as string)).hits).toEqual([]);
  });

  it('rejects an index of another format with a clear message', () => {
    expect(() => new SearchEngine({version: 0} as never, {get: () => undefined, load: async () => undefined})).toThrow(/version/);
  });
});
