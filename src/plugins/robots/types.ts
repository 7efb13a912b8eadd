export interface RobotsPluginOptions {
  /** Path prefixes (relative to baseUrl) that crawlers should skip. */
  disallow: string[];
  /** Sitemap file written by the sitemap plugin, relative to baseUrl. */
  sitemapFile: string;
}
