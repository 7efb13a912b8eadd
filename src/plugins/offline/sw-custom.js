/* global caches */
// Runs inside the service worker of @docusaurus/plugin-pwa (bundled by it with
// Babel, hence plain JavaScript). The precache holds pages, code, styles and the
// search index; this adds two things:
// - pages at their real addresses: with trailingSlash: false a page /x is the
//   file x.html, which the plugin's own lookup (/x, /x/index.html) never finds;
// - the materials: a PDF under /supports/ is kept in its own cache when first
//   downloaded, and served from there when offline.
import {registerRoute} from 'workbox-routing';
import {NetworkFirst} from 'workbox-strategies';
import {CacheableResponsePlugin} from 'workbox-cacheable-response';
import {ExpirationPlugin} from 'workbox-expiration';
import {RangeRequestsPlugin} from 'workbox-range-requests';

export const MATERIALS_CACHE = 'boussole-supports';

/** A material of the site: a PDF under /supports/ (any base URL). */
export function isMaterial(url) {
  return /\/supports\/.+\.pdf$/i.test(url.pathname);
}

/**
 * The file of a page requested at `url`, for a navigation the plugin's lookup
 * misses (no trailing slash, no extension), or undefined.
 */
export function pageFile(url, origin) {
  if (url.origin !== origin || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return `${url.origin}${url.pathname}.html`;
}

export default function swCustom() {
  // Pages, as the plugin serves its precached files: from the precache first (a new
  // deployment comes with a new service worker and the « Nouvelle version » popup).
  self.addEventListener('fetch', (event) => {
    if (event.request.mode !== 'navigate') return;
    const file = pageFile(new URL(event.request.url), self.location.origin);
    if (!file) return;
    event.respondWith(
      caches.match(file, {ignoreSearch: true}).then((cached) => cached ?? fetch(event.request)),
    );
  });

  registerRoute(
    ({url, sameOrigin}) => sameOrigin && isMaterial(url),
    // Network first: a material republished under the same name is fetched anew
    // when online; the copy kept is what is read offline.
    new NetworkFirst({
      cacheName: MATERIALS_CACHE,
      plugins: [
        new CacheableResponsePlugin({statuses: [200]}),
        new RangeRequestsPlugin(),
        new ExpirationPlugin({maxEntries: 60, purgeOnQuotaError: true}),
      ],
    }),
  );
}
