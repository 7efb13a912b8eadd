/**
 * npm run bench:search [-- --site build] [--pages 2000,10000] [--json]
 * This site's search side by side with the engines a user would pick instead — lunr
 * (lunr-languages fr), Orama (French stemmer and stop words) and Pagefind (its npm package,
 * indexing the built pages) — in one process and one run, on the same corpora: the built
 * site, and the site grown to 2,000 and 10,000 pages with synthetic French pages and PDF
 * pages (tools/bench/search-corpus.ts). For each engine and corpus: the index on disk (gzip),
 * the download of a first search (code and index files, mean over the relevance suite's
 * queries), the ranking time of a query in memory (p50/p95, after the same warm-up), the
 * build time of the index, and MRR@10 / recall@10 of the relevance suite
 * (tools/bench/search-queries.ts). Query times are CPU time of the process (see cpuMs). It prints
 * numbers; it is not a test.
 * `--json` prints one JSON object {"engines":[{name, corpus, pages, indexGzipBytes,
 * firstSearchBytes, p50Ms, p95Ms, buildMs, mrr10, recall10}]}.
 */
import path from 'node:path';
import {grownCorpus, siteCorpus, type Corpus} from './search-corpus';
import {boussoleEngine, lunrEngine, oramaEngine, pagefindEngine, type BuiltEngine, type EngineUnderTest} from './search-engines';
import {RELEVANCE_CASES, scoreRelevance} from './search-queries';

/** The queries timed and downloaded: those of the relevance suite, keywords and questions. */
const QUERIES = RELEVANCE_CASES.map((testCase) => testCase.query);

/**
 * Before timing, each engine answers the queries for at least this long: V8 optimises hot
 * code only after many calls, and every engine is measured once it has (steady state).
 */
const WARM_UP_MS = 1500;
/** Then rounds of all the queries, at least MIN_ROUNDS and at least SAMPLE_MS. */
const MIN_ROUNDS = 3;
const SAMPLE_MS = 2000;

/**
 * The time of a query is the CPU time of the process (user + system, microseconds): on a
 * shared machine the wall clock also counts the time other processes hold the cores.
 */
function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

/** A full collection first (node --expose-gc), so that no engine pays for another's garbage. */
const collectGarbage = (globalThis as {gc?: () => void}).gc ?? (() => {});

export interface EngineFigures {
  name: string;
  corpus: string;
  pages: number;
  indexGzipBytes: number;
  firstSearchBytes: number;
  p50Ms: number;
  p95Ms: number;
  buildMs: number;
  mrr10: number;
  recall10: number;
}

interface Extra {
  firstSearchMaxBytes: number;
  withSnippets?: {p50Ms: number; p95Ms: number};
  sameAsWhole?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeQueries(run: (query: string) => unknown): Promise<{p50Ms: number; p95Ms: number}> {
  collectGarbage();
  const once = async (query: string) => {
    const answer = run(query);
    if (answer instanceof Promise) await answer;
  };
  const warmUpStart = performance.now();
  do for (const query of QUERIES) await once(query);
  while (performance.now() - warmUpStart < WARM_UP_MS);
  const samples: number[] = [];
  const sampleStart = performance.now();
  for (let round = 0; round < MIN_ROUNDS || performance.now() - sampleStart < SAMPLE_MS; round++) {
    for (const query of QUERIES) {
      const started = cpuMs();
      const answer = run(query);
      if (answer instanceof Promise) await answer;
      samples.push(cpuMs() - started);
    }
  }
  samples.sort((a, b) => a - b);
  return {p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95)};
}

