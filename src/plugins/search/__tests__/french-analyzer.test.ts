import {describe, expect, it} from 'vitest';
import {analyzeQuery, analyzeWords, compileSynonyms, DEFAULT_SYNONYMS, fold, indexTerms, isStopWord, stem} from '../query/french-analyzer';
import {cleanQuery} from '../query/query-text';

const synonyms = compileSynonyms(DEFAULT_SYNONYMS);
const termsOf = (text: string) => analyzeWords(text).flatMap((word) => word.terms);
const same = (a: string, b: string) => expect(termsOf(a)).toEqual(termsOf(b));

describe('fold', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Écosystème')).toBe('ecosysteme');
    expect(fold('CŒUR')).toBe('coeur');
    expect(fold('ex æquo')).toBe('ex aequo');
    expect(fold('çà et là')).toBe('ca et la');
    expect(fold('L’Habitat')).toBe("l'habitat");
  });
});

describe('stem: singular = plural and close forms meet', () => {
  it.each([
    ['logement', 'logements'],
    ['bailleur', 'bailleurs'],
    ['organisme', 'organismes'],
    ['politique', 'politiques'],
    ['local', 'locaux'],
    ['local', 'locales'],
    ['territorial', 'territoriaux'],
    ['réseau', 'réseaux'],
    ['société', 'sociétés'],
    ['regroupement', 'regroupements'],
    ['regroupement', 'regrouper'],
    ['regroupés', 'regroupée'],
    ['organisation', 'organiser'],
    ['collectif', 'collective'],
    ['nombreux', 'nombreuse'],
    ['premier', 'premières'],
    ['agréé', 'agréées'],
    // Verb endings and one derivation: a word family meets.
    ['imposer', 'imposent'],
    ['chronologie', 'chronologique'],
    ['regroupement', 'regroupés'],
    ['mutualisation', 'mutualiser'],
    ['fusion', 'fusionner'],
    ['fusion', 'fusionnent'],
    ['fusion', 'fusionnées'],
    ['fonction', 'fonctionnel'],
    ['stratégie', 'stratégique'],
    ['économie', 'économiques'],
    ['gouvernance', 'gouverner'],
    ['compétence', 'compétents'],
    ['garantie', 'garantir'.replace(/ir$/, '')],
  ])('%s ⇄ %s', (a, b) => {
    expect(stem(fold(a))).toBe(stem(fold(b)));
  });

  it('keeps distinct words apart and short words whole', () => {
    expect(stem('fusion')).not.toBe(stem('fusil'));
    // Derivations keep five letters: short words are not cut down to nothing.
    for (const word of ['partie', 'sortie', 'publique', 'pratique', 'finance', 'client', 'souvent', 'moment']) expect(stem(fold(word)).length).toBeGreaterThanOrEqual(5);
    expect(stem('regroupement')).not.toBe(stem('regroupeme'));
    expect(stem('notamment')).toBe('notamment');
    expect(stem('sac')).toBe('sac');
    expect(stem('ete')).toBe('ete');
    expect(stem('bus')).toBe('bus');
    expect(stem('2022')).toBe('2022');
    expect(stem('logement').length).toBeGreaterThanOrEqual(3);
  });
});

describe('analyzeWords', () => {
  it('drops elisions with both apostrophes', () => {
    for (const text of ['l’habitat', "l'habitat", 'd’habitat', 'qu’habitat', 'jusqu’habitat', 'lorsqu’habitat', 'puisqu’habitat']) {
      expect(termsOf(text)).toEqual(['habitat']);
    }
    expect(termsOf('j’organise, m’organise, n’organise, s’organise, t’organise, c’est')).toEqual([
      'organise', 'organise', 'organise', 'organise', 'organise', 'est',
    ]);
  });

  it('indexes the parts and the joined form of hyphenated words', () => {
    expect(termsOf('Seine-Saint-Denis')).toEqual(['seine', 'saint', 'deni', 'seinesaintdeni']);
    expect(termsOf('intercommunalité')).toEqual(termsOf('inter-communalité').slice(-1));
  });

  it('removes function words but keeps ambiguous real words', () => {
    expect(termsOf('les sociétés de la région')).toEqual(['societe', 'region']);
    expect(isStopWord('le')).toBe(true);
    for (const word of ['été', 'son', 'sur', 'mais', 'est', 'or', 'fait']) expect(termsOf(word)).not.toEqual([]);
  });

  it('returns offsets in the original text', () => {
    const text = 'Les « regroupements » d’organismes';
    const words = analyzeWords(text);
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(['Les', 'regroupements', 'd’organismes']);
  });

  it('unaccented = accented, plural = singular', () => {
    same('écosystème', 'ecosysteme');
    same('Sociétés de coordination', 'societe coordination');
    same('politiques locales', 'politique locale');
  });
});

