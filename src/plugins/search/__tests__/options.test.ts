import {describe, expect, it} from 'vitest';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {DEFAULT_OPTIONS, validateOptions} from '../options';
import type {PluginOptions} from '../types';

/** Validates as Docusaurus does when it loads the plugin. */
function validate(options: Partial<PluginOptions>): PluginOptions {
  return validateOptions({validate: normalizePluginOptions, options});
}

describe('search plugin options', () => {
  it('defaults every option', () => {
    expect(validate({})).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toEqual({
      id: 'default',
      glossaryFile: 'docs/glossaire.md',
      themesFile: 'docs/tags.yml',
      documentPlugins: ['boussole-journees'],
      indexDirectory: 'search-index',
    });
  });

  it('keeps the values given', () => {
    const options = {glossaryFile: 'docs/lexique.md', documentPlugins: [], indexDirectory: 'recherche-2'};
    expect(validate(options)).toEqual({...DEFAULT_OPTIONS, ...options});
  });

  it('refuses an index folder that is not a simple name, saying what is expected', () => {
    expect(() => validate({indexDirectory: '../public'})).toThrow(
      '« indexDirectory » : un nom de dossier simple (a-z, 0-9, tirets), par exemple « search-index ».',
    );
  });

  it('refuses a value of the wrong type', () => {
    expect(() => validate({documentPlugins: 'boussole-journees' as never})).toThrow(/"documentPlugins" must be an array/);
  });
});
