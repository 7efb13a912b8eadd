import {describe, expect, it} from 'vitest';
import {citationIdsIn, citationIssues, sourceDateStart, urlShare, validateBibliography} from '../bibliography';
import {unreliableHostOf, UNRELIABLE_HOSTS} from '../unreliable-hosts';

const law = {kind: 'loi', title: 'Loi d’essai n° 2020-1', publisher: 'Éditions d’essai', date: '2020-01-01', url: 'https://exemple.org/loi', consulted: '2026-10-01'};
const code = {kind: 'code', title: 'Code d’essai, article L. 1-1', publisher: 'Éditions d’essai', article: 'L. 1-1', version: '2020-01-01', url: 'https://exemple.org/code/l1-1', consulted: '2026-10-01'};

describe('validateBibliography', () => {
  it('keeps valid entries in file order, with year-only dates as strings', () => {
    const {sources, issues, invalid} = validateBibliography({'loi-essai': law, 'code-essai-l1-1': code, annee: {...law, url: 'https://exemple.org/annee', date: 2021}});
    expect(issues).toEqual([]);
    expect(invalid).toEqual([]);
    expect(Object.keys(sources)).toEqual(['loi-essai', 'code-essai-l1-1', 'annee']);
    expect(sources.annee.date).toBe('2021');
  });

  it('names the field and the fix of every invalid entry, and lists its id as invalid', () => {
    const {issues, invalid} = validateBibliography({
      'sans-version': {...code, version: undefined},
      'sans-article': {...code, url: 'https://exemple.org/autre', article: undefined},
      'date-impossible': {...law, url: 'https://exemple.org/d', date: '2019-02-30'},
      'date-libre': {...law, url: 'https://exemple.org/e', date: 'mars 2019'},
      'sans-adresse-ni-note': {...law, url: undefined},
      'personne': {...law, url: 'https://exemple.org/f', publisher: undefined},
      'champ-inconnu': {...law, url: 'https://exemple.org/g', lien: 'x'},
      'Majuscules': law,
    });
    expect(issues.map((issue) => `${issue.field}: ${issue.problem}`)).toEqual([
      'sans-version.version: article de code sans version',
      'sans-article.article: article de code sans numéro',
      'date-impossible.date: date impossible',
      'date-libre.date: date mal formée',
      'sans-adresse-ni-note.url: ni adresse ni explication',
      'personne.publisher: ni auteur ni éditeur',
      'champ-inconnu.lien: champ inconnu',
      'Majuscules: identifiant mal formé',
    ]);
    expect(issues[0].fix).toMatch(/« version: AAAA-MM-JJ »/);
    expect(invalid).toEqual(['sans-version', 'sans-article', 'date-impossible', 'date-libre', 'sans-adresse-ni-note', 'personne', 'champ-inconnu', 'Majuscules']);
  });

  it('finds the same document under two ids: same address (www, trailing slash and scheme aside), or same article of the same code', () => {
    const {issues} = validateBibliography({
      'loi-essai': law,
      'loi-essai-bis': {...law, url: 'http://www.exemple.org/loi/'},
      'code-essai-l1-1': code,
      'code-essai-l1-1-ailleurs': {...code, url: 'https://ailleurs.example/l1-1'},
    });
    expect(issues.map((issue) => [issue.field, issue.problem])).toEqual([
      ['loi-essai-bis', 'source en double : « loi-essai » désigne déjà la même adresse'],
      ['code-essai-l1-1-ailleurs', 'source en double : « code-essai-l1-1 » désigne déjà le même article du même code'],
    ]);
    expect(issues[0].fix).toMatch(/remplacez ses citations \[\^loi-essai-bis\] par \[\^loi-essai\]/);
  });

  it('keeps two articles of one law read on the same page apart', () => {
    const {issues} = validateBibliography({'loi-art-1': {...law, article: '1'}, 'loi-art-2': {...law, article: '2'}});
    expect(issues).toEqual([]);
  });

  it('refuses an unreliable host, and a mirror unless it is a site whose note says so', () => {
    const {issues} = validateBibliography({
      fiche: {...law, url: 'https://www.juriblio.fr/fiche'},
      preprod: {...law, url: 'https://www.testing.lemoniteur.fr/article/x'},
      miroir: {...law, url: 'https://123dok.net/document/x'},
      'miroir-note': {...law, kind: 'site', url: 'https://fr.pdfslide.net/x', note: 'Miroir du document d’origine, introuvable ailleurs.'},
    });
    expect(issues.map((issue) => issue.field)).toEqual(['fiche.url', 'preprod.url', 'miroir.url']);
    expect(issues[0].problem).toMatch(/site non fiable \(juriblio\.fr : .*générées automatiquement\)/);
    expect(issues[2].fix).toMatch(/« kind: site ».*miroir/);
  });

  it('reports a file that is not a map of sources', () => {
    expect(validateBibliography(['a']).issues[0]).toMatchObject({field: '(fichier)', problem: 'le fichier n’est pas une liste de sources'});
    expect(validateBibliography(null)).toEqual({sources: {}, invalid: [], issues: []});
  });
});

