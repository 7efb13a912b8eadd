import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkSite, formatProblems, parseDocument, proseWordCount} from '../check';
import {CONTENT_FAULTS, GOOD_SITE, siteWithFault, type ContentFault} from './__fixtures__/faults';

const root = path.resolve(__dirname, '../../..');
// Fixtures are dated 2026-11-01; a fixed « today » keeps them valid forever.
const today = new Date('2026-11-26T12:00:00Z');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(path.dirname(dir), {recursive: true, force: true})));

function faultySite(fault: ContentFault): string {
  const dir = siteWithFault(fault);
  temps.push(dir);
  return dir;
}

describe('content check of the real site', () => {
  // Parses every page of the site (a few seconds on a loaded machine).
  it('finds no problem in docs/, blog/ and the bibliography', {timeout: 60_000}, () => {
    const problems = checkSite(root);
    // Printed as `file: field — message`, so a failure says what to fix.
    expect(formatProblems(problems)).toBe('');
  });
});

describe('content check on fixtures', () => {
  it('accepts a well-formed mini site', () => {
    expect(checkSite(GOOD_SITE, {today})).toEqual([]);
  });

  it.each(CONTENT_FAULTS.map((fault) => [fault.name, fault.file, fault.field, fault] as const))('%s: reports exactly one problem, on %s, field %s', (_name, file, field, fault) => {
    const problems = checkSite(faultySite(fault), {today});
    expect(formatProblems(problems).split('\n')).toHaveLength(1);
    expect(problems[0].file).toBe(file);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(fault.message);
  });

  it('reports a future date only after the day it names', () => {
    const futureDate = CONTENT_FAULTS.find((fault) => fault.name === 'future-date')!;
    expect(checkSite(faultySite(futureDate), {today: new Date('2027-01-15T08:00:00Z')})).toEqual([]);
  });

  it('does not take a citation marker in code for a citation', () => {
    const inCode = {name: 'marker-in-code', file: 'docs/article.md', field: '', message: /./, edits: {'docs/article.md': (text: string) => text.replace(':::tip[À retenir]', 'Écrire `[^source-inconnue]` dans du code ne cite rien.\n\n:::tip[À retenir]')}};
    expect(checkSite(faultySite(inCode), {today})).toEqual([]);
  });
});

describe('parsing helpers', () => {
  it('counts prose words but not code blocks', () => {
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
