/**
 * Where the drawings of the site's Mermaid diagrams live, and the diagrams of
 * the content: Node side, shared by the remark plugin (build), the renderer
 * (`npm run diagrammes`) and the test that every drawing is up to date.
 */
import fs from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {visit} from 'unist-util-visit';
import type {Code, Root} from 'mdast';
import {diagramKey, drawingFileName} from './diagram-key';
import type {Variant} from './render-config';

/** The folder of stored drawings, committed with the content. */
export const DRAWINGS_DIR = path.join(__dirname, 'rendered');

/** The command that draws them, named in every error about a missing drawing. */
export const RENDER_COMMAND = 'npm run diagrammes';

/** The content folders whose Markdown may hold diagrams, relative to the site. */
export const CONTENT_DIRS = ['docs', 'blog'];

export interface DiagramSource {
  /** File path relative to the site. */
  file: string;
  line: number;
  source: string;
  key: string;
}

export function drawingPath(key: string, variant: Variant, dir = DRAWINGS_DIR): string {
  return path.join(dir, drawingFileName(key, variant));
}

/** The stored drawing, or undefined when it is missing. */
export function readDrawing(key: string, variant: Variant, dir = DRAWINGS_DIR): string | undefined {
  const file = drawingPath(key, variant, dir);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** The ```mermaid blocks of one Markdown text. */
export function diagramsOfMarkdown(markdown: string, file: string): DiagramSource[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const found: DiagramSource[] = [];
  visit(tree, 'code', (node: Code) => {
    if (node.lang !== 'mermaid') return;
    found.push({file, line: node.position?.start.line ?? 0, source: node.value, key: diagramKey(node.value)});
  });
  return found;
}

/** Every diagram of the site's content, in file order. */
export function siteDiagrams(siteDir: string): DiagramSource[] {
  const found: DiagramSource[] = [];
  const walk = (relative: string) => {
    const absolute = path.join(siteDir, relative);
    if (!fs.existsSync(absolute)) return;
    for (const entry of fs.readdirSync(absolute, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.mdx?$/.test(entry.name)) found.push(...diagramsOfMarkdown(fs.readFileSync(path.join(siteDir, child), 'utf8'), child));
    }
  };
  CONTENT_DIRS.forEach(walk);
  return found;
}

/** A reader-facing message for a diagram that has no up-to-date drawing. */
export function missingDrawingMessage(file: string, line: number): string {
  return (
    `Le schéma Mermaid de ${file} (ligne ${line}) n’a pas de dessin à jour dans ${path.relative(process.cwd(), DRAWINGS_DIR) || DRAWINGS_DIR}. ` +
    `Lancez « ${RENDER_COMMAND} » (il faut Chromium : apt-get install chromium), puis ajoutez au dépôt les fichiers .svg créés.`
  );
}
