/**
 * The remark plugin of the docs and the blog: `[^id]` markers become numbered
 * footnotes rendered from the bibliography (citation-nodes.ts). Configured in
 * docusaurus.config.ts with the same options as the sources plugin.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {DataError} from '../../domain/errors';
import {loadBibliographyCached} from '../../adapters/sources-file';
import {linkCitations, unknownCitations} from './citation-nodes';
import {DEFAULT_OPTIONS} from './options';

export interface RemarkCitationsOptions {
  /** Absolute path of the bibliography file. */
  sourcesFile: string;
  /** Site path of the bibliography page. */
  pagePath?: string;
}

// The blog's default truncate markers, in .md and .mdx files.
const TRUNCATE_MARKER = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/;

/**
 * A blog list page compiles the post cut at its truncate marker: the file on
 * disk has the marker, the compiled text does not.
 */
function isExcerpt(file: VFile): boolean {
  if (!file.path || TRUNCATE_MARKER.test(String(file.value))) return false;
  try {
    return TRUNCATE_MARKER.test(fs.readFileSync(file.path, 'utf8'));
  } catch {
    return false;
  }
}

export default function remarkCitations(options: RemarkCitationsOptions) {
  const pagePath = options.pagePath ?? DEFAULT_OPTIONS.pagePath;
  return (tree: Root, file: VFile): void => {
    const sources = loadBibliographyCached(options.sourcesFile);
    const [unknown] = unknownCitations(tree, sources);
    if (unknown !== undefined) {
      const name = file.path ? path.relative(process.cwd(), file.path) : '(article)';
      throw new DataError(name, `[^${unknown}]`, `source inconnue « ${unknown} »`, `Ajoutez-la à ${path.relative(process.cwd(), options.sourcesFile)} ou corrigez l’identifiant de la note.`);
    }
    linkCitations(tree, sources, {pagePath, excerpt: isExcerpt(file)});
  };
}
