/**
 * The organiser's legal and contact details, read once per build from one
 * validated file (src/data/organisateur.yml, schema in src/domain/organiser):
 * an invalid file stops the build naming the field; missing details are
 * listed in one warning, and the pages name them to readers (client/).
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readYaml, validate} from '../../adapters/data-files';
import {missingLegalFields, missingWarning, organiserSchema} from '../../domain/organiser';
import {ORGANISER_PLUGIN_NAME} from './name';
import type {OrganiserGlobalData, OrganiserPluginOptions} from './types';

export {validateOptions} from './options';

/** Reads and validates the file; throws a DataError naming the file and the field. */
export function loadOrganiser(file: string): OrganiserGlobalData {
  const details = validate(file, organiserSchema, readYaml(file));
  return {details, missing: missingLegalFields(details)};
}

export default function organiserPlugin(context: LoadContext, options: OrganiserPluginOptions): Plugin<OrganiserGlobalData> {
  const file = path.resolve(context.siteDir, options.file);
  return {
    name: ORGANISER_PLUGIN_NAME,
    getPathsToWatch() {
      return [file];
    },
    async loadContent() {
      const content = loadOrganiser(file);
      const warning = missingWarning(options.file, content.missing);
      if (warning) logger.warn(warning);
      return content;
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