describe('synonyms', () => {
  it('adds the acronym where its expansion is spelled out', () => {
    expect(indexTerms('La société de coordination', synonyms)).toContain('sac');
    expect(indexTerms('Les sociétés de coordination', synonyms)).toContain('sac');
    expect(indexTerms('le programme local de l’habitat', synonyms)).toContain('plh');
    expect(indexTerms('une société anonyme', synonyms)).not.toContain('sac');
  });

  it('maps a spelled-out query to the acronym, and an acronym highlights its expansion', () => {
    const phrase = analyzeQuery('société de coordination', synonyms);
    expect(phrase).toHaveLength(1);
    expect(phrase[0].alternatives).toEqual(['sac']);
    const acronym = analyzeQuery('SAC', synonyms);
    expect(acronym[0].alternatives).toEqual(['sac']);
    expect(acronym[0].highlight).toEqual(expect.arrayContaining(['sac', 'societe', 'coordine']));
  });

  it('keeps a hyphenated query word as one term with its parts as fallback', () => {
    expect(analyzeQuery('inter-bailleurs ', synonyms)).toEqual([
      {word: 'interbailleurs', alternatives: ['interbailleur'], fallback: ['inte', 'bailleur'], highlight: ['inte', 'bailleur', 'interbailleur']},
    ]);
  });

  it('reads a glossary word as a synonym of a phrase, a compound word included', () => {
    const table = compileSynonyms([['fusion-absorption', 'absorption'], ['s’adosser', 'groupe capitaliste']]);
    // The compound's joined form is the key of both.
    const [key] = analyzeQuery('fusion-absorption ', table)[0].alternatives;
    expect(key).toMatch(/^fusionabsorp/);
    expect(indexTerms('l’absorption d’un office', table)).toContain(key);
    expect(analyzeQuery('absorption ', table)[0].alternatives).toEqual([key]);
    expect(indexTerms('un groupe capitaliste', table)).toContain('adosse');
    expect(analyzeQuery('adossement', table)[0].alternatives).toEqual(['adosse']);
  });

  it('a glossary synonym is used once compiled', () => {
    const table = compileSynonyms([['GPIS', 'groupement parisien inter-bailleurs de surveillance'], ...DEFAULT_SYNONYMS]);
    expect(indexTerms('le groupement parisien inter-bailleurs de surveillance', table)).toContain('gpi');
  });
});

describe('questions', () => {
  const words = (query: string) => analyzeQuery(query, synonyms).map((term) => term.word);

  it('drops question words and the pronoun of an inverted question, unless nothing else is left', () => {
    expect(words('Combien d’organismes ont fusionné ?')).toEqual(['organismes', 'fusionne']);
    expect(words('Quand la loi ELAN a-t-elle été votée ?')).toEqual(['loi', 'elan', 'votee']);
    expect(words('Comment faut-il s’y prendre ?')).toEqual(['prendre']);
    expect(words('Qu’est-ce qu’une SAC ?')).toEqual(['sac']);
    expect(words('quelles sont les obligations')).toEqual(['obligations']);
    expect(words('comment')).toEqual(['comment']);
  });

  it('completes the last word only while it is being typed', () => {
    expect(analyzeQuery('fusion des offi', synonyms).map((term) => term.prefix)).toEqual([undefined, 'offi']);
    expect(analyzeQuery('fusion des offi ', synonyms).every((term) => term.prefix === undefined)).toBe(true);
    expect(analyzeQuery('fusion des offices ?', synonyms).every((term) => term.prefix === undefined)).toBe(true);
    expect(analyzeQuery('fusion de', synonyms).every((term) => term.prefix === undefined)).toBe(true);
  });
});

describe('cleanQuery and analyzeQuery on bad input', () => {
  it.each([
    ['', 0],
    ['   \t\n ', 0],
    ['?!.,;:()[]{}', 0],
    ['.*+?^${}()|[]\\', 0],
    ['😀🏠', 0],
    ["\u0000\u0007\u001b\u007f", 0],
  ])('%j gives no term', (query, count) => {
    expect(analyzeQuery(query, synonyms)).toHaveLength(count);
  });

  it('caps long queries and strips control characters', () => {
    const long = 'logement '.repeat(2000);
    expect(cleanQuery(long).length).toBeLessThanOrEqual(200);
    expect(analyzeQuery(long, synonyms)).toHaveLength(1);
    expect(analyzeQuery(Array.from({length: 40}, (_, i) => `mot${i}x`).join(' '), synonyms).length).toBeLessThanOrEqual(12);
    expect(cleanQuery('habitat\u0000social\u200b')).toBe('habitat social');
    expect(cleanQuery(42)).toBe('');
    expect(cleanQuery(undefined)).toBe('');
  });

  it('reads words out of HTML payloads without keeping markup', () => {
    const terms = analyzeQuery('<script>alert("x")</script>', synonyms);
    expect(terms.map((term) => term.word)).toEqual(['script', 'alert', 'x']);
  });
});
