/**
 * `npm run build [-- --out-dir <dir>] [other docusaurus build options]`
 *
 * Docusaurus build, made atomic: the site is built into a staging directory
 * and only replaces the output directory (default build/) when the build
 * succeeds. A failed build (broken link, bad front matter, unknown tag…)
 * leaves the previous site untouched and prints what to fix.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {DOCUSAURUS_BIN} from './quality/build-site';
import {buildAtomically, buildFailureSummary} from './quality/safe-build';

function splitOutDir(args: string[]): {outDir: string; rest: string[]} {
  const rest: string[] = [];
  let outDir = 'build';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--out-dir') outDir = args[++index] ?? outDir;
    else if (arg.startsWith('--out-dir=')) outDir = arg.slice('--out-dir='.length);
    else rest.push(arg);
  }
  return {outDir: path.resolve(outDir), rest};
}

/** Runs docusaurus build, echoing its output live and keeping it for the summary. */
function docusaurusBuild(outDir: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(
      process.execPath,
      [DOCUSAURUS_BIN, 'build', ...args, '--out-dir', outDir],
      {cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe']},
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(Object.assign(new Error('build failed'), {output}))));
  });
}

/** A path as the user typed it relative to here, or absolute when it is elsewhere. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? relative : dir;
}

async function main(): Promise<number> {
  const {outDir, rest} = splitOutDir(process.argv.slice(2));
  try {
    await buildAtomically(outDir, (staging) => docusaurusBuild(staging, rest));
    console.log(`Site construit dans ${shown(outDir)}.`);
    return 0;
  } catch (error) {
    const output = (error as {output?: string}).output ?? String(error);
    const summary = buildFailureSummary(output);
    console.error(
      `\nLa construction a échoué : ${shown(outDir)} n’a pas été modifié (aucun site à moitié construit).\n` +
        (summary.length ? `À corriger :\n  ${summary.join('\n  ')}` : output),
    );
    return 1;
  }
}

main().then((code) => process.exit(code));