describe('unreliable hosts', () => {
  it('matches a host, its subdomains and `name.*` under any top-level domain, nothing else', () => {
    expect(unreliableHostOf('https://juriblio.fr/a')?.host).toBe('juriblio.fr');
    expect(unreliableHostOf('https://www.juriblio.fr/a')?.host).toBe('juriblio.fr');
    expect(unreliableHostOf('https://fr.pdfslide.net/a')?.host).toBe('pdfslide.*');
    expect(unreliableHostOf('https://fdocuments.fr/a')?.host).toBe('fdocuments.*');
    expect(unreliableHostOf('https://www.lemoniteur.fr/article/a')).toBeUndefined();
    expect(unreliableHostOf('https://notjuriblio.fr/a')).toBeUndefined();
    expect(unreliableHostOf('pas une adresse')).toBeUndefined();
  });

  it('lists the hosts of the content rules, each with its reason', () => {
    expect(UNRELIABLE_HOSTS.filter((host) => host.policy === 'refused').map((host) => host.host)).toEqual(['juriblio.fr', 'testing.lemoniteur.fr', 'williamlbrock.s3.amazonaws.com', 'nouvelles-du-monde.com']);
    for (const host of UNRELIABLE_HOSTS) expect(host.reason.length).toBeGreaterThan(10);
  });
});

describe('citations', () => {
  it('reads the markers of a text, in order, repeats included', () => {
    expect(citationIdsIn('Un fait[^a-1] ; un autre[^b][^a-1]. Pas [ceci] ni [^ ceci].')).toEqual(['a-1', 'b', 'a-1']);
  });

  it('finds unknown citations and uncited sources, but not the invalid entries already reported', () => {
    const {sources} = validateBibliography({'loi-essai': law, 'code-essai-l1-1': code});
    const pages = [{file: 'docs/a.md', cited: ['loi-essai', 'inconnue', 'invalide', 'inconnue']}];
    expect(citationIssues(sources, pages, 'src/data/sources.yml', ['invalide']).map((issue) => [issue.file, issue.field, issue.problem])).toEqual([
      ['docs/a.md', '[^inconnue]', 'source inconnue « inconnue »'],
      ['src/data/sources.yml', 'code-essai-l1-1', 'source citée par aucune page'],
    ]);
  });

  it('measures the share of sources with an address, each source once', () => {
    const {sources} = validateBibliography({a: law, b: {...law, url: undefined, note: 'Sans adresse.'}});
    expect(urlShare(['a', 'b', 'b'], sources)).toBe(0.5);
    expect(urlShare(['a'], sources)).toBe(1);
    expect(urlShare([], sources)).toBe(1);
  });

  it('takes the first day a partial date can stand for', () => {
    expect(sourceDateStart('2019')).toEqual({year: 2019, month: 1, day: 1});
    expect(sourceDateStart('2019-12')).toEqual({year: 2019, month: 12, day: 1});
    expect(sourceDateStart('2019-12-03')).toEqual({year: 2019, month: 12, day: 3});
  });
});
