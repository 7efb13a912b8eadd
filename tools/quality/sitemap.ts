import fs from 'node:fs';
import path from 'node:path';

/** Every <loc> of a sitemap.xml, in document order. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) =>
    match[1].replace(/&amp;/g, '&'),
  );
}

/**
 * The route of each sitemap entry relative to the site's own base path, so a
 * build made for https://exemple.fr/boussole/ can be served at any origin.
 */
export function sitemapRoutes(xml: string): string[] {
  const locations = sitemapLocations(xml).map((loc) => new URL(loc));
  if (locations.length === 0) return [];
  return locations.map((url) => url.pathname);
}

/**
 * The HTML file a static host serves for `route` in a build made with
 * trailingSlash: false (`/a/b` → a/b.html, `/` → index.html, `/a/` → a/index.html).
 */
export function htmlFileForRoute(siteDir: string, route: string, baseUrl = '/'): string {
  const relative = decodeURIComponent(route.startsWith(baseUrl) ? route.slice(baseUrl.length) : route.replace(/^\//, ''));
  if (relative === '' || relative.endsWith('/')) return path.join(siteDir, relative, 'index.html');
  const direct = path.join(siteDir, `${relative}.html`);
  if (fs.existsSync(direct)) return direct;
  return path.join(siteDir, relative, 'index.html');
}

/** Reads the sitemap of a built site and returns its routes, or says why it cannot. */
export function readSitemapRoutes(siteDir: string): string[] {
  const file = path.join(siteDir, 'sitemap.xml');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} est absent : le site construit doit contenir le plan du site (plugin sitemap du preset classic).`);
  }
  const routes = sitemapRoutes(fs.readFileSync(file, 'utf8'));
  if (routes.length === 0) throw new Error(`${file} ne contient aucune adresse <loc>.`);
  return routes;
}
