import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {robotsTxt} from './robots-txt';
import type {RobotsPluginOptions} from './types';

export {validateOptions} from './options';

/**
 * Writes robots.txt after the build, from siteConfig.url + baseUrl, so the
 * sitemap URL follows BOUSSOLE_URL / BOUSSOLE_BASE_URL (a static file could not).
 */
export default function robotsPlugin(context: LoadContext, options: RobotsPluginOptions): Plugin {
  return {
    name: 'boussole-robots',
    async postBuild({siteConfig, outDir}) {
      const target = path.join(outDir, 'robots.txt');
      const temporary = `${target}.tmp`;
      // Write then rename: never leave a half-written robots.txt behind.
      await fs.writeFile(temporary, robotsTxt(siteConfig, options), 'utf8');
      await fs.rename(temporary, target);
    },
  };
}
