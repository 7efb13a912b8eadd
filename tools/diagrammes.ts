/**
 * `npm run diagrammes [-- --tout]`
 *
 * Draws every ```mermaid block of docs/ and blog/ to a light and a dark SVG,
 * stored in src/plugins/diagrams/rendered/ under a hash of the diagram (see
 * src/plugins/diagrams). The build puts them in the pages; nothing draws in
 * the reader's browser. Run it after editing a diagram, then commit the new
 * files. Only missing drawings are drawn (--tout draws them all again);
 * drawings no diagram uses any more are deleted. Needs Debian's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {ROOT} from './quality/build-site';
import {startRenderer} from './diagrams/render';
import {finishSvg} from './diagrams/finish-svg';
import {svgId} from '../src/plugins/diagrams/diagram-key';
import {diagramLabels} from '../src/plugins/diagrams/diagram-labels';
import {MERMAID_VERSION, VARIANTS} from '../src/plugins/diagrams/render-config';
import {DRAWINGS_DIR, drawingPath, siteDiagrams} from '../src/plugins/diagrams/stored-drawings';

async function main(): Promise<number> {
  const {values} = parseArgs({args: process.argv.slice(2), options: {tout: {type: 'boolean', default: false}}});
  const installed = (require('mermaid/package.json') as {version: string}).version;
  if (installed !== MERMAID_VERSION) {
    console.error(`mermaid ${installed} est installé, mais src/plugins/diagrams/render-config.ts indique MERMAID_VERSION = '${MERMAID_VERSION}'. Alignez les deux (package.json et MERMAID_VERSION), puis relancez.`);
    return 1;
  }
  const diagrams = siteDiagrams(ROOT);
  const unique = [...new Map(diagrams.map((diagram) => [diagram.key, diagram])).values()];
  const toDraw = unique.filter((diagram) => values.tout || VARIANTS.some((variant) => !fs.existsSync(drawingPath(diagram.key, variant))));
  fs.mkdirSync(DRAWINGS_DIR, {recursive: true});

  if (toDraw.length > 0) {
    const renderer = await startRenderer();
    try {
      for (const diagram of toDraw) {
        const labels = diagramLabels(diagram.source);
        for (const variant of VARIANTS) {
          const id = svgId(diagram.key, variant);
          let svg: string;
          try {
            svg = await renderer.render(diagram.source, id, variant);
          } catch (error) {
            console.error(`${diagram.file}, ligne ${diagram.line} : Mermaid ne peut pas dessiner ce schéma.\n${error instanceof Error ? error.message : String(error)}`);
            return 1;
          }
          fs.writeFileSync(drawingPath(diagram.key, variant), `${finishSvg(svg, {id, ...labels})}\n`);
        }
        console.log(`dessiné : ${diagram.file}, ligne ${diagram.line} (${diagram.key})`);
      }
    } finally {
      await renderer.close();
    }
  }

  const wanted = new Set(unique.flatMap((diagram) => VARIANTS.map((variant) => path.basename(drawingPath(diagram.key, variant)))));
  const stale = fs.readdirSync(DRAWINGS_DIR).filter((name) => name.endsWith('.svg') && !wanted.has(name));
  for (const name of stale) fs.rmSync(path.join(DRAWINGS_DIR, name));
  console.log(
    `${unique.length} schéma(s) : ${toDraw.length} dessiné(s), ${unique.length - toDraw.length} déjà à jour, ${stale.length} dessin(s) périmé(s) supprimé(s). ` +
      'Ajoutez au dépôt le dossier src/plugins/diagrams/rendered/.',
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
