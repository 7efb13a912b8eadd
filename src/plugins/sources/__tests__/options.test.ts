import {describe, expect, it} from 'vitest';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {DEFAULT_OPTIONS, validateOptions} from '../options';
import type {PluginOptions} from '../types';

/** Validates as Docusaurus does when it loads the plugin. */
function validate(options: Partial<PluginOptions>): PluginOptions {
  return validateOptions({validate: normalizePluginOptions, options});
}

describe('sources plugin options', () => {
  it('defaults every option: the bibliography file, the /sources page, the docs and blog plugins', () => {
    expect(validate({})).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toEqual({
      id: 'default',
      sourcesFile: 'src/data/sources.yml',
      pagePath: '/sources',
      docsPluginName: 'docusaurus-plugin-content-docs',
      blogPluginName: 'docusaurus-plugin-content-blog',
    });
  });

  it('keeps the values given', () => {
    const options = {sourcesFile: 'donnees/bibliographie.yaml', pagePath: '/bibliographie'};
    expect(validate(options)).toEqual({...DEFAULT_OPTIONS, ...options});
  });

  it('refuses a page path or a file that cannot be right, saying which option', () => {
    expect(() => validate({pagePath: 'sources'})).toThrow(/"pagePath" with value "sources" fails to match the required pattern/);
    expect(() => validate({pagePath: '/Sources et notes'})).toThrow(/"pagePath"/);
    expect(() => validate({sourcesFile: 'src/data/sources.json'})).toThrow(/"sourcesFile" with value "src\/data\/sources\.json" fails to match the required pattern/);
  });
});
