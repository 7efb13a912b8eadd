import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDocs, formatProblems, parseDocument, proseWordCount} from '../../src/content/check';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/content');
// Fixtures are dated 2026-11-01; a fixed « today » keeps them valid forever.
const today = new Date('2026-11-26T12:00:00Z');

function problemsOf(fixture: string) {
  return checkDocs(path.join(fixtures, fixture), {today});
}

describe('content check of the real knowledge base', () => {
  it('finds no problem in docs/', () => {
    const problems = checkDocs(path.join(root, 'docs'));
    // Printed as `file: field — message`, so a failure says what to fix.
    expect(formatProblems(problems)).toBe('');
  });
});

describe('content check on fixtures', () => {
  it('accepts a well-formed mini knowledge base', () => {
    expect(problemsOf('good')).toEqual([]);
  });

  it.each([
    ['missing-title', 'title', /titre manque/],
    ['missing-description', 'description', /description manque/],
    ['long-description', 'description', /fait \d+ caractères.*moins de 160/],
    ['missing-tags', 'tags', /étiquettes manquent/],
    ['undeclared-tag', 'tags', /« regroupement » n’est pas déclarée dans tags\.yml/],
    ['bad-date', 'faits_a_jour_au', /« 2026-02-30 » n’est pas une date valide.*AAAA-MM-JJ/],
    ['future-date', 'faits_a_jour_au', /2027-01-15 est dans le futur/],
    ['too-short', 'corps', /compte \d+ mots.*au moins 500/],
    ['missing-section', 'Voir aussi', /« ## Voir aussi » manque/],
    ['missing-key-takeaway', 'À retenir', /encadré « À retenir » manque/],
    ['broken-glossary-anchor', 'lien glossaire', /#fusions, absente du glossaire/],
  ])('%s: reports exactly one problem on the article, field %s', (fixture, field, message) => {
    const problems = problemsOf(fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(`${fixture}/article.md`);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
  });

  it('reports a future date only after the day it names', () => {
    expect(checkDocs(path.join(fixtures, 'future-date'), {today: new Date('2027-01-15T08:00:00Z')})).toEqual([]);
  });
});

describe('parsing helpers', () => {
  it('counts prose words but not the Références section nor code blocks', () => {
    const doc = parseDocument(
      [
        '---',
        'title: T',
        '---',
        'Un deux trois.',
        '',
        '```mermaid',
        'flowchart LR',
        '  A --> B',
        '```',
        '',
        '| Forme | Contrôle |',
        '| --- | --- |',
        '| quatre | cinq |',
        '',
        '## Références',
        '',
        '- dix onze douze',
        '',
        '## Après',
        '',
        'six sept',
      ].join('\n'),
    );
    expect(doc.frontMatter).toEqual({title: 'T'});
    // 3 (paragraph) + 4 (table) + 1 (heading « Après ») + 2 = 10
    expect(proseWordCount(doc.tree)).toBe(10);
  });

  it('reports invalid YAML front matter as one problem naming the field', () => {
    const doc = parseDocument('---\ntitle: [oops\n---\nTexte');
    expect(doc.frontMatter).toBeNull();
    expect(doc.frontMatterError).toBeTruthy();
  });
});
