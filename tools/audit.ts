/**
 * `npm run audit [-- --dir build --pages /,/ressources --presets mobile,desktop --runs 3 --desktop-runs 3]`
 *
 * Lighthouse budgets on an existing build (this command builds nothing): the
 * build is served with gzip on 127.0.0.1, Debian's Chromium is driven
 * headless without network, and each page is audited with the mobile and
 * desktop presets. Prints a table; exits 1 if any score is under its budget
 * (performance 95, accessibility, best practices and SEO 100). Each page is
 * audited --runs times (3 by default; --desktop-runs for the desktop profile, whose
 * scores vary less) and the median kept, as Lighthouse's
 * own documentation advises against run-to-run variance.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {startStaticServer} from './quality/static-server';
import {chromiumPath} from './quality/chromium';
import {budgetFailures, CATEGORIES, formatScoreTable, median, medianRow, toPercent, type AuditRow, type Preset} from './quality/budgets';

export const DEFAULT_PAGES = ['/', '/themes/se-regrouper', '/themes/se-regrouper/fusion', '/journees/2022-03-22', '/ressources', '/recherche'];
const PRESETS: Preset[] = ['mobile', 'desktop'];

class UsageError extends Error {}

function readOptions(argv: string[]): {dir: string; pages: string[]; presets: Preset[]; runs: Record<Preset, number>} {
  const {values} = parseArgs({
    args: argv,
    options: {
      dir: {type: 'string', default: 'build'},
      pages: {type: 'string', default: DEFAULT_PAGES.join(',')},
      presets: {type: 'string', default: PRESETS.join(',')},
      runs: {type: 'string', default: '3'},
      'desktop-runs': {type: 'string'},
    },
  });
  const runCount = (option: string, value: string) => {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > 9) throw new UsageError(`--${option} : un entier de 1 à 9 (reçu : ${value}).`);
    return count;
  };
  const mobileRuns = runCount('runs', values.runs!);
  const runs = {mobile: mobileRuns, desktop: runCount('desktop-runs', values['desktop-runs'] ?? String(mobileRuns))};
  const dir = path.resolve(values.dir!);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new UsageError(
      `Aucun site construit dans ${dir} (index.html absent). Lancez d’abord « npm run build » (ou « npx docusaurus build --out-dir <dossier> ») puis « npm run audit -- --dir <dossier> ».`,
    );
  }
  const pages = values.pages!.split(',').map((page) => page.trim()).filter(Boolean);
  const invalid = pages.filter((page) => !page.startsWith('/'));
  if (invalid.length) throw new UsageError(`--pages : chaque page doit commencer par « / » (reçu : ${invalid.join(', ')}).`);
  const presets = values.presets!.split(',').map((preset) => preset.trim()) as Preset[];
  const unknown = presets.filter((preset) => !PRESETS.includes(preset));
  if (unknown.length) throw new UsageError(`--presets : valeurs possibles mobile et desktop (reçu : ${unknown.join(', ')}).`);
  return {dir, pages, presets, runs};
}

/** Lighthouse ships ESM only; load it (and its Chrome launcher) at run time from this CommonJS project. */
async function loadLighthouse() {
  const {default: lighthouse} = await import('lighthouse');
  const {default: desktopConfig} = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  return {lighthouse, desktopConfig, chromeLauncher};
}

async function main(): Promise<number> {
  const {dir, pages, presets, runs} = readOptions(process.argv.slice(2));
  const {lighthouse, desktopConfig, chromeLauncher} = await loadLighthouse();
  const server = await startStaticServer(dir, {compress: true});
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: AuditRow[] = [];
  const benchmarkIndexes: number[] = [];
  try {
    for (const page of pages) {
      for (const preset of presets) {
        const url = `${server.url}${page}`;
        process.stdout.write(`Lighthouse ${preset.padEnd(7)} ${page} … `);
        const runRows: AuditRow[] = [];
        for (let run = 0; run < runs[preset]; run += 1) {
          const result = await lighthouse(
            url,
            {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]},
            preset === 'desktop' ? desktopConfig : undefined,
          );
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
                (lhr.categories[category]?.auditRefs ?? [])
                  .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
                  .map((ref) => ref.id),
              ]),
            ),
          });
          process.stdout.write(`${runRows[run].scores.performance ?? '—'} `);
        }
        const row = medianRow(runRows);
        console.log(`→ ${CATEGORIES.map((category) => row.scores[category] ?? '—').join(' / ')}`);
        rows.push(row);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const runsText = runs.mobile === runs.desktop ? `${runs.mobile} passage(s) par page et profil` : `${runs.mobile} passage(s) par page en mobile, ${runs.desktop} en bureau`;
  console.log(`\nMédiane de ${runsText} ; indice de performance de la machine (benchmarkIndex) : ${median(benchmarkIndexes)}.`);
  console.log(`\n${formatScoreTable(rows)}\n`);
  const failures = budgetFailures(rows);
  if (failures.length) {
    console.error(`Budgets non tenus (${failures.length}) :\n- ${failures.join('\n- ')}`);
    return 1;
  }
  console.log(`Budgets tenus sur ${rows.length} audits (performance ≥ 95, accessibilité, bonnes pratiques et SEO = 100).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
