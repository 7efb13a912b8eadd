/** Options of the sources plugin: Joi schema and defaults (Docusaurus validates them before the plugin starts). */
import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_SOURCES_FILE} from '../../adapters/sources-file';
import type {PluginOptions} from './types';

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  sourcesFile: DEFAULT_SOURCES_FILE,
  pagePath: '/sources',
  docsPluginName: 'docusaurus-plugin-content-docs',
  blogPluginName: 'docusaurus-plugin-content-blog',
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  sourcesFile: Joi.string().pattern(/\.ya?ml$/).default(DEFAULT_OPTIONS.sourcesFile),
  pagePath: Joi.string().pattern(/^\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/).default(DEFAULT_OPTIONS.pagePath),
  docsPluginName: Joi.string().default(DEFAULT_OPTIONS.docsPluginName),
  blogPluginName: Joi.string().default(DEFAULT_OPTIONS.blogPluginName),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<PluginOptions>, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
