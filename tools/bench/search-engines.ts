/**
 * The engines of the search benchmark, each behind the same interface and fed the same
 * records with its best French settings: this site's engine (sharded index), lunr with
 * lunr-languages (fr), Orama with its French stemmer and stop words, and Pagefind (its npm
 * package, indexing the built HTML pages, the PDF pages as custom records).
 *
 * What is counted, for each: the index on disk (every file a search may fetch, gzip; files
 * the engine compresses itself as they are), the first search (the engine's code and every
 * file it fetches to answer one query and show its first 8 results), the build of the index,
 * the ranking of a query once everything is in memory, and the pages it ranks for relevance.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import lunr from 'lunr';
import {create, insertMultiple, save, search as oramaSearch} from '@orama/orama';
import {language as oramaFrench, stemmer as oramaStemmer} from '@orama/stemmers/french';
import {stopwords as oramaStopWords} from '@orama/stopwords/french';
import {openBuiltIndex, type LoadableEngine} from '../../src/plugins/search/build/index-file';
import {buildIndex, fieldTexts, type BuiltIndex} from '../../src/plugins/search/build/write-index';
import type {SearchRecord} from '../../src/plugins/search/query/search-record';
import {pageHtml, type Corpus} from './search-corpus';
import {firstPerPage, type RankedResult} from './search-queries';

// lunr-languages plug into the lunr instance.
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.fr')(lunr);

/** Results shown by the search box: a first search fetches what they need. */
export const SHOWN = 8;
/** Pages ranked for relevance. */
const RANKED = 10;

/** Field weights given to every engine that takes them: the page title, the section heading, the text. */
const BOOST = {title: 12, heading: 6, trail: 3, text: 1};

