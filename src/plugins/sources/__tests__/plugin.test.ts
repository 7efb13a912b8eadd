import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {DataError} from '../../../domain/errors';
import pluginSources from '../index';
import {DEFAULT_OPTIONS} from '../options';
import type {SourcesPageData} from '../types';
import {ARTICLE, FIXTURE_SITE, POST, SOURCES_FAULTS, siteWithFault} from './__fixtures__/faults';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

/** What Docusaurus gives the plugin: the site, and the docs and blog content that point at its files. */
function allContentOf(bibliography: unknown) {
  return {
    'boussole-sources': {default: bibliography},
    'docusaurus-plugin-content-docs': {default: {loadedVersions: [{docs: [{title: 'Un article d’essai', permalink: '/base/themes/article', source: `@site/${ARTICLE}`}]}]}},
    'docusaurus-plugin-content-blog': {default: {blogPosts: [{metadata: {title: 'Un billet d’essai', permalink: '/base/comptes-rendus/billet', source: `@site/${POST}`}}]}},
  };
}

/** Runs the plugin's lifecycle on `siteDir` and returns the page it creates. */
async function build(siteDir: string) {
  const plugin = pluginSources({siteDir, baseUrl: '/base/'} as LoadContext, DEFAULT_OPTIONS);
  const bibliography = await plugin.loadContent!();
  const data: Record<string, string> = {};
  const routes: {path: string; component: string; modules: Record<string, string>}[] = [];
  const actions = {
    createData: async (name: string, content: string) => ((data[name] = content), `/generated/${name}`),
    addRoute: (route: (typeof routes)[number]) => routes.push(route),
  } as unknown as PluginContentLoadedActions;
  await plugin.allContentLoaded!({allContent: allContentOf(bibliography) as never, actions});
  return {routes, page: JSON.parse(data['sources.json']) as SourcesPageData};
}

describe('sources plugin on a test site', () => {
  it('creates the /sources page: every source, grouped, with the pages that cite it', async () => {
    const {routes, page} = await build(FIXTURE_SITE);
    expect(routes).toEqual([{path: '/base/sources', component: '@theme/SourcesPage', modules: {data: '/generated/sources.json'}, exact: true}]);
    expect(page.total).toBe(3);
    expect(page.withUrl).toBe(2);
    expect(page.groups.map((group) => group.label)).toEqual(['Textes : lois, ordonnances, décrets et codes', 'Questions écrites et rapports publics', 'Études et analyses signées']);
    const study = page.groups[2].sources[0];
    expect(study).toEqual({
      id: 'etude-essai-2026-09',
      kindLabel: 'Étude ou analyse signée',
      title: 'L’application du code d’essai (étude fictive)',
      url: 'https://exemple.org/etude-essai',
      by: 'Autrice d’essai, Cabinet d’essai',
      details: ['septembre 2026', 'consulté le 1er octobre 2026'],
      citedBy: [
        {title: 'Un article d’essai', permalink: '/themes/article'},
        {title: 'Un billet d’essai', permalink: '/comptes-rendus/billet'},
      ],
    });
    expect(page.groups[0].sources[0].details).toEqual(['version du 1er janvier 2020', 'consulté le 1er octobre 2026']);
    expect(page.groups[1].sources[0]).toMatchObject({id: 'rapport-essai-sans-adresse', note: 'Rapport fictif sans adresse en ligne.', citedBy: [{title: 'Un billet d’essai', permalink: '/comptes-rendus/billet'}]});
  });

  it('does not count a marker written in code as a citation', async () => {
    const {page} = await build(FIXTURE_SITE);
    expect(JSON.stringify(page)).not.toContain('dans-du-code');
  });

  it.each(SOURCES_FAULTS.map((fault) => [fault.name, fault] as const))('%s: stops the build with one message naming the file, the field and the fix', async (_name, fault) => {
    const siteDir = siteWithFault(fault);
    temps.push(siteDir);
    const error = await build(siteDir).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DataError);
    const dataError = error as DataError;
    expect(dataError.file.split(path.sep).join('/')).toMatch(new RegExp(`${fault.file.replace(/[.[\]^]/g, '\\$&')}$`));
    expect(dataError.field).toBe(fault.field);
    expect(dataError.problem).toMatch(fault.problem);
    expect(dataError.fix.length).toBeGreaterThan(10);
  });
});
