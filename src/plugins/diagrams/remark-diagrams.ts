/**
 * Remark plugin: each ```mermaid block becomes its stored drawings (light and
 * dark SVG, see `npm run diagrammes`), passed to the `@theme/Mermaid`
 * component which puts them in the page as they are. No Mermaid code reaches
 * the browser. A block without an up-to-date drawing stops the build with a
 * message naming the file and the command to run.
 */
import path from 'node:path';
import {visit} from 'unist-util-visit';
import type {Code, Parent, Root} from 'mdast';
import {diagramKey, diagramKind, svgId} from './diagram-key';
import {diagramLabels} from './diagram-labels';
import {readTimeline} from './timeline';
import {DRAWINGS_DIR, missingDrawingMessage, readDrawing} from './stored-drawings';
import {VARIANTS, type Variant} from './render-config';

export interface RemarkDiagramsOptions {
  /** Folder of the stored drawings (tests point it elsewhere). */
  drawingsDir?: string;
}

/** Props of `@theme/Mermaid`, all strings as MDX attributes are. */
export interface DiagramProps {
  light: string;
  dark: string;
  kind: string;
  title: string;
  /** Natural width of the drawing, in CSS pixels. */
  width: string;
  /** Timelines only: JSON of their periods (src/plugins/diagrams/timeline), shown as a list on phones. */
  timeline?: string;
}

/** Natural width of a stored drawing, from its width attribute. */
function drawingWidth(svg: string): string {
  return /^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? '';
}

/** The same diagram twice on one page would repeat its ids: the later copies get a suffix. */
function withOccurrence(svg: string, key: string, variant: Variant, occurrence: number): string {
  if (occurrence === 0) return svg;
  const id = svgId(key, variant);
  return svg.replaceAll(id, `${id}-${occurrence + 1}`);
}

export default function remarkDiagrams(options: RemarkDiagramsOptions = {}) {
  const drawingsDir = options.drawingsDir ?? DRAWINGS_DIR;
  return (tree: Root, file: {path?: string}): void => {
    const seen = new Map<string, number>();
    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const key = diagramKey(node.value);
      const drawings = VARIANTS.map((variant) => readDrawing(key, variant, drawingsDir));
      if (drawings.some((drawing) => drawing === undefined)) {
        const where = file.path ? path.relative(process.cwd(), file.path) : 'un fichier Markdown';
        throw new Error(missingDrawingMessage(where, node.position?.start.line ?? 0));
      }
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const [light, dark] = VARIANTS.map((variant, i) => withOccurrence(drawings[i]!, key, variant, occurrence));
      const kind = diagramKind(node.value);
      const props: DiagramProps = {light, dark, kind, title: diagramLabels(node.value).title ?? '', width: drawingWidth(light)};
      if (kind === 'timeline') props.timeline = JSON.stringify(readTimeline(node.value));
      parent.children[index] = {
        type: 'mermaidDiagram',
        data: {hName: 'mermaid', hProperties: {...props}},
      } as unknown as Code;
    });
  };
}