export interface BuiltEngine {
  buildMs: number;
  indexGzipBytes: number;
  /** Bytes a reader downloads for a first search of `query`: the engine's code and the index files it fetches. */
  firstSearchBytes(query: string): Promise<number>;
  /** The first ten result pages, each with the section its link opens. */
  rank(query: string): Promise<RankedResult[]>;
  /** Loads everything a query may need, so that `query` runs in memory. */
  warm(): Promise<void>;
  /** One query, ranking only, everything in memory (may return a promise). */
  query(query: string): unknown;
  /** Ours only: the query with the highlighted titles and snippets of the first results. */
  queryWithSnippets?(query: string): unknown;
  /** Ours only: how many of `queries` get the same answer from the sharded index as from the whole index loaded at once. */
  sameAsWhole?(queries: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

export interface EngineUnderTest {
  name: string;
  build(corpus: Corpus): Promise<BuiltEngine>;
}

export const gzipBytes = (data: string | Uint8Array): number => zlib.gzipSync(data, {level: 9}).length;

/** Minified bundle of an entry (ESM, for browsers), gzip: the code a reader downloads. */
async function bundledCodeBytes(contents: string, resolveDir: string): Promise<number> {
  const result = await esbuild.build({
    stdin: {contents, resolveDir, loader: 'ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipBytes(result.outputFiles[0].contents);
}

const ROOT = path.resolve(__dirname, '../..');

/** url → page key of the corpus (a glossary term is a page of its own). */
function pageIndex(records: SearchRecord[]): (url: string) => string {
  const pages = new Map(records.map((record) => [record.url, record.page]));
  return (url) => pages.get(url) ?? url.replace(/#.*$/, '');
}

/** The first result pages of an engine that ranks records, given as their numbers in the corpus. */
function topPages(corpus: Corpus): (ids: readonly (string | number)[]) => RankedResult[] {
  const pageOf = pageIndex(corpus.records);
  return (ids) => firstPerPage(ids.map((id) => corpus.records[Number(id)].url), pageOf).slice(0, RANKED);
}

/** This site's engine: the sharded index, read fragment by fragment. */
export function boussoleEngine(): EngineUnderTest {
  let code: Promise<number> | undefined;
  return {
    name: 'Boussole',
    async build(corpus) {
      // What the worker ships: the engine, the analyzer, the fragment loader.
      code ??= bundledCodeBytes("export * from './src/plugins/search/client/search.worker.ts';", ROOT);
      const started = performance.now();
      const built: BuiltIndex = buildIndex(corpus.records, corpus.synonyms);
      const buildMs = performance.now() - started;
      const gzipped = new Map<string, number>();
      const sizeOf = (file: string) => {
        let size = gzipped.get(file);
        if (size === undefined) gzipped.set(file, (size = gzipBytes(built.files.get(file)!)));
        return size;
      };
      let indexGzipBytes = 0;
      for (const file of built.files.keys()) indexGzipBytes += sizeOf(file);
      const codeBytes = await code;
      let engine: LoadableEngine = openBuiltIndex(built);
      const results = (hits: {page: string; sections: {url: string}[]}[]) => hits.map((hit) => ({page: hit.page, url: hit.sections[0].url}));
      return {
        buildMs,
        indexGzipBytes,
        async firstSearchBytes(query) {
          let bytes = codeBytes + sizeOf(built.entryName);
          const fresh = openBuiltIndex(built, (file) => (bytes += sizeOf(file)));
          await fresh.search(query, {}, SHOWN);
          return bytes;
        },
        rank: async (query) => results((await engine.search(query, {}, RANKED)).hits),
        async warm() {
          engine = openBuiltIndex(built);
          await engine.loadAll();
        },
        query: (query) => engine.searchLoaded(query, {}, SHOWN, {snippets: false}),
        queryWithSnippets: (query) => engine.searchLoaded(query, {}, SHOWN),
        async sameAsWhole(queries) {
          const lazy = openBuiltIndex(built);
          const whole = openBuiltIndex(built);
          await whole.loadAll();
          let same = 0;
          for (const query of queries) {
            if (JSON.stringify(await lazy.search(query, {}, RANKED)) === JSON.stringify(whole.searchLoaded(query, {}, RANKED))) same++;
          }
          return same;
        },
        close: async () => undefined,
      };
    },
  };
}

/** lunr 2 with lunr-languages' French pipeline (trimmer, stop words, stemmer), boosted fields. */
export function lunrEngine(): EngineUnderTest {
  const code = ['lunr/lunr.min.js', 'lunr-languages/min/lunr.stemmer.support.min.js', 'lunr-languages/min/lunr.fr.min.js']
    .map((file) => gzipBytes(fs.readFileSync(require.resolve(file))))
    .reduce((a, b) => a + b, 0);
  return {
    name: 'lunr (fr)',
    async build(corpus) {
      const started = performance.now();
      const index = lunr(function () {
        this.use((lunr as unknown as {fr: lunr.Builder.Plugin}).fr);
        this.ref('id');
        this.field('title', {boost: BOOST.title});
        this.field('heading', {boost: BOOST.heading});
        this.field('trail', {boost: BOOST.trail});
        this.field('text');
        corpus.records.forEach((record, id) => this.add({id: String(id), ...fieldTexts(record)}));
      });
      const serialized = JSON.stringify(index);
      const buildMs = performance.now() - started;
      // lunr only returns references: titles and text for the results come in a store, as in its usual setups.
      const store = JSON.stringify(corpus.records.map((record) => [record.url, record.pageTitle, record.title, record.text.slice(0, 1500)]));
      const indexGzipBytes = gzipBytes(serialized) + gzipBytes(store);
      let loaded = index;
      const pages = topPages(corpus);
      const run = (query: string) => {
        try {
          return loaded.search(query);
        } catch {
          // lunr rejects some inputs (its query syntax): no results, as a reader would see.
          return [];
        }
      };
      return {
        buildMs,
        indexGzipBytes,
        firstSearchBytes: async () => code + indexGzipBytes,
        rank: async (query) => pages(run(query).map((hit) => hit.ref)),
        async warm() {
          loaded = lunr.Index.load(JSON.parse(serialized));
        },
        query: run,
        close: async () => undefined,
      };
    },
  };
}

/** Orama 3 with its French tokenizer, stemmer and stop words, boosted fields (BM25). */
export function oramaEngine(): EngineUnderTest {
  let code: Promise<number> | undefined;
  const schema = {title: 'string', heading: 'string', trail: 'string', text: 'string'} as const;
  const newDatabase = () => create({schema, components: {tokenizer: {language: oramaFrench, stemming: true, stemmer: oramaStemmer, stopWords: oramaStopWords}}});
  return {
    name: 'Orama (fr)',
    async build(corpus) {
      code ??= bundledCodeBytes(
        "export {create, load, search} from '@orama/orama'; export {stemmer, language} from '@orama/stemmers/french'; export {stopwords} from '@orama/stopwords/french';",
        ROOT,
      );
      const started = performance.now();
      const database = newDatabase();
      await insertMultiple(
        database,
        corpus.records.map((record, id) => ({id: String(id), ...fieldTexts(record)})),
        1000,
      );
      const buildMs = performance.now() - started;
      // Orama keeps the documents in its index: titles and text for the results come with it.
      const indexGzipBytes = gzipBytes(JSON.stringify(save(database)));
      const codeBytes = await code;
      const pages = topPages(corpus);
      const run = (query: string) =>
        oramaSearch(database, {term: query, properties: ['title', 'heading', 'trail', 'text'], boost: {title: BOOST.title, heading: BOOST.heading, trail: BOOST.trail}, limit: 50});
      return {
        buildMs,
        indexGzipBytes,
        firstSearchBytes: async () => codeBytes + indexGzipBytes,
        rank: async (query) => pages((await run(query)).hits.map((hit) => hit.id)),
        warm: async () => undefined,
        query: run,
        close: async () => undefined,
      };
    },
  };
}

interface PagefindInstance {
  search(query: string): Promise<{results: {data(): Promise<{url: string; sub_results: {url: string; locations: number[]}[]}>}[]}>;
  destroy(): Promise<void>;
}

/** Pagefind 1.6 (its npm package and binary): the built pages with their headings' anchors, the PDF pages as custom records. */
export function pagefindEngine(): EngineUnderTest {
  return {
    name: 'Pagefind',
    async build(corpus) {
      const pagefind = await import('pagefind');
      const started = performance.now();
      const {index, errors} = await pagefind.createIndex({
        forceLanguage: 'fr',
        rootSelector: 'main',
        // Its best settings on Docusaurus pages: the content, not the navigation around it.
        excludeSelectors: ['nav', 'footer', 'aside', '.theme-doc-toc-mobile', '.table-of-contents', 'button', 'svg', '.hash-link'],
      });
      if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
      const byPage = new Map<string, SearchRecord[]>();
      for (const record of corpus.records) byPage.set(record.page, [...(byPage.get(record.page) ?? []), record]);
      const htmlPages = new Set<string>();
      for (const [page, records] of byPage) {
        const ownHtml = corpus.html(page);
        if (ownHtml) {
          await index.addHTMLFile({url: page, content: ownHtml});
          htmlPages.add(page);
        } else if (page.startsWith('/synthetique/')) {
          await index.addHTMLFile({url: page, content: pageHtml(records)});
          htmlPages.add(page);
        }
      }
      for (const [page, records] of byPage) {
        // Glossary terms are sections of the glossary page; PDF pages are custom records.
        if (htmlPages.has(page) || htmlPages.has(page.replace(/#.*$/, ''))) continue;
        for (const record of records) {
          await index.addCustomRecord({url: record.url, content: record.text, language: 'fr', meta: {title: record.title}});
        }
      }
      const {files} = await index.getFiles();
      const buildMs = performance.now() - started;
      await index.deleteIndex();
      const content = new Map(files.map((file) => [file.path, file.content]));
      // Its own files are compressed already; the others a server gzips.
      const transferSize = (file: string) => (/\.pf_|\.pagefind$/.test(file) ? content.get(file)!.length : gzipBytes(content.get(file)!));
      const indexGzipBytes = [...content.keys()].filter((file) => /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index\/|fragment\/|filter\/)/.test(file)).reduce((sum, file) => sum + transferSize(file), 0);
      // In a browser it searches in its web worker: its script is fetched with the rest.
      const workerBytes = transferSize('pagefind-worker.js');
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-bench-pagefind-'));
      fs.writeFileSync(path.join(directory, 'pagefind.js'), content.get('pagefind.js')!);
      const base = 'https://pagefind.bench/';
      let fetched = 0;
      const fetchShim = async (input: unknown) => {
        const url = String(input instanceof Request ? input.url : input);
        const file = decodeURI(url.replace(base, '').split('?')[0]);
        const data = content.get(file);
        if (!data) return new Response('', {status: 404});
        fetched += transferSize(file);
        return new Response(Buffer.from(data), {status: 200});
      };
      const module = (await import(pathToFileURL(path.join(directory, 'pagefind.js')).href)) as {createInstance(options: Record<string, unknown>): PagefindInstance};
      // A new instance has nothing loaded: the reader's first search.
      const open = async (): Promise<PagefindInstance> => module.createInstance({basePath: base, baseUrl: '/', excerptLength: 30});
      const realFetch = globalThis.fetch;
      globalThis.fetch = fetchShim as typeof fetch;
      const pageOf = pageIndex(corpus.records);
      let shared = await open();
      const ranked = async (instance: PagefindInstance, query: string, count: number) => {
        const {results} = await instance.search(query);
        const pages = await Promise.all(results.slice(0, count).map((result) => result.data()));
        return pages.map((page) => {
          // The section its interface puts first: the sub-result with the most matches.
          const best = [...page.sub_results].sort((a, b) => b.locations.length - a.locations.length)[0];
          const url = decodeURIComponent(best?.url ?? page.url);
          return {page: pageOf(url), url};
        });
      };
      return {
        buildMs,
        indexGzipBytes,
        async firstSearchBytes(query) {
          fetched = 0;
          const fresh = await open();
          await ranked(fresh, query, SHOWN);
          await fresh.destroy();
          return transferSize('pagefind.js') + workerBytes + fetched;
        },
        rank: (query) => ranked(shared, query, RANKED),
        async warm() {
          await shared.destroy();
          shared = await open();
        },
        query: (query) => shared.search(query),
        async close() {
          await shared.destroy();
          globalThis.fetch = realFetch;
          fs.rmSync(directory, {recursive: true, force: true});
          await pagefind.close();
        },
      };
    },
  };
}
