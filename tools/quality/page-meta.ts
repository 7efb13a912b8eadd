import {load} from 'cheerio';

/** The head metadata search engines and link previews read. */
export interface PageMeta {
  title: string | undefined;
  description: string | undefined;
  canonical: string | undefined;
  og: Record<'title' | 'description' | 'url' | 'image', string | undefined>;
  lang: string | undefined;
}

export function readPageMeta(html: string): PageMeta {
  const $ = load(html);
  const meta = (selector: string) => {
    const values = $(selector)
      .map((_, element) => $(element).attr('content'))
      .get()
      .filter((value): value is string => typeof value === 'string');
    // Helmet may leave duplicates only if a page misuses it; the last one wins in browsers.
    return values.length ? values[values.length - 1].trim() : undefined;
  };
  return {
    title: $('head > title').first().text().trim() || undefined,
    description: meta('meta[name="description"]'),
    canonical: $('link[rel="canonical"]').attr('href')?.trim(),
    og: {
      title: meta('meta[property="og:title"]'),
      description: meta('meta[property="og:description"]'),
      url: meta('meta[property="og:url"]'),
      image: meta('meta[property="og:image"]'),
    },
    lang: $('html').attr('lang'),
  };
}

const isAbsoluteHttpUrl = (value: string | undefined) => !!value && /^https?:\/\/[^/\s]+\/\S*$/.test(value);

/**
 * What a page is missing for search engines and previews, as sentences naming
 * the tag to fix; empty when the page is complete. `expectedUrl` is the page's
 * address in the sitemap: canonical and og:url must be exactly it.
 */
export function metaProblems(meta: PageMeta, expectedUrl: string): string[] {
  const problems: string[] = [];
  if (!meta.title) problems.push('<title> manquant');
  if (!meta.description) problems.push('<meta name="description"> manquant (ajoutez « description » dans le front matter)');
  if (meta.canonical !== expectedUrl) problems.push(`<link rel="canonical"> vaut ${meta.canonical ?? '(absent)'} au lieu de ${expectedUrl}`);
  if (meta.og.url !== expectedUrl) problems.push(`og:url vaut ${meta.og.url ?? '(absent)'} au lieu de ${expectedUrl}`);
  if (!meta.og.title) problems.push('og:title manquant');
  if (!meta.og.description) problems.push('og:description manquant');
  if (!isAbsoluteHttpUrl(meta.og.image)) problems.push(`og:image doit être une URL absolue (trouvé : ${meta.og.image ?? '(absent)'})`);
  if (!meta.lang?.startsWith('fr')) problems.push(`<html lang> vaut ${meta.lang ?? '(absent)'} au lieu de fr-FR`);
  return problems;
}