async function measure(engine: EngineUnderTest, corpus: Corpus): Promise<EngineFigures & Extra> {
  collectGarbage();
  const built: BuiltEngine = await engine.build(corpus);
  try {
    const downloads: number[] = [];
    for (const query of QUERIES) downloads.push(await built.firstSearchBytes(query));
    const relevance = await scoreRelevance(RELEVANCE_CASES, (query) => built.rank(query));
    await built.warm();
    const timing = await timeQueries((query) => built.query(query));
    const withSnippets = built.queryWithSnippets ? await timeQueries((query) => built.queryWithSnippets!(query)) : undefined;
    const sameAsWhole = await built.sameAsWhole?.(QUERIES);
    return {
      name: engine.name,
      corpus: corpus.name,
      pages: corpus.pages,
      indexGzipBytes: built.indexGzipBytes,
      firstSearchBytes: Math.round(downloads.reduce((a, b) => a + b, 0) / downloads.length),
      ...timing,
      buildMs: built.buildMs,
      mrr10: relevance.mrr10,
      recall10: relevance.recall10,
      firstSearchMaxBytes: Math.max(...downloads),
      withSnippets,
      sameAsWhole,
    };
  } finally {
    await built.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1).replace('.', ',')} ms`;
const ratio = (value: number) => value.toFixed(3).replace('.', ',');

function printCorpus(corpus: Corpus, rows: (EngineFigures & Extra)[]): void {
  const lines: [string, (row: EngineFigures & Extra) => string][] = [
    ['Index sur disque (gzip)', (row) => kb(row.indexGzipBytes)],
    ['Index par page (gzip)', (row) => `${(row.indexGzipBytes / row.pages / 1024).toFixed(2).replace('.', ',')} Ko`],
    ['Première recherche : code + index (moyenne)', (row) => kb(row.firstSearchBytes)],
    ['Première recherche (la plus lourde)', (row) => kb(row.firstSearchMaxBytes)],
    ['Requête p50 / p95 (classement, en mémoire)', (row) => `${ms(row.p50Ms)} / ${ms(row.p95Ms)}`],
    ['Requête p50 / p95 avec extraits surlignés', (row) => (row.withSnippets ? `${ms(row.withSnippets.p50Ms)} / ${ms(row.withSnippets.p95Ms)}` : '—')],
    ['Construction de l’index', (row) => ms(row.buildMs)],
    [`MRR@10 / rappel@10 (${RELEVANCE_CASES.length} requêtes)`, (row) => `${ratio(row.mrr10)} / ${ratio(row.recall10)}`],
  ];
  const labelWidth = Math.max(...lines.map(([label]) => label.length));
  const cells = lines.map(([, cell]) => rows.map(cell));
  const widths = rows.map((row, i) => Math.max(row.name.length, ...cells.map((line) => line[i].length)));
  console.log(`\n## ${corpus.name} — ${corpus.pages} pages, ${corpus.records.length} enregistrements\n`);
  console.log(`${''.padEnd(labelWidth)}  ${rows.map((row, i) => row.name.padStart(widths[i])).join('  ')}`);
  lines.forEach(([label], l) => console.log(`${label.padEnd(labelWidth)}  ${cells[l].map((cell, i) => cell.padStart(widths[i])).join('  ')}`));
  for (const row of rows) {
    if (row.sameAsWhole !== undefined) console.log(`${row.name} : mêmes réponses fragmenté et chargé d’un bloc pour ${row.sameAsWhole} requêtes sur ${QUERIES.length}.`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const json = args.includes('--json');
  const site = path.resolve(option('--site') ?? 'build');
  const sizes = (option('--pages') ?? '2000,10000').split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0);
  const log = json ? () => undefined : console.log;
  const siteRecords = await siteCorpus(site).catch((error: Error) => {
    console.error(error.message);
    process.exit(2);
  });
  const corpora = [siteRecords, ...sizes.map((size) => grownCorpus(siteRecords, size))];
  const engines = [boussoleEngine(), lunrEngine(), oramaEngine(), pagefindEngine()];
  log(`Banc d’essai de la recherche — ${QUERIES.length} requêtes françaises (dont ${RELEVANCE_CASES.filter((testCase) => testCase.kind === 'question').length} questions), Node ${process.version}`);
  const figures: (EngineFigures & Extra)[] = [];
  for (const corpus of corpora) {
    const rows: (EngineFigures & Extra)[] = [];
    for (const engine of engines) {
      if (!json) process.stdout.write(`… ${engine.name}, ${corpus.name}\r`);
      rows.push(await measure(engine, corpus));
    }
    figures.push(...rows);
    if (!json) printCorpus(corpus, rows);
  }
  if (json) {
    const engineFigures: EngineFigures[] = figures.map(({name, corpus, pages, indexGzipBytes, firstSearchBytes, p50Ms, p95Ms, buildMs, mrr10, recall10}) => ({
      name,
      corpus,
      pages,
      indexGzipBytes,
      firstSearchBytes,
      p50Ms,
      p95Ms,
      buildMs,
      mrr10,
      recall10,
    }));
    console.log(JSON.stringify({engines: engineFigures}));
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
