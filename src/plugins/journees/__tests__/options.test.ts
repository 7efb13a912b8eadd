import {describe, expect, it} from 'vitest';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {DEFAULT_OPTIONS, resolveDataDir, validateOptions} from '../options';
import type {PluginOptions} from '../types';

/** Validates as Docusaurus does when it loads the plugin. */
function validate(options: Partial<PluginOptions>): PluginOptions {
  return validateOptions({validate: normalizePluginOptions, options});
}

describe('days plugin options', () => {
  it('defaults every option, with the same themes file as the search plugin', () => {
    expect(validate({})).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toEqual({
      id: 'default',
      dataDir: 'src/data',
      themesFile: 'docs/tags.yml',
      blogPluginName: 'docusaurus-plugin-content-blog',
      docsPluginName: 'docusaurus-plugin-content-docs',
      thumbnailWidth: 320,
    });
  });

  it('keeps the values given', () => {
    const options = {dataDir: 'donnees', themesFile: 'docs/themes.yml', thumbnailWidth: 480};
    expect(validate(options)).toEqual({...DEFAULT_OPTIONS, ...options});
  });

  it('refuses a thumbnail width out of range, saying which option', () => {
    expect(() => validate({thumbnailWidth: 10})).toThrow(/"thumbnailWidth" must be greater than or equal to 64/);
    expect(() => validate({thumbnailWidth: 'large' as never})).toThrow(/"thumbnailWidth" must be a number/);
  });

  it('lets BOUSSOLE_DATA_DIR (absolute or relative to the site) win over the option', () => {
    expect(resolveDataDir('/site', DEFAULT_OPTIONS, {})).toBe('/site/src/data');
    expect(resolveDataDir('/site', DEFAULT_OPTIONS, {BOUSSOLE_DATA_DIR: 'essai/data'})).toBe('/site/essai/data');
    expect(resolveDataDir('/site', DEFAULT_OPTIONS, {BOUSSOLE_DATA_DIR: '/ailleurs'})).toBe('/ailleurs');
  });
});
