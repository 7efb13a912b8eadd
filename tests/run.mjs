#!/usr/bin/env node
// `npm test`: every layer in order, stopping at the first red one.
// 1. type check + lint, 2. unit tests, 3. one production build, then the
// build checks and the browser journeys against that same build.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.join(root, 'tests/.output/site');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

function step(title, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} : échec (${seconds} s).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

function findChromium() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && fs.existsSync(candidate),
  );
}

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      'Les tests navigateur ont besoin de Chromium : installez le paquet Debian « chromium » ' +
        '(sudo apt-get install chromium) ou indiquez le chemin du navigateur dans CHROME_PATH.',
    );
    process.exit(1);
  }
  step('Installation de Chromium (apt-get)', 'sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null',
  ]);
}

ensureChromium();
step('Vérification des types (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('Lint (eslint)', bin('eslint'), ['.']);
const reports = [];
function vitestArgs(name, projects) {
  const report = path.join(root, 'tests/.output', `${name}.json`);
  reports.push(report);
  return ['run', ...projects.flatMap((project) => ['--project', project]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
}

step('Tests unitaires', bin('vitest'), vitestArgs('unit', ['unit']));
step('Construction du site', process.execPath, [
  path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
  'build',
  '--out-dir',
  siteDir,
]);
step('Tests du site construit et du navigateur', bin('vitest'), vitestArgs('site', ['build', 'browser']), {
  BOUSSOLE_TEST_SITE: siteDir,
});
let passed = 0;
let failed = 0;
for (const report of reports) {
  const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
}
console.log('\nTous les tests sont passés.');
// The plain closing line CI reads.
console.log(`${passed} passed, ${failed} failed`);
