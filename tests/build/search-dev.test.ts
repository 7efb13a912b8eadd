import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {afterAll, describe, expect, inject, it, vi} from 'vitest';
import {findIndexFile, openIndexFile} from '../../src/plugins/search/build/index-file';
import {ROOT} from '../support/paths';

const siteDir = inject('siteDir');
let server: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The URL's first successful answer, asked again every half second (vitest's waitFor) until `timeout`. */
async function firstAnswer(url: string, timeout: number): Promise<Response> {
  return vi
    .waitFor(
      async () => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response;
      },
      {timeout, interval: 500},
    )
    .catch((error: Error) => {
      throw new Error(`${url} ne répond pas (${error.message})`);
    });
}

afterAll(() => {
  // The whole process group: npx-less node process started below, detached.
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already stopped.
  }
});

describe('search under docusaurus start', () => {
  it('serves the same content-hashed index as the build: its entry and its fragments', async () => {
    const built = findIndexFile(siteDir);
    expect(built).not.toBeNull();
    const port = await freePort();
    server = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'start', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
      {cwd: ROOT, detached: true, stdio: 'pipe', env: {...process.env, NODE_ENV: 'development', BROWSERSLIST_ENV: 'development', BROWSER: 'none'}},
    );
    // Keep the pipes drained (a full pipe would block the server); the output shows on failure.
    let output = '';
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    server.on('exit', (code) => (output += `\n[arrêt du serveur : ${code}]`));
    const response = await firstAnswer(`http://127.0.0.1:${port}/search-index/${path.basename(built!)}`, 100_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.slice(-2000)}`);
    });
    expect(await response.text()).toBe(fs.readFileSync(built!, 'utf8'));
    // The fragments are plain static files next to it, served as they are built.
    const fragments = openIndexFile(built!).allFragmentPaths();
    for (const fragment of [fragments[0], fragments[fragments.length - 1]]) {
      const served = await fetch(`http://127.0.0.1:${port}/search-index/${fragment}`);
      expect(served.status, fragment).toBe(200);
      expect(await served.text()).toBe(fs.readFileSync(path.join(path.dirname(built!), fragment), 'utf8'));
    }
  }, 120_000);
});
