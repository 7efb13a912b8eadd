/**
 * `npm run audit [-- --dir build] [--all | --pages /,/ressources] [--presets mobile,desktop] [--runs 3] [--desktop-runs 3]`
 *
 * Lighthouse budgets on an existing build (this command builds only the
 * yardstick): one page of every template by default (tools/quality/budgets.ts,
 * the CI budget), or with --all every route of the sitemap once. A fresh
 * classic Docusaurus site (tools/fixtures/classic-baseline) is built and
 * measured in the same run, page for page of the same kind, so that the table
 * shows the margin and a machine too slow for the classic site itself does not
 * decide. Both sites are served with gzip on 127.0.0.1 and audited in Debian's
 * Chromium without network. Each page is audited --runs times (--desktop-runs
 * for the desktop profile) and the median kept, as Lighthouse advises against
 * run-to-run variance. Exits 1 if a score is under what it must reach.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {buildSite, ROOT} from './quality/build-site';
import {startStaticServer, type StaticServer} from './quality/static-server';
import {chromiumPath} from './quality/chromium';
import {readSitemapRoutes} from './quality/sitemap';
import {
  belowBudget,
  budgetFailures,
  BUDGETS,
  CATEGORIES,
  classicCounterpart,
  formatScoreTable,
  median,
  medianRow,
  TEMPLATES,
  toPercent,
  type AuditRow,
  type ComparedRow,
  type Preset,
} from './quality/budgets';

const PRESETS: Preset[] = ['mobile', 'desktop'];
const CLASSIC_SITE = path.join(ROOT, 'tools/fixtures/classic-baseline');

class UsageError extends Error {}

interface Options {
  dir: string;
  targets: {template: string; page: string; classic: string}[];
  presets: Preset[];
  runs: Record<Preset, number>;
}

function readOptions(argv: string[]): Options {
  const {values} = parseArgs({
    args: argv,
    options: {
      dir: {type: 'string', default: 'build'},
      pages: {type: 'string'},
      all: {type: 'boolean', default: false},
      presets: {type: 'string', default: PRESETS.join(',')},
      runs: {type: 'string'},
      'desktop-runs': {type: 'string'},
    },
  });
  const runCount = (option: string, value: string) => {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > 9) throw new UsageError(`--${option} : un entier de 1 à 9 (reçu : ${value}).`);
    return count;
  };
  // --all audits each route once unless told otherwise; the template pages, three times.
  const mobileRuns = runCount('runs', values.runs ?? (values.all ? '1' : '3'));
  const runs = {mobile: mobileRuns, desktop: runCount('desktop-runs', values['desktop-runs'] ?? String(mobileRuns))};
  const dir = path.resolve(values.dir!);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new UsageError(
      `Aucun site construit dans ${dir} (index.html absent). Lancez d’abord « npm run build » (ou « npx docusaurus build --out-dir <dossier> ») puis « npm run audit -- --dir <dossier> ».`,
    );
  }
  if (values.all && values.pages) throw new UsageError('--all et --pages s’excluent : --all audite chaque adresse du plan du site.');
  let targets = TEMPLATES;
  if (values.all) {
    const routes = readSitemapRoutes(dir);
    const base = routes.reduce((shortest, route) => (route.length < shortest.length ? route : shortest));
    targets = [...routes.map((route) => `/${route.slice(base.length)}`), '/404.html'].map((page) => ({template: '—', page, classic: classicCounterpart(page)}));
  } else if (values.pages) {
    const pages = values.pages.split(',').map((page) => page.trim()).filter(Boolean);
    const invalid = pages.filter((page) => !page.startsWith('/'));
    if (invalid.length) throw new UsageError(`--pages : chaque page doit commencer par « / » (reçu : ${invalid.join(', ')}).`);
    targets = pages.map((page) => TEMPLATES.find((template) => template.page === page) ?? {template: '—', page, classic: classicCounterpart(page)});
  }
  const presets = values.presets!.split(',').map((preset) => preset.trim()) as Preset[];
  const unknown = presets.filter((preset) => !PRESETS.includes(preset));
  if (unknown.length) throw new UsageError(`--presets : valeurs possibles mobile et desktop (reçu : ${unknown.join(', ')}).`);
  return {dir, targets, presets, runs};
}

/** Lighthouse ships ESM only; load it (and its Chrome launcher) at run time from this CommonJS project. */
async function loadLighthouse() {
  const {default: lighthouse} = await import('lighthouse');
  const {default: desktopConfig} = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  return {lighthouse, desktopConfig, chromeLauncher};
}

