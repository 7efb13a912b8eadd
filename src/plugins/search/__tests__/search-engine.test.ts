import {describe, expect, it} from 'vitest';
import {buildIndex} from '../build/write-index';
import {SearchEngine} from '../query/search-engine';
import {DEFAULT_SYNONYMS} from '../query/french-analyzer';
import type {SearchRecord} from '../query/search-record';

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
  record({url: '/themes/sac#gouvernance', pageTitle: 'Les sociétés de coordination', title: 'Gouvernance', text: 'Les collectivités et les locataires participent.', themes: ['sac']}),
  record({url: '/themes/glossaire#plh', page: '/themes/glossaire#plh', pageTitle: 'Glossaire', title: 'PLH — programme local de l’habitat', text: 'Document de l’EPCI.', type: 'glossaire'}),
  record({url: '/comptes-rendus/journee', title: 'Compte rendu de la journée', text: 'La politique locale de l’habitat a été discutée en été.', type: 'compte-rendu', themes: ['faire-groupe']}),
  record({url: '/supports/programme.pdf#page=2', page: '/supports/programme.pdf', pageTitle: 'Programme', title: 'Programme, page 2', text: 'Table ronde sur les regroupements.', type: 'support'}),
];

const engine = new SearchEngine(JSON.parse(JSON.stringify(buildIndex(RECORDS, DEFAULT_SYNONYMS))));
const urls = (query: string, filters = {}) => engine.search(query, filters).hits.map((hit) => hit.sections[0].url);

describe('SearchEngine ranking', () => {
  it('puts title and heading matches before body matches', () => {
    expect(urls('gouvernance')[0]).toBe('/themes/sac#gouvernance');
    // Page title (fusions) before body text (sac).
    expect(urls('organismes').slice(0, 2)).toEqual(['/themes/fusions', '/themes/sac']);
    const hits = engine.search('fusion').hits;
    expect(hits[0].page).toBe('/themes/fusions');
    // The page title matches, then the section heading, then the body.
    expect(hits[0].sections.map((section) => section.url)).toEqual(['/themes/fusions', '/themes/fusions#oph', '/themes/fusions#calendrier']);
  });

  it('ranks results matching all query words before those matching some', () => {
    const hits = engine.search('fusion coordination').hits;
    expect(hits[0].sections[0].url).toBe('/themes/fusions#calendrier');
  });

  it('groups by page with at most three sections and no duplicates', () => {
    const hits = engine.search('fusion').hits;
    const fusionPage = hits.filter((hit) => hit.page === '/themes/fusions');
    expect(fusionPage).toHaveLength(1);
    expect(fusionPage[0].sections).toHaveLength(3);
    const all = hits.flatMap((hit) => hit.sections.map((section) => section.url));
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds acronyms from their expansion and the reverse', () => {
    expect(urls('SAC')[0]).toBe('/themes/sac');
    expect(urls('sociétés de coordination')[0]).toBe('/themes/sac');
    expect(urls('programme local de l’habitat')[0]).toBe('/themes/glossaire#plh');
    expect(urls('plh')[0]).toBe('/themes/glossaire#plh');
  });

  it('unaccented = accented, singular = plural, elided = bare', () => {
    expect(urls('societes de coordination')).toEqual(urls('Sociétés de Coordination'));
    expect(urls('fusions')).toEqual(urls('fusion'));
    expect(urls('l’habitat')).toEqual(urls("habitat"));
    expect(urls('été')[0]).toBe('/comptes-rendus/journee');
  });

  it('tolerates one typo in words of five letters or more, only when nothing matches exactly', () => {
    expect(urls('gouvernanse')[0]).toBe('/themes/sac#gouvernance');
    expect(urls('regroupemnts')[0]).toBe('/supports/programme.pdf#page=2');
    expect(urls('fusoin')).toEqual(urls('fusion'));
    expect(urls('hlx')).toEqual([]);
  });

  it('finds a typo on the first or the last letter too (candidates share one of them)', () => {
    const expected = '/themes/sac#gouvernance';
    expect(urls('jouvernance')[0]).toBe(expected); // first letter replaced
    expect(urls('ouvernance')[0]).toBe(expected); // first letter dropped
    expect(urls('ggouvernance')[0]).toBe(expected); // letter added in front
    expect(urls('oguvernance')[0]).toBe(expected); // first two letters swapped
    expect(urls('gouvernancz')[0]).toBe(expected); // last letter replaced
    expect(urls('jouvernancz')).toEqual([]); // two edits
  });

  it('answers a query the same way before and after other queries (working arrays are reused)', () => {
    const first = engine.search('fusion organismes', {types: ['article']});
    engine.search('gouvernance locataires', {themes: ['sac']});
    engine.search('habitat');
    expect(engine.search('fusion organismes', {types: ['article']})).toEqual(first);
  });

  it('filters by type and theme, with counts per type before the type filter', () => {
    const response = engine.search('organismes', {types: ['article']});
    expect(response.hits.every((hit) => hit.type === 'article')).toBe(true);
    expect(urls('habitat', {types: ['glossaire']})).toEqual(['/themes/glossaire#plh']);
    expect(urls('habitat', {types: ['compte-rendu']})).toEqual(['/comptes-rendus/journee']);
    expect(engine.search('habitat', {types: ['glossaire']}).typeCounts).toMatchObject({glossaire: 1, 'compte-rendu': 1});
    expect(urls('organismes', {themes: ['sac']})).toEqual(['/themes/sac']);
    expect(urls('organismes', {themes: ['faire-groupe']})).toEqual([]);
  });

  it('searches a hyphenated query word as one word, falling back to its parts', () => {
    const compound = new SearchEngine(
      JSON.parse(
        JSON.stringify(
          buildIndex(
            [
              record({url: '/a', title: 'Partenariats inter-bailleurs', text: 'Coopérer.'}),
              record({url: '/b', title: 'Bailleurs', text: 'Un inter-régime entre bailleurs.'}),
            ],
            DEFAULT_SYNONYMS,
          ),
        ),
      ),
    );
    expect(compound.search('inter-bailleurs').hits.map((hit) => hit.page)).toEqual(['/a']);
    expect(compound.search('interbailleurs').hits.map((hit) => hit.page)).toEqual(['/a']);
    expect(compound.search('inter-régime').hits.map((hit) => hit.page)).toEqual(['/b']);
    expect(compound.search('bailleurs-coopérer').hits.map((hit) => hit.page).sort()).toEqual(['/a', '/b']);
  });

  it('picks the same first results whatever the limit, with or without snippets', () => {
    const many = new SearchEngine(
      buildIndex(
        Array.from({length: 60}, (_, i) =>
          record({url: `/p${i}`, title: i % 7 === 0 ? `Fusion ${i}` : `Page ${i}`, text: `Organismes et fusion numéro ${i}.`}),
        ),
        DEFAULT_SYNONYMS,
      ),
    );
    const all = many.search('fusion organismes', {}, 100).hits.map((hit) => hit.page);
    expect(all).toHaveLength(60);
    expect(many.search('fusion organismes', {}, 3).hits.map((hit) => hit.page)).toEqual(all.slice(0, 3));
    const bare = many.search('fusion organismes', {}, 5, {snippets: false});
    expect(bare.hits.map((hit) => hit.page)).toEqual(all.slice(0, 5));
    expect(bare.hits[0].sections[0].snippet).toEqual([]);
    expect(all.slice(0, 9)).toEqual(['/p0', '/p7', '/p14', '/p21', '/p28', '/p35', '/p42', '/p49', '/p56']);
  });

  it('links PDF pages with #page=N', () => {
    expect(urls('table ronde')).toEqual(['/supports/programme.pdf#page=2']);
  });
});

