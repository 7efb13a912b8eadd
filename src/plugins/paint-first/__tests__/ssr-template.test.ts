import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {load} from 'cheerio';
import {SCRIPTS_ATTRIBUTE, SSR_TEMPLATE} from '../ssr-template';

// Docusaurus's own template and compiler, from the installed version (internal paths: pinned with @docusaurus/core).
const require = createRequire(import.meta.url);
const {default: DOCUSAURUS_TEMPLATE} = require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as {default: string};
const {compileSSGTemplate} = require('@docusaurus/core/lib/ssg/ssgTemplate.js') as {
  compileSSGTemplate(template: string): Promise<(data: object) => string>;
};

const data = {
  appHtml: '<main><p>Texte de la page</p></main>',
  baseUrl: '/boussole/',
  htmlAttributes: 'lang="fr-FR"',
  bodyAttributes: '',
  headTags: '<title>Essai</title>',
  preBodyTags: '',
  postBodyTags: '',
  metaAttributes: [],
  scripts: ['assets/js/runtime~main.js', 'assets/js/main.js'],
  stylesheets: ['assets/css/styles.css'],
  noIndex: false,
  version: '3.10.2',
};

/** A template's lines without blank ones and indentation, for comparison. */
const lines = (template: string) => template.split('\n').map((line) => line.trim()).filter(Boolean);

describe('the page template: drawn first, scripts after', () => {
  it('is Docusaurus’s own template except for how scripts load (fails when an upgrade changes the original)', () => {
    const original = lines(DOCUSAURUS_TEMPLATE);
    const scriptsStart = original.findIndex((line) => line.startsWith('<% it.scripts.forEach'));
    expect(scriptsStart).toBeGreaterThan(0);
    const withoutScriptTags = [...original.slice(0, scriptsStart), ...original.slice(scriptsStart + 3)];
    const ours = lines(SSR_TEMPLATE).filter((line) => !line.startsWith(`<script ${SCRIPTS_ATTRIBUTE}=`));
    expect(ours).toEqual(withoutScriptTags);
  });

  it('puts no script tag in the head, and lists the scripts in order, under the base URL, for the loader at the end of the body', async () => {
    const html = (await compileSSGTemplate(SSR_TEMPLATE))(data);
    const $ = load(html);
    expect($('head script').length).toBe(0);
    expect($('script[src]').length).toBe(0);
    const loader = $(`body > script[${SCRIPTS_ATTRIBUTE}]`);
    expect(loader.length).toBe(1);
    expect($('body > *').last().is(loader)).toBe(true);
    expect(JSON.parse(loader.attr(SCRIPTS_ATTRIBUTE)!)).toEqual(['/boussole/assets/js/runtime~main.js', '/boussole/assets/js/main.js']);
    expect($('link[rel=stylesheet]').attr('href')).toBe('/boussole/assets/css/styles.css');
    expect($('#__docusaurus').html()).toBe(data.appHtml);
  });
});
