/**
 * npm run bench:search [-- --site build]
 * Compares this search (FlexSearch + French analyzer) with lunr + lunr-languages (fr)
 * on the site's corpus (records of the built index) and on a synthetic corpus of
 * 2,000 pages: index size raw and gzip, build time, load time, query latency p50/p95.
 * It prints numbers; it is not a test. Latencies are measured on each side after the same
 * warm-up (steady state, see WARM_UP_MS), one query per sample, the queries in turn.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import lunr from 'lunr';
import {buildIndex} from '../../src/plugins/search/build/write-index';
import {SearchEngine} from '../../src/plugins/search/query/search-engine';
import {DEFAULT_SYNONYMS} from '../../src/plugins/search/query/french-analyzer';
import type {SearchRecord} from '../../src/plugins/search/query/search-record';
import {findIndexFile, readIndexFile} from '../../src/plugins/search/build/index-file';

// lunr-languages plug into the lunr instance.
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.fr')(lunr);

const QUERIES = [
  'société de coordination',
  'SAC',
  'regroupement',
  'regroupements des organismes',
  'logement social',
  'politiques locales de l’habitat',
  'l’habitat',
  'fusion OPH',
  'adossement groupe capitaliste',
  'EPCI',
  'programme local',
  'bailleurs sociaux',
  'loi ELAN',
  'ecosysteme',
  'partenariats locaux',
  'conference intercommunale',
  'utilite sociale',
  'territoire',
  'coopération',
  'regroupemnt',
];

interface Measure {
  rawBytes: number;
  gzipBytes: number;
  buildMs: number;
  loadMs: number;
  p50: number;
  p95: number;
}

/** Ours also with the snippets of the first results, as the search box shows them. */
interface OurMeasure extends Measure {
  withSnippetsP50: number;
  withSnippetsP95: number;
}

/** Results shown with snippets in the search box. */
const SHOWN = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Before timing, each engine answers the queries for at least this long: V8 optimises
 * hot code only after many calls, and both sides are measured once it has (steady state).
 */
const WARM_UP_MS = 1500;
const MIN_WARM_UP_ROUNDS = 5;

/** A full collection first (node --expose-gc), so that neither side pays for the other's garbage. */
const collectGarbage = (globalThis as {gc?: () => void}).gc ?? (() => {});

function timeQueries(run: (query: string) => void, rounds: number): {p50: number; p95: number} {
  collectGarbage();
  const warmUpStart = performance.now();
  for (let round = 0; round < MIN_WARM_UP_ROUNDS || performance.now() - warmUpStart < WARM_UP_MS; round++) {
    for (const query of QUERIES) run(query);
  }
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      run(query);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  return {p50: percentile(samples, 50), p95: percentile(samples, 95)};
}

function gzipSize(text: string): number {
  return zlib.gzipSync(text, {level: 9}).length;
}

function measureOurs(records: SearchRecord[], rounds: number): OurMeasure {
  let started = performance.now();
  const serialized = JSON.stringify(buildIndex(records, DEFAULT_SYNONYMS));
  const buildMs = performance.now() - started;
  started = performance.now();
  const engine = new SearchEngine(JSON.parse(serialized));
  const loadMs = performance.now() - started;
  // Ranking and grouping of every result (like lunr.search) and the first ones picked, then with their snippets.
  const {p50, p95} = timeQueries((query) => engine.search(query, {}, SHOWN, {snippets: false}), rounds);
  const withSnippets = timeQueries((query) => engine.search(query, {}, SHOWN), rounds);
  return {
    rawBytes: Buffer.byteLength(serialized),
    gzipBytes: gzipSize(serialized),
    buildMs,
    loadMs,
    p50,
    p95,
    withSnippetsP50: withSnippets.p50,
    withSnippetsP95: withSnippets.p95,
  };
}

/** lunr's index alone and with the same stored fields we ship (titles, text for snippets). */
function measureLunr(records: SearchRecord[], rounds: number): Measure & {withStoreRaw: number; withStoreGzip: number} {
  let started = performance.now();
  const index = lunr(function () {
    // lunr-languages' French pipeline (stemmer, stop words, trimmer).
    this.use((lunr as unknown as {fr: lunr.Builder.Plugin}).fr);
    this.ref('id');
    this.field('title', {boost: 5});
    this.field('heading', {boost: 8});
    this.field('text');
    records.forEach((record, id) => {
      this.add({id: String(id), title: [record.pageTitle, ...record.trail].join(' '), heading: record.title, text: record.text});
    });
  });
  const serialized = JSON.stringify(index);
  const buildMs = performance.now() - started;
  const store = JSON.stringify(records.map((record) => [record.url, record.pageTitle, record.trail, record.title, record.text.slice(0, 1500), record.themes]));
  started = performance.now();
  const loaded = lunr.Index.load(JSON.parse(serialized));
  const loadMs = performance.now() - started;
  const {p50, p95} = timeQueries((query) => {
    try {
      loaded.search(query);
    } catch {
      // lunr rejects some inputs (query syntax); that is its behaviour, timed as is.
    }
  }, rounds);
  return {
    rawBytes: Buffer.byteLength(serialized),
    gzipBytes: gzipSize(serialized),
    withStoreRaw: Buffer.byteLength(serialized) + Buffer.byteLength(store),
    withStoreGzip: gzipSize(serialized + store),
    buildMs,
    loadMs,
    p50,
    p95,
  };
}

