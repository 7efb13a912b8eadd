import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Prism only where there is code to colour. The classic theme registers a client
 * module that imports Prism on every page load, so that `prism.additionalLanguages`
 * can extend it: the Prism engine and its bundled grammars then sit in the first-load
 * bundle and are initialised on every page (a fifth of main.js's start-up work under
 * Lighthouse's mobile profile). Boussole adds no language, so that module has nothing
 * to do: it is replaced by an empty one, and Prism loads with the code blocks that
 * need it (src/theme/CodeBlock). With additional languages configured, nothing changes.
 */
export default function prismOnDemandPlugin(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  const additionalLanguages = prism?.additionalLanguages ?? [];
  return {
    name: 'boussole-prism-on-demand',
    configureWebpack() {
      if (additionalLanguages.length > 0) return {};
      return {
        resolve: {
          alias: {
            [require.resolve('@docusaurus/theme-classic/lib/prism-include-languages')]: path.resolve(__dirname, 'no-languages.js'),
          },
        },
      };
    },
  };
}
