import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkDocs, formatProblems, parseDocument, proseWordCount} from '../check';
import {CONTENT_FAULTS, docsWithFault, GOOD_DOCS, type ContentFault} from './__fixtures__/faults';

const root = path.resolve(__dirname, '../../..');
// Fixtures are dated 2026-11-01; a fixed « today » keeps them valid forever.
const today = new Date('2026-11-26T12:00:00Z');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(path.dirname(dir), {recursive: true, force: true})));

function faultyDocs(fault: ContentFault): string {
  const dir = docsWithFault(fault);
  temps.push(dir);
  return dir;
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
    expect(checkDocs(GOOD_DOCS, {today})).toEqual([]);
  });

  it.each(CONTENT_FAULTS.map((fault) => [fault.name, fault.field, fault] as const))('%s: reports exactly one problem on the article, field %s', (name, field, fault) => {
    const problems = checkDocs(faultyDocs(fault), {today});
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(`${name}/article.md`);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(fault.message);
  });

  it('reports a future date only after the day it names', () => {
    const futureDate = CONTENT_FAULTS.find((fault) => fault.name === 'future-date')!;
    expect(checkDocs(faultyDocs(futureDate), {today: new Date('2027-01-15T08:00:00Z')})).toEqual([]);
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
