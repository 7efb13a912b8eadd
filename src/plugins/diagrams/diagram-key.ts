import {createHash} from 'node:crypto';
import {RENDER_REVISION, type Variant} from './render-config';

/**
 * The key of a diagram's stored drawings: a hash of its source and of how it is
 * drawn (RENDER_REVISION), so an edited diagram, or a new Mermaid version or
 * palette, has no drawing until `npm run diagrammes` is run.
 */
export function diagramKey(source: string): string {
  return createHash('sha256').update(`${RENDER_REVISION}\n${source.trim()}`).digest('hex').slice(0, 16);
}

/** The id of a drawing's <svg>; every id inside it starts with this. */
export function svgId(key: string, variant: Variant): string {
  return `diagramme-${key}-${variant === 'light' ? 'clair' : 'sombre'}`;
}

/** The file name of a stored drawing. */
export function drawingFileName(key: string, variant: Variant): string {
  return `${key}.${variant}.svg`;
}

/** The first word of a diagram (flowchart, timeline, xychart-beta…), after any %%{init}%% directive and comments. */
export function diagramKind(source: string): string {
  const line = source
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('%%'));
  return line?.split(/\s+/)[0] ?? '';
}
