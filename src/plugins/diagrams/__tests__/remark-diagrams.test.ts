import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import {afterAll, describe, expect, it} from 'vitest';
import remarkDiagrams from '../remark-diagrams';
import {diagramKey, svgId} from '../diagram-key';
import {drawingPath} from '../stored-drawings';

const FLOWCHART = 'flowchart TD\n  accTitle: Deux étapes\n  A --> B';
const TIMELINE = 'timeline\n  accTitle: Frise\n  2018 : loi ELAN\n       : 638 organismes';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-dessins-'));
for (const source of [FLOWCHART, TIMELINE]) {
  const key = diagramKey(source);
  fs.writeFileSync(drawingPath(key, 'light', dir), `<svg id="${svgId(key, 'light')}" width="320" height="90" role="img"><text>clair</text></svg>`);
  fs.writeFileSync(drawingPath(key, 'dark', dir), `<svg id="${svgId(key, 'dark')}" width="320" height="90" role="img"><text>sombre</text></svg>`);
}
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

function transform(markdown: string, options = {drawingsDir: dir}) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  unified().use(remarkDiagrams, options).runSync(tree, {path: path.join(process.cwd(), 'docs/essai.md')} as never);
  return tree.children as unknown as {type: string; data?: {hName: string; hProperties: Record<string, string>}}[];
}

const block = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\``;

describe('remarkDiagrams', () => {
  it('replaces a diagram by its stored drawings, for the Mermaid theme component', () => {
    const [intro, diagram] = transform(`Texte.\n\n${block(FLOWCHART)}\n`);
    expect(intro.type).toBe('paragraph');
    expect(diagram.data?.hName).toBe('mermaid');
    expect(diagram.data?.hProperties).toMatchObject({kind: 'flowchart', title: 'Deux étapes', width: '320'});
    expect(diagram.data?.hProperties.light).toContain('clair');
    expect(diagram.data?.hProperties.dark).toContain('sombre');
    expect(diagram.data?.hProperties.timeline).toBeUndefined();
  });

  it('gives a timeline its periods, to be shown as a list on phones', () => {
    const [diagram] = transform(block(TIMELINE));
    expect(JSON.parse(diagram.data!.hProperties.timeline)).toEqual({periods: [{period: '2018', events: ['loi ELAN', '638 organismes']}]});
  });

  it('keeps ids unique when the same diagram appears twice on a page', () => {
    const [first, second] = transform(`${block(FLOWCHART)}\n\n${block(FLOWCHART)}`);
    const id = svgId(diagramKey(FLOWCHART), 'light');
    expect(first.data?.hProperties.light).toContain(`id="${id}"`);
    expect(second.data?.hProperties.light).toContain(`id="${id}-2"`);
  });

  it('stops the build on a diagram without drawing, naming the file, the line and the command', () => {
    expect(() => transform(`# Titre\n\n${block('flowchart TD\n  A --> C')}`)).toThrow(
      /^Le schéma Mermaid de docs\/essai\.md \(ligne 3\) n’a pas de dessin à jour .*Lancez « npm run diagrammes »/,
    );
  });

  it('leaves other code blocks alone', () => {
    const [code] = transform('```yaml\nid: x\n```');
    expect(code.type).toBe('code');
  });
});
