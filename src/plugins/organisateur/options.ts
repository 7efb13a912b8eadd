/** Options of the organiser plugin: Joi schema and defaults. */
import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import type {OrganiserPluginOptions} from './types';

export const DEFAULT_OPTIONS: OrganiserPluginOptions = {
  file: 'src/data/organisateur.yml',
};

const schema = Joi.object<OrganiserPluginOptions>({
  file: Joi.string().pattern(/\.ya?ml$/, 'fichier .yml').default(DEFAULT_OPTIONS.file),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<OrganiserPluginOptions> | undefined, OrganiserPluginOptions>): OrganiserPluginOptions {
  return validate(schema, options ?? {});
}
