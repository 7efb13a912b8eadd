import type {RobotsPluginOptions} from './types';

/** Joins an origin, a baseUrl ("/" or "/x/") and a relative path without doubled slashes. */
function absoluteUrl(origin: string, baseUrl: string, relative: string): string {
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${origin.replace(/\/+$/, '')}${base}${relative.replace(/^\/+/, '')}`;
}

/**
 * robots.txt for a site deployed at `origin` + `baseUrl`: everything is open
 * to crawlers except the given prefixes, and the sitemap is announced with its
 * absolute URL (robots.txt requires one).
 */
export function robotsTxt(site: {url: string; baseUrl: string}, options: RobotsPluginOptions): string {
  const base = `/${site.baseUrl.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const lines = ['User-agent: *'];
  if (options.disallow.length === 0) {
    lines.push('Allow: /');
  } else {
    for (const prefix of options.disallow) lines.push(`Disallow: ${base}${prefix}`);
  }
  lines.push('', `Sitemap: ${absoluteUrl(site.url, site.baseUrl, options.sitemapFile)}`, '');
  return lines.join('\n');
}
