import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {htmlFileForRoute, readSitemapRoutes} from '../../tools/quality/sitemap';
import {readSources} from '../../src/adapters/sources-file';
import {citationIdsIn} from '../../src/domain/bibliography';
import {mainText} from '../support/html';
import {ROOT} from '../support/paths';

const siteDir = inject('siteDir');
const routes = readSitemapRoutes(siteDir);
const basePath = routes.reduce((shortest, route) => (route.length < shortest.length ? route : shortest));
const page = (route: string) => fs.readFileSync(htmlFileForRoute(siteDir, `${basePath}${route.replace(/^\//, '')}`, basePath), 'utf8');
const {sources} = readSources(path.join(ROOT, 'src/data/sources.yml'));

/** The ids an article cites, in order of first citation, read from its Markdown. */
function citedBy(file: string): string[] {
  return [...new Set(citationIdsIn(fs.readFileSync(path.join(ROOT, file), 'utf8')))];
}

describe('numbered sources at the end of the articles', () => {
  const html = page('/themes/se-regrouper/societe-de-coordination');
  const cited = citedBy('docs/se-regrouper/societe-de-coordination.md');
  const section = /<section data-footnotes[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

  it('end the article with a « Sources » heading of level 2 and one numbered item per source cited', () => {
    expect(section).toMatch(/^<h2[^>]*id="?footnote-label"?[^>]*>Sources<a /);
    const items = [...section.matchAll(/<li[^>]*id="?user-content-fn-([a-z0-9-]+)"?/g)].map((match) => match[1]);
    expect(items).toEqual(cited);
    expect(section.indexOf('<ol>')).toBeGreaterThan(0);
  });

  it('number the citation calls, each linking to its source, in order of first citation', () => {
    const calls = [...html.matchAll(/<sup><a href="?#user-content-fn-([a-z0-9-]+)"?[^>]*data-footnote-ref[^>]*>(\d+)<\/a><\/sup>/g)];
    expect(calls.length).toBeGreaterThan(cited.length);
    for (const [, id, number] of calls) expect(Number(number)).toBe(cited.indexOf(id) + 1);
  });

  it('write each source from the bibliography, with its address, its entry on /sources and French back links', () => {
    for (const id of cited) {
      const item = new RegExp(`<li[^>]*id="?user-content-fn-${id}"?[^>]*>([\\s\\S]*?)</li>`).exec(section)?.[1] ?? '';
      if (sources[id].url) expect(item.replace(/&amp;/g, '&')).toContain(sources[id].url);
      expect(item).toMatch(new RegExp(`href="?/sources#${id}"?`));
      expect(item).toMatch(/aria-label="Retour à l’appel de note \d+"/);
    }
    expect(html).not.toMatch(/Back to (reference|content)|Footnotes/);
  });

  it('leave no citation marker anywhere in the built pages (code examples aside)', () => {
    for (const route of routes) {
      const html = fs.readFileSync(htmlFileForRoute(siteDir, route, basePath), 'utf8');
      const text = mainText(html.replace(/<(code|pre)\b[\s\S]*?<\/\1>/g, ' '));
      expect(text, route).not.toMatch(/\[\^[a-z0-9-]+\]/);
    }
  });

  it('keep the blog list pages free of footnotes: the excerpt drops its markers', () => {
    const list = page('/articles');
    expect(list).not.toContain('data-footnotes');
    expect(mainText(list)).toContain('« Articuler dynamique de regroupement et affirmation des politiques locales de l’habitat ». Cet article');
    expect(page('/articles/2026/12/02/presentation-de-la-journee')).toContain('data-footnotes');
  });
});

describe('the /sources page', () => {
  const html = page('/sources');
  const text = mainText(html);

  it('lists every source of the bibliography once, with its anchor', () => {
    const ids = [...html.matchAll(/<li[^>]*\bid="?([a-z0-9-]+)"?/g)].map((match) => match[1]).filter((id) => id in sources);
    expect(ids.sort()).toEqual(Object.keys(sources).sort());
    const withUrl = Object.values(sources).filter((source) => source.url).length;
    expect(text).toContain(`s’appuient sur ${Object.keys(sources).length} sources, dont ${withUrl} (`);
  });

  it('groups them under level 2 headings, and links each to the pages that cite it', () => {
    expect([...html.matchAll(/<h2[^>]*>([^<]+)</g)].map((match) => match[1])).toEqual(
      expect.arrayContaining(['Textes : lois, ordonnances, décrets et codes', 'Questions écrites et rapports publics', 'Presse']),
    );
    const entry = /<li[^>]*id="?qe-an-18060"?[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(mainText(entry)).toContain('Question écrite · Assemblée nationale · 3 décembre 2019 · consulté le 2 décembre 2026 · sans adresse en ligne');
    expect(mainText(entry)).toMatch(/Cité dans\s:/);
    expect(entry).toMatch(/href="?\/themes\/se-regrouper\/obligation-de-regroupement"?/);
  });

  it('is linked from the footer of every page', () => {
    expect(page('/')).toMatch(/<footer[\s\S]*href="?\/sources"?[^>]*>Sources</);
  });
});
