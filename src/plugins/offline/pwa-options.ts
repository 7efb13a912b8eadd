/**
 * Options of the official `@docusaurus/plugin-pwa`: the site installs as a web
 * app and, once visited, stays readable offline.
 *
 * - Offline mode for every reader (`always`), not only installed apps: the
 *   service worker precaches the pages, their code and styles, the images and
 *   the search index (JSON under /search-index/, content-hashed) after the
 *   first visit has loaded.
 * - The materials (PDF under /supports/) are not precached: each is kept when
 *   first downloaded (sw-custom.js).
 * - A new deployment installs a new service worker; `@theme/PwaReloadPopup`
 *   says « Nouvelle version disponible » with a « Recharger » button.
 */
import path from 'node:path';
import type {PluginOptions} from '@docusaurus/plugin-pwa';

/** Files of the build that readers never need offline (social-network preview images). */
export const PRECACHE_IGNORED = ['img/boussole-og.png', 'img/journees/**', '**/og/**'];

export function pwaOptions(): Partial<PluginOptions> {
  return {
    offlineModeActivationStrategies: ['always'],
    swCustom: path.join(__dirname, 'sw-custom.js'),
    // swSrc and swDest are set by the plugin itself.
    injectManifestConfig: {globIgnores: PRECACHE_IGNORED} as PluginOptions['injectManifestConfig'],
    pwaHead: [
      {tagName: 'link', rel: 'manifest', href: '/manifest.json'},
      {tagName: 'link', rel: 'apple-touch-icon', href: '/img/icone-192.png'},
    ],
  };
}
