/** The drawings committed in rendered/ match the diagrams of the content (invariants on the real site). */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {svgId} from '../diagram-key';
import {MERMAID_VERSION, VARIANTS} from '../render-config';
import {DRAWINGS_DIR, drawingPath, RENDER_COMMAND, siteDiagrams} from '../stored-drawings';

const ROOT = path.resolve(__dirname, '../../../..');
const diagrams = siteDiagrams(ROOT);

describe('stored diagram drawings', () => {
  it('finds the diagrams of docs/', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(9);
    expect(diagrams.map((diagram) => diagram.file)).toContain('docs/reperes-chronologiques.md');
  });

  it(`has an up-to-date light and dark drawing for every diagram (else run « ${RENDER_COMMAND} »)`, () => {
    const missing = diagrams.flatMap((diagram) =>
      VARIANTS.filter((variant) => !fs.existsSync(drawingPath(diagram.key, variant))).map((variant) => `${diagram.file}:${diagram.line} (${variant})`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps no drawing that no diagram uses', () => {
    const wanted = new Set(diagrams.flatMap((diagram) => VARIANTS.map((variant) => path.basename(drawingPath(diagram.key, variant)))));
    expect(fs.readdirSync(DRAWINGS_DIR).filter((name) => !wanted.has(name))).toEqual([]);
  });

  it('draws with the Mermaid version that package.json installs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {devDependencies: Record<string, string>};
    expect(pkg.devDependencies.mermaid).toBe(MERMAID_VERSION);
  });

  it.each(diagrams.flatMap((diagram) => VARIANTS.map((variant) => ({...diagram, variant}))))(
    '$file ($variant): one named image whose ids all carry its own prefix',
    ({key, variant}) => {
      const svg = fs.readFileSync(drawingPath(key, variant), 'utf8');
      const prefix = svgId(key, variant);
      expect(svg).toMatch(new RegExp(`^<svg id="${prefix}"[^>]* role="img"`));
      expect(svg).toMatch(new RegExp(`aria-labelledby="${prefix}-titre"`));
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.filter((id) => !id.startsWith(prefix))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      // Labels are SVG text (printable, valid HTML), not HTML in <foreignObject>.
      expect(svg).not.toContain('<foreignObject');
      expect(svg).toContain('<text');
    },
  );
});
