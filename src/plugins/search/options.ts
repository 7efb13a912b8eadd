/** Options of the search plugin: Joi schema and defaults (Docusaurus validates them before the plugin starts). */
import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_THEMES_FILE} from '../../adapters/themes-file';
import {INDEX_DIRECTORY} from './build/index-file';
import type {PluginOptions} from './types';

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  glossaryFile: 'docs/glossaire.md',
  themesFile: DEFAULT_THEMES_FILE,
  documentPlugins: ['boussole-journees'],
  indexDirectory: INDEX_DIRECTORY,
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  glossaryFile: Joi.string().default(DEFAULT_OPTIONS.glossaryFile),
  themesFile: Joi.string().default(DEFAULT_OPTIONS.themesFile),
  documentPlugins: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.documentPlugins),
  indexDirectory: Joi.string()
    .pattern(/^[a-z0-9-]+$/)
    .default(DEFAULT_OPTIONS.indexDirectory)
    .messages({'string.pattern.base': '« indexDirectory » : un nom de dossier simple (a-z, 0-9, tirets), par exemple « search-index ».'}),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<PluginOptions>, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
