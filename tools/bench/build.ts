/**
 * `npm run bench:build`: how long the production build takes with and without
 * Docusaurus Faster, measured in one process, side by side:
 *   1. cold build with the classic toolchain (Webpack, Babel, Terser) — the baseline;
 *   2. cold build with Faster (Rspack, SWC, Lightning CSS), cache emptied;
 *   3. warm rebuild with Faster, reusing Rspack's persistent cache.
 * Each build goes to a temporary folder; the site's own build/ is untouched.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DOCUSAURUS_BIN as docusaurus, ROOT as root} from '../quality/build-site';

const cacheDir = path.join(root, 'node_modules/.cache');

function build(label: string, env: Record<string, string>, clearCache: boolean): {label: string; seconds: number} {
  if (clearCache) {
    fs.rmSync(cacheDir, {recursive: true, force: true});
    fs.rmSync(path.join(root, '.docusaurus'), {recursive: true, force: true});
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-bench-build-'));
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [docusaurus, 'build', '--out-dir', outDir], {
    cwd: root,
    env: {...process.env, ...env},
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.rmSync(outDir, {recursive: true, force: true});
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`La construction « ${label} » a échoué.`);
  }
  return {label, seconds};
}

const rows = [
  build('Sans Faster (Webpack, à froid)', {BOUSSOLE_FASTER: '0'}, true),
  build('Faster (Rspack, à froid)', {BOUSSOLE_FASTER: '1'}, true),
  build('Faster (Rspack, cache persistant)', {BOUSSOLE_FASTER: '1'}, false),
];
const baseline = rows[0].seconds;
console.log(`\nConstruction du site — ${os.cpus().length} cœurs, Node ${process.version}\n`);
console.log('| Construction | Durée | Rapport à la référence |');
console.log('|---|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.label} | ${row.seconds.toFixed(1)} s | ×${(baseline / row.seconds).toFixed(2)} |`);
}
