#!/usr/bin/env node
// `npm test`: every layer, the slow ones side by side on the machine's cores.
//   lane 1: type check → lint → unit tests;
//   lane 2: the test sites (tests/support/sites.ts: the real site, and a copy with
//           publications built twice), built once for the whole run;
// then the checks of the built sites and the browser journeys, against those builds,
// in parallel files sharing one Chromium. A red lane stops the run.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'tests/.output');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const started = Date.now();
const children = new Set();

/** Runs one step; its output is shown as it comes when `live`, else at its end (lanes would interleave). */
function step(title, command, args, {env = {}, live = false} = {}) {
  const begin = Date.now();
  if (live) console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd: root, env: {...process.env, ...env}, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe']});
    children.add(child);
    let text = '';
    child.stdout?.on('data', (chunk) => (text += chunk));
    child.stderr?.on('data', (chunk) => (text += chunk));
    child.on('close', (code) => {
      children.delete(child);
      const seconds = ((Date.now() - begin) / 1000).toFixed(1);
      if (!live) console.log(`\n▶ ${title}\n${text.trimEnd()}`);
      if (code === 0) console.log(`✔ ${title} (${seconds} s)`);
      else console.error(`✖ ${title} : échec (${seconds} s).`);
      resolve(code === 0);
    });
  });
}

function stop(code, closingLine) {
  for (const child of children) child.kill('SIGTERM');
  console.log(`\nDurée totale : ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (closingLine) console.log(closingLine);
  process.exit(code);
}

/** Debian packages the suite needs: Chromium (browser tests) and a Java runtime (W3C checker, vnu-jar). */
async function ensureSystemPackages() {
  const missing = [];
  if (![process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some((file) => file && fs.existsSync(file))) missing.push('chromium', 'fonts-dejavu-core');
  if (!fs.existsSync('/usr/bin/java')) missing.push('default-jre-headless');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(
      `Les tests ont besoin des paquets Debian ${missing.join(', ')} (Chromium pour le navigateur, Java pour le validateur W3C) : ` +
        `sudo apt-get install ${missing.join(' ')} (ou CHROME_PATH vers un Chromium).`,
    );
    process.exit(1);
  }
  const ok = await step(`Installation de ${missing.join(', ')} (apt-get)`, 'sh', [
    '-c',
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')} >/dev/null`,
  ]);
  if (!ok) stop(1);
}

const reports = [];
function vitestArgs(name, projects) {
  const report = path.join(output, `${name}.json`);
  reports.push(report);
  return ['run', ...projects.flatMap((project) => ['--project', project]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
}

async function lane(steps) {
  for (const [title, command, args, options] of steps) {
    if (!(await step(title, command, args, options))) return false;
  }
  return true;
}

await ensureSystemPackages();
fs.mkdirSync(output, {recursive: true});
for (const report of ['unit.json', 'site.json']) fs.rmSync(path.join(output, report), {force: true});
const lanes = await Promise.all([
  lane([
    ['Vérification des types (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
    ['Lint (eslint)', bin('eslint'), ['.']],
    ['Tests unitaires', bin('vitest'), vitestArgs('unit', ['unit'])],
  ]),
  lane([['Construction des sites de test (réel, copie publiée, copie sous /boussole/)', bin('tsx'), ['tests/support/build-sites.ts']]]),
]);
if (lanes.includes(false)) stop(1);
const siteOk = await step('Tests des sites construits et du navigateur', bin('vitest'), vitestArgs('site', ['build', 'browser']), {
  env: {BOUSSOLE_TEST_SITES: 'prêts'},
  live: true,
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports) {
  if (!fs.existsSync(report)) continue;
  const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  skipped += summary.numPendingTests + summary.numTodoTests;
}
console.log(siteOk && failed === 0 ? '\nTous les tests sont passés.' : '\nDes tests ont échoué.');
// The plain closing line CI reads, last; skipped tests are counted too (lint forbids them: any is a failure).
stop(siteOk && failed === 0 && skipped === 0 ? 0 : 1, `${passed} passed, ${failed} failed, ${skipped} skipped`);
