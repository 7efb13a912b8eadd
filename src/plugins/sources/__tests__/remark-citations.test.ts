import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type {FootnoteDefinition, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {VFile} from 'vfile';
import {DataError} from '../../../domain/errors';
import remarkCitations from '../remark-citations';
import {FIXTURE_SITE, SOURCES_FILE} from './__fixtures__/faults';

const sourcesFile = path.join(FIXTURE_SITE, SOURCES_FILE);
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

/** Parses `markdown` as Docusaurus does (GFM), then runs the plugin on it. */
function transform(markdown: string, file = new VFile({value: markdown})): Root {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file) as Root;
  remarkCitations({sourcesFile, pagePath: '/sources'})(tree, file);
  return tree;
}

const definitions = (tree: Root) => tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition');

describe('remark-citations', () => {
  it('turns each [^id] into a footnote reference, and each cited source into one definition, in order of first citation', () => {
    const tree = transform('Le code l’impose[^code-essai-l1-1] ; une étude le décrit[^etude-essai-2026-09], et le code le redit[^code-essai-l1-1].');
    const paragraph = tree.children[0];
    expect(paragraph.type).toBe('paragraph');
    const references = 'children' in paragraph ? paragraph.children.filter((node) => node.type === 'footnoteReference') : [];
    expect(references.map((node) => 'identifier' in node && node.identifier)).toEqual(['code-essai-l1-1', 'etude-essai-2026-09', 'code-essai-l1-1']);
    expect(toString(paragraph)).toBe('Le code l’impose ; une étude le décrit, et le code le redit.');
    expect(definitions(tree).map((node) => node.identifier)).toEqual(['code-essai-l1-1', 'etude-essai-2026-09']);
  });

  it('writes the citation from the bibliography: linked title, who, date, article and version, date consulted, link to its entry', () => {
    const [code, study] = definitions(transform('Le code[^code-essai-l1-1] et l’étude[^etude-essai-2026-09].'));
    expect(toString(code)).toBe('Code d’essai, article L. 1-1 (texte fictif des tests), Éditions d’essai, version du 1er janvier 2020, consulté le 1er octobre 2026 (fiche de la source).');
    expect(toString(study)).toBe('L’application du code d’essai (étude fictive), Autrice d’essai, Cabinet d’essai, septembre 2026, consulté le 1er octobre 2026 (fiche de la source).');
    const links: string[] = [];
    JSON.stringify(study, (key, value) => (key === 'url' && links.push(value), value));
    expect(links).toEqual(['https://exemple.org/etude-essai', '/sources#etude-essai-2026-09']);
  });

  it('writes a source without address as emphasised text, not as a link', () => {
    const [report] = definitions(transform('Le bilan[^rapport-essai-sans-adresse].'));
    const paragraph = report.children[0];
    expect('children' in paragraph && paragraph.children[0].type).toBe('emphasis');
  });

  it('leaves markers in code alone, and a page without citation has no sources section', () => {
    const tree = transform('Écrire `[^code-essai-l1-1]` ne cite rien.\n\n```\n[^code-essai-l1-1]\n```');
    expect(definitions(tree)).toEqual([]);
  });

  it('stops on an unknown source, naming the file, the note and the fix', () => {
    const file = new VFile({value: 'Une source absente[^source-absente].', path: path.join(process.cwd(), 'docs/essai.md')});
    expect(() => transform(String(file.value), file)).toThrow(DataError);
    expect(() => transform(String(file.value), file)).toThrow(/^docs\/essai\.md — champ « \[\^source-absente\] » : source inconnue « source-absente »\. Ajoutez-la à .*sources\.yml ou corrigez l’identifiant de la note\.$/);
  });

  it('removes the markers from a blog excerpt (list pages), without footnotes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-excerpt-'));
    temps.push(dir);
    const post = path.join(dir, '2026-10-01-billet.md');
    fs.writeFileSync(post, 'Le bilan[^rapport-essai-sans-adresse].\n\n<!-- truncate -->\n\nLa suite.\n');
    const excerpt = transform('', new VFile({value: 'Le bilan[^rapport-essai-sans-adresse].\n\n', path: post}));
    expect(toString(excerpt)).toBe('Le bilan.');
    expect(definitions(excerpt)).toEqual([]);
    const whole = transform('', new VFile({value: fs.readFileSync(post, 'utf8'), path: post}));
    expect(definitions(whole).map((node) => node.identifier)).toEqual(['rapport-essai-sans-adresse']);
  });
});
