/**
 * The built site: diagrams are in the HTML with no Mermaid code anywhere, and the
 * site installs as a web app whose precache holds what readers need offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {siteDiagrams} from '../../src/plugins/diagrams/stored-drawings';
import {ROOT} from '../support/paths';

const siteDir = inject('siteDir');
const read = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');

function files(dir: string, extension: string): string[] {
  return fs.readdirSync(path.join(siteDir, dir), {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith(extension)).map((file) => path.join(dir, file));
}

describe('diagrams in the built pages', () => {
  const pages = [...new Set(siteDiagrams(ROOT).filter((diagram) => diagram.file.startsWith('docs/')).map((diagram) => diagram.file))].map(
    (file) => `themes/${file.replace(/^docs\//, '').replace(/\.mdx?$/, '')}.html`,
  );

  it.each(pages)('%s has each diagram as two named SVG images, light and dark, with distinct ids', (page) => {
    const html = read(page);
    const figures = html.match(/<figure class="?boussole-diagram/g) ?? [];
    expect(figures.length).toBeGreaterThan(0);
    expect((html.match(/<svg id="?diagramme-[0-9a-f]{16}-clair/g) ?? []).length).toBe(figures.length);
    expect((html.match(/<svg id="?diagramme-[0-9a-f]{16}-sombre/g) ?? []).length).toBe(figures.length);
    expect((html.match(/role="?img"?[^>]*aria-labelledby/g) ?? []).length).toBeGreaterThanOrEqual(2 * figures.length);
    const ids = [...html.matchAll(/\sid="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('ships no Mermaid library in any script', () => {
    const scripts = files('assets/js', '.js');
    expect(scripts.length).toBeGreaterThan(10);
    // Names from Mermaid's own code (its API and its diagram parsers).
    expect(scripts.filter((file) => /mermaidAPI|flowchart-v2\b.*parse|detectType/.test(read(file)))).toEqual([]);
  });
});

describe('web app and offline', () => {
  it('links a French manifest with the site’s colour and its icons', () => {
    expect(read('themes/glossaire.html')).toMatch(/<link rel="?manifest"? href="?\/manifest\.json/);
    const manifest = JSON.parse(read('manifest.json')) as {lang: string; name: string; short_name: string; theme_color: string; start_url: string; icons: {src: string; sizes: string}[]};
    expect(manifest).toMatchObject({lang: 'fr-FR', short_name: 'Boussole', theme_color: '#1d4e89', start_url: '.'});
    expect(manifest.name).toContain('Boussole');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(siteDir, icon.src)), icon.src).toBe(true);
  });

  it('precaches the pages, the search index and the code, but neither the preview images nor the PDFs', () => {
    const worker = read('sw.js');
    const precached = [...worker.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]);
    expect(precached).toEqual(
      expect.arrayContaining(['themes/glossaire.html', 'themes/se-regrouper/fusion.html', 'journees/2022-03-22.html', expect.stringMatching(/^search-index\/.+\.json$/)]),
    );
    expect(precached.filter((url) => /boussole-og|\.pdf$/.test(url))).toEqual([]);
    // Materials are cached when first downloaded, by the site's own route (src/plugins/offline/sw-custom.js).
    const chunks = fs.readdirSync(siteDir).filter((file) => file.endsWith('.js'));
    expect(chunks.some((file) => read(file).includes('boussole-supports'))).toBe(true);
  });
});
