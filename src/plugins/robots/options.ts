import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import type {RobotsPluginOptions} from './types';

export const DEFAULT_OPTIONS: RobotsPluginOptions = {
  disallow: [],
  sitemapFile: 'sitemap.xml',
};

const schema = Joi.object<RobotsPluginOptions>({
  disallow: Joi.array()
    .items(Joi.string().pattern(/^\//, 'chemin commençant par /'))
    .default(DEFAULT_OPTIONS.disallow),
  sitemapFile: Joi.string()
    .pattern(/^[^/].*\.xml$/, 'nom de fichier .xml relatif')
    .default(DEFAULT_OPTIONS.sitemapFile),
});

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Partial<RobotsPluginOptions> | undefined, RobotsPluginOptions>): RobotsPluginOptions {
  return validate(schema, options ?? {});
}