/** Deterministic pseudo-random French pages from the site's own vocabulary. */
export function syntheticCorpus(pages: number, seedWords: string[]): SearchRecord[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const base = [
    'regroupement', 'organismes', 'logement', 'social', 'bailleurs', 'habitat', 'politiques', 'locales', 'société', 'coordination',
    'fusion', 'adossement', 'groupe', 'territoire', 'intercommunalité', 'coopération', 'patrimoine', 'locataires', 'gouvernance',
    'stratégie', 'conventions', 'utilité', 'programme', 'office', 'public', 'entreprise', 'sociale', 'collectivités', 'département',
    'réseau', 'partenariats', 'écosystème', 'acteurs', 'élus', 'loyers', 'quartiers', 'rénovation', 'attributions', 'demandeurs',
  ];
  const words = [...new Set([...base, ...seedWords.filter((word) => word.length > 3)])];
  const glue = ['le', 'la', 'les', 'des', 'de', 'du', 'et', 'pour', 'dans', 'avec', 'l’', 'd’', 'une', 'un'];
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const phrase = (length: number) =>
    Array.from({length}, (_, i) => (i % 3 === 1 ? `${pick(glue)} ${pick(words)}` : pick(words)))
      .join(' ')
      .replace(/’ /g, '’');
  const records: SearchRecord[] = [];
  for (let p = 0; p < pages; p++) {
    const url = `/synthetique/page-${p}`;
    const pageTitle = phrase(4);
    records.push({type: 'article', url, page: url, pageTitle, trail: [], title: pageTitle, text: `${phrase(40)}.`, themes: []});
    for (let s = 0; s < 4; s++) {
      const title = phrase(3);
      records.push({type: 'article', url: `${url}#section-${s}`, page: url, pageTitle, trail: [], title, text: `${phrase(60)}. ${phrase(30)}.`, themes: []});
    }
  }
  return records;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

function report(title: string, records: SearchRecord[], pages: number, rounds: number): void {
  const ours = measureOurs(records, rounds);
  const theirs = measureLunr(records, rounds);
  const rows: [string, string, string][] = [
    ['Enregistrements / pages', `${records.length} / ${pages}`, `${records.length} / ${pages}`],
    ['Index brut (avec textes pour extraits)', kb(ours.rawBytes), `${kb(theirs.rawBytes)} (+ textes : ${kb(theirs.withStoreRaw)})`],
    ['Index gzip (avec textes pour extraits)', kb(ours.gzipBytes), `${kb(theirs.gzipBytes)} (+ textes : ${kb(theirs.withStoreGzip)})`],
    ['Gzip par page', `${(ours.gzipBytes / pages / 1024).toFixed(2)} Ko`, `${(theirs.gzipBytes / pages / 1024).toFixed(2)} Ko (+ textes : ${(theirs.withStoreGzip / pages / 1024).toFixed(2)} Ko)`],
    ['Construction', ms(ours.buildMs), ms(theirs.buildMs)],
    ['Chargement (JSON.parse + import)', ms(ours.loadMs), ms(theirs.loadMs)],
    ['Requête p50 (classement)', ms(ours.p50), ms(theirs.p50)],
    ['Requête p95 (classement)', ms(ours.p95), ms(theirs.p95)],
    [`Requête p50 (+ extraits des ${SHOWN} premiers)`, ms(ours.withSnippetsP50), '—'],
    [`Requête p95 (+ extraits des ${SHOWN} premiers)`, ms(ours.withSnippetsP95), '—'],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  const width2 = Math.max(...rows.map((row) => row[1].length), 'FlexSearch + analyseur'.length);
  console.log(`\n## ${title}\n`);
  console.log(`${''.padEnd(width)}  ${'FlexSearch + analyseur'.padEnd(width2)}  lunr + lunr-languages (fr)`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(width)}  ${a.padEnd(width2)}  ${b}`);
  console.log(
    `Classement : ${(theirs.p50 / ours.p50).toFixed(1)}× plus rapide que lunr (p50), ${(theirs.p95 / ours.p95).toFixed(1)}× (p95) ; ` +
      `avec les extraits surlignés : ${(theirs.p50 / ours.withSnippetsP50).toFixed(1)}× (p50), ${(theirs.p95 / ours.withSnippetsP95).toFixed(1)}× (p95).`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const siteArg = args.indexOf('--site');
  const site = path.resolve(siteArg >= 0 ? args[siteArg + 1] : 'build');
  const file = findIndexFile(site);
  if (!file) {
    console.error(`Aucun index de recherche dans « ${site}/search-index/ » : lancez d’abord « npm run build » (ou --site <dossier>).`);
    process.exit(2);
  }
  const engine = new SearchEngine(readIndexFile(file));
  const records = Array.from({length: engine.recordCount}, (_, id) => engine.record(id));
  const pages = new Set(records.map((record) => record.page)).size;
  console.log(`Banc d’essai de la recherche — ${QUERIES.length} requêtes françaises, Node ${process.version}`);
  report(`Corpus du site (${path.relative(process.cwd(), file) || file})`, records, pages, 200);
  const vocabulary = records.flatMap((record) => record.text.split(/[^\p{L}]+/u)).slice(0, 5000);
  report('Corpus synthétique de 2 000 pages', syntheticCorpus(2000, vocabulary), 2000, 10);
}

if (require.main === module) main();
