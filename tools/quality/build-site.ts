/** Building the site from the maintainers' tools and the tests. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const DOCUSAURUS_BIN = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

/**
 * Builds a Docusaurus site (the real one by default) into `outDir` with the
 * given environment. Throws with the build's own output when it fails, so a
 * failing test shows the Docusaurus message.
 */
export function buildSite(options: {
  siteDir?: string;
  outDir: string;
  env?: Record<string, string>;
}): {stdout: string; stderr: string} {
  const siteDir = options.siteDir ?? ROOT;
  fs.rmSync(options.outDir, {recursive: true, force: true});
  const result = spawnSync(
    process.execPath,
    [DOCUSAURUS_BIN, 'build', siteDir, '--out-dir', options.outDir],
    {cwd: siteDir, env: {...process.env, ...options.env}, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024},
  );
  if (result.status !== 0) {
    throw new Error(`docusaurus build failed for ${siteDir}:\n${result.stdout}\n${result.stderr}`);
  }
  return {stdout: result.stdout, stderr: result.stderr};
}
