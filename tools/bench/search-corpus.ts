/**
 * The corpora of the search benchmark: the built site (its search records, and its HTML
 * pages for Pagefind), and the site grown to N pages with synthetic French pages written
 * from the site's own text (a word-pair chain over its sections: same vocabulary, same word
 * frequencies, same page, section and heading lengths; titles are phrases of that text, never a
 * title of the site word for word), a tenth of them PDF supports searched page by page.
 * The site's pages stay in every corpus, so the relevance suite applies at every size.
 */
import fs from 'node:fs';
import path from 'node:path';
import {findIndexFile, openIndexFile} from '../../src/plugins/search/build/index-file';
import type {Synonym} from '../../src/plugins/search/query/french-analyzer';
import type {SearchRecord} from '../../src/plugins/search/query/search-record';

export interface Corpus {
  name: string;
  /** Result pages (an article, a glossary term, a PDF…). */
  pages: number;
  records: SearchRecord[];
  synonyms: Synonym[];
  /** HTML of a page of the site, by page URL (Pagefind indexes pages); null for the others. */
  html: (page: string) => string | null;
}

/** The built HTML of a site path (trailingSlash: false → page.html, or dir/index.html). */
export function builtHtml(siteDir: string, sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath).replace(/\/$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`, clean === '' ? 'index.html' : '']) {
    if (!candidate) continue;
    const file = path.join(siteDir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return fs.readFileSync(file, 'utf8');
  }
  return null;
}

export async function siteCorpus(siteDir: string): Promise<Corpus> {
  const file = findIndexFile(siteDir);
  if (!file) throw new Error(`Aucun index de recherche dans « ${siteDir}/search-index/ » : lancez d’abord « npm run build » (ou --site <dossier>).`);
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as {synonyms: Synonym[]};
  const records = await openIndexFile(file).records();
  return {
    name: 'site',
    pages: new Set(records.map((record) => record.page)).size,
    records,
    synonyms: entry.synonyms,
    // A glossary term is a page of the search, a section of one HTML page.
    html: (page) => (page.includes('#') || /\.pdf$/i.test(page) ? null : builtHtml(siteDir, page)),
  };
}

/** Deterministic pseudo-random numbers (mulberry32: 32-bit integer arithmetic, no precision lost). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A word-pair chain over the site's text: each word followed by a word that follows it there. */
function wordChain(texts: string[], random: () => number): (length: number) => string {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length > 0) starts.push(words[0]);
    for (let i = 0; i + 1 < words.length; i++) {
      const followers = next.get(words[i]);
      if (followers) followers.push(words[i + 1]);
      else next.set(words[i], [words[i + 1]]);
    }
  }
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return (length) => {
    const words: string[] = [];
    let word = pick(starts);
    for (let i = 0; i < length; i++) {
      words.push(word);
      const followers = next.get(word);
      word = followers && random() < 0.9 ? pick(followers) : pick(starts);
    }
    return words.join(' ');
  };
}

/** The site grown to `pages` result pages with synthetic pages like its own. */
export function grownCorpus(site: Corpus, pages: number): Corpus {
  const random = randomFrom(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const texts = site.records.map((record) => record.text).filter((text) => text.length > 40);
  const chain = wordChain(texts, random);
  // Lengths as on the site: sections per page, words per section, words per heading.
  const byPage = new Map<string, SearchRecord[]>();
  for (const record of site.records) byPage.set(record.page, [...(byPage.get(record.page) ?? []), record]);
  const sectionCounts = [...byPage.values()].map((list) => list.length);
  const textLengths = site.records.map((record) => Math.max(8, record.text.split(/\s+/).length));
  const titleLengths = site.records.map((record) => Math.max(2, record.title.split(/\s+/).length));
  const sentence = (words: number) => {
    const text = chain(words);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  // A synthetic page never takes the very title of a page of the site: an archive does not repeat its titles word for word.
  const siteTitles = new Set(site.records.flatMap((record) => [record.title, record.pageTitle]).map((text) => text.toLowerCase()));
  const title = () => {
    let text = chain(pick(titleLengths));
    for (let attempt = 0; attempt < 20 && siteTitles.has(text.toLowerCase()); attempt++) text = chain(pick(titleLengths));
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  };
  const records = [...site.records];
  for (let p = 0; p < pages - site.pages; p++) {
    if (p % 10 === 9) {
      // A PDF support: one record per page of text.
      const file = `/supports/synthetique/document-${p}.pdf`;
      const pageTitle = title();
      const count = 4 + Math.floor(random() * 9);
      for (let k = 1; k <= count; k++) {
        records.push({type: 'support', url: `${file}#page=${k}`, page: file, pageTitle, trail: [], title: `${pageTitle}, page ${k}`, text: sentence(40 + Math.floor(random() * 120)), themes: []});
      }
      continue;
    }
    const url = `/synthetique/page-${p}`;
    const pageTitle = title();
    records.push({type: 'article', url, page: url, pageTitle, trail: [], title: pageTitle, text: sentence(pick(textLengths)), themes: []});
    const sections = pick(sectionCounts) - 1;
    for (let s = 0; s < sections; s++) {
      records.push({type: 'article', url: `${url}#section-${s}`, page: url, pageTitle, trail: [], title: title(), text: sentence(pick(textLengths)), themes: []});
    }
  }
  return {name: `${pages} pages`, pages, records, synonyms: site.synonyms, html: site.html};
}

/** A page as HTML for Pagefind (synthetic pages have no built HTML): its title, its sections with their anchors. */
export function pageHtml(records: SearchRecord[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [top] = records;
  const body = records
    .map((record) => {
      const hash = record.url.slice(record.page.length);
      const heading = hash ? `<h2 id="${escape(hash.slice(1))}">${escape(record.title)}</h2>` : '';
      return `${heading}<p>${escape(record.text)}</p>`;
    })
    .join('');
  return `<!doctype html><html lang="fr"><head><title>${escape(top.pageTitle)}</title></head><body><main><h1>${escape(top.pageTitle)}</h1>${body}</main></body></html>`;
}
