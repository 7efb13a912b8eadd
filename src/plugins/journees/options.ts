/** Options of the days plugin: Joi schema and defaults (Docusaurus validates them before the plugin starts). */
import path from 'node:path';
import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_THEMES_FILE} from '../../adapters/themes-file';
import type {PluginOptions} from './types';

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  dataDir: 'src/data',
  themesFile: DEFAULT_THEMES_FILE,
  blogPluginName: 'docusaurus-plugin-content-blog',
  docsPluginName: 'docusaurus-plugin-content-docs',
  thumbnailWidth: 320,
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  themesFile: Joi.string().default(DEFAULT_OPTIONS.themesFile),
  blogPluginName: Joi.string().default(DEFAULT_OPTIONS.blogPluginName),
  docsPluginName: Joi.string().default(DEFAULT_OPTIONS.docsPluginName),
  thumbnailWidth: Joi.number().integer().min(64).max(1200).default(DEFAULT_OPTIONS.thumbnailWidth),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<PluginOptions>, PluginOptions>): PluginOptions {
  return validate(schema, options);
}

/** BOUSSOLE_DATA_DIR (absolute, or relative to the site) wins over the option. */
export function resolveDataDir(siteDir: string, options: Pick<PluginOptions, 'dataDir'>, env: Record<string, string | undefined>): string {
  return path.resolve(siteDir, env.BOUSSOLE_DATA_DIR || options.dataDir);
}