type Lighthouse = Awaited<ReturnType<typeof loadLighthouse>>;

/** The median of `runs` Lighthouse runs of one page with one profile. */
async function auditPage(lh: Lighthouse, port: number, server: StaticServer, page: string, preset: Preset, runs: number, benchmarkIndexes: number[]): Promise<AuditRow> {
  const url = `${server.url}${page}`;
  const runRows: AuditRow[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await lh.lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]}, preset === 'desktop' ? lh.desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse n’a rendu aucun résultat pour ${url}.`);
    if (lhr.runtimeError) throw new Error(`Lighthouse n’a pas pu charger ${url} : ${lhr.runtimeError.message}`);
    benchmarkIndexes.push(lhr.environment.benchmarkIndex);
    runRows.push({
      page,
      preset,
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, toPercent(lhr.categories[category]?.score)])) as AuditRow['scores'],
      failingAudits: Object.fromEntries(
        CATEGORIES.map((category) => [
          category,
          (lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9).map((ref) => ref.id),
        ]),
      ),
    });
  }
  return medianRow(runRows);
}

const scoresText = (row: AuditRow) => CATEGORIES.map((category) => row.scores[category] ?? '—').join(' / ');

async function main(): Promise<number> {
  const {dir, targets, presets, runs} = readOptions(process.argv.slice(2));
  const lh = await loadLighthouse();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-audit-'));
  const classicDir = path.join(workDir, 'classique');
  console.log('Construction du site Docusaurus classique de référence…');
  buildSite({siteDir: CLASSIC_SITE, outDir: classicDir});
  const server = await startStaticServer(dir, {compress: true});
  const classicServer = await startStaticServer(classicDir, {compress: true});
  const chrome = await lh.chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: ComparedRow[] = [];
  const benchmarkIndexes: number[] = [];
  try {
    // The classic pages first, each once per profile (several Boussole pages share one).
    const classicRows = new Map<string, AuditRow>();
    for (const classicPage of new Set(targets.map((target) => target.classic))) {
      for (const preset of presets) {
        process.stdout.write(`Lighthouse ${preset.padEnd(7)} classique ${classicPage} … `);
        const row = await auditPage(lh, chrome.port, classicServer, classicPage, preset, runs[preset], benchmarkIndexes);
        classicRows.set(`${preset} ${classicPage}`, row);
        console.log(scoresText(row));
      }
    }
    for (const target of targets) {
      for (const preset of presets) {
        process.stdout.write(`Lighthouse ${preset.padEnd(7)} ${target.page} … `);
        const row = await auditPage(lh, chrome.port, server, target.page, preset, runs[preset], benchmarkIndexes);
        console.log(scoresText(row));
        rows.push({template: target.template, row, classic: classicRows.get(`${preset} ${target.classic}`)!});
      }
    }
  } finally {
    chrome.kill();
    await Promise.all([server.close(), classicServer.close()]);
    fs.rmSync(workDir, {recursive: true, force: true});
  }
  const runsText = runs.mobile === runs.desktop ? `${runs.mobile} passage(s) par page et profil` : `${runs.mobile} passage(s) par page en mobile, ${runs.desktop} en bureau`;
  console.log(`\nMédiane de ${runsText} ; indice de performance de la machine (benchmarkIndex) : ${median(benchmarkIndexes)}.`);
  console.log('B : Boussole ; C : la page du même type d’un site Docusaurus classique neuf, mesurée dans ce même passage.');
  console.log(`\n${formatScoreTable(rows)}\n`);
  const failures = budgetFailures(rows);
  if (failures.length) {
    console.error(`Budgets non tenus (${failures.length}) :\n- ${failures.join('\n- ')}`);
    return 1;
  }
  const budgetText = presets.map((preset) => `${preset} : performance ≥ ${BUDGETS[preset].performance}`).join(', ');
  const below = belowBudget(rows);
  console.log(`Budgets tenus sur ${rows.length} audits (${budgetText} ; accessibilité, bonnes pratiques et SEO = 100).`);
  if (below.length) console.log(`Sous le budget lui-même, admis parce que le site classique fait moins dans ce passage (${below.length}) :\n- ${below.join('\n- ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