describe('snippets and highlighting', () => {
  it('marks the matching words only, as plain text segments', () => {
    const [hit] = engine.search('gouvernance locataires').hits;
    const section = hit.sections[0];
    expect(section.titleSegments).toEqual([{text: 'Gouvernance', mark: true}]);
    expect(section.snippet.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['locataires']);
  });

});

describe('bad input never throws nor injects markup', () => {
  const hostile = [
    '',
    '   ',
    '?!…;:',
    'x'.repeat(10_000),
    'fusion '.repeat(2_000),
    '.*+?^${}()|[]\\',
    '(?<a>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg/onload=alert(1)>',
    '😀 🏠 fusion',
    '\u0000\u0001\u001b[2J\u007f',
    '\u202e fusion \u200b',
    'constructor',
    '__proto__',
    'hasOwnProperty toString',
  ];
  it.each(hostile.map((query) => [JSON.stringify(query).slice(0, 40), query]))('%s', (_, query) => {
    const response = engine.search(query);
    expect(Array.isArray(response.hits)).toBe(true);
    for (const hit of response.hits) {
      for (const section of hit.sections) {
        for (const segment of [...section.snippet, ...section.titleSegments]) expect(segment.text).not.toMatch(/<script|onerror|onload/);
      }
    }
  });

  it('gives sane answers', () => {
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search('x'.repeat(10_000)).hits).toEqual([]);
    expect(urls('😀 🏠 fusion')).toEqual(urls('fusion'));
    expect(urls('\u202e fusion \u200b')).toEqual(urls('fusion'));
    expect(engine.search(null as unknown as string).hits).toEqual([]);
  });

  it('rejects an index of another format with a clear message', () => {
    expect(() => new SearchEngine({version: 0} as never)).toThrow(/version/);
  });
});
