/**
 * The W3C Nu HTML Checker (vnu-jar, Debian's Java) on every HTML page of the
 * three test sites, in one JVM call (its start costs more than the pages).
 * A known-bad page goes through the same call, so a checker that reports
 * nothing cannot pass for a clean site.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {ROOT, TEST_OUTPUT} from '../support/paths';

// The jar that the vnu-jar package ships (its own launcher would download a Java runtime).
const vnuJar = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const sites = inject('sites');
const CANARY = path.join(TEST_OUTPUT, 'vnu-canary.html');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url: string;
  lastLine?: number;
  message: string;
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name));
}

let messages: VnuMessage[] = [];
const checked = Object.values(sites).flatMap((site) => htmlFiles(site.dir));

beforeAll(async () => {
  fs.writeFileSync(
    CANARY,
    '<!doctype html><html lang=fr><head><title>Témoin</title></head><body><main><h1>Témoin</h1><pre><code><div>ligne</div></code></pre><h3>Saut</h3></main></body></html>',
  );
  // vnu exits 1 when it finds errors; its JSON report is what counts.
  const run = promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--stdout', CANARY, ...checked], {maxBuffer: 64 * 1024 * 1024}).catch(
    (error: {stdout?: string; code?: number | string}) => {
      if (error.code === 'ENOENT') throw new Error('Java est introuvable : installez le paquet Debian « default-jre-headless » (tests/run.mjs le fait quand il manque).');
      return {stdout: error.stdout ?? ''};
    },
  );
  messages = (JSON.parse((await run).stdout) as {messages: VnuMessage[]}).messages;
}, 180_000);

const fileOf = (message: VnuMessage) => decodeURIComponent(new URL(message.url).pathname);

describe('W3C Nu HTML Checker (vnu-jar)', () => {
  it('checks every HTML page of the three sites', () => {
    expect(checked.length).toBeGreaterThan(150);
    expect(messages.filter((message) => message.type === 'non-document-error')).toEqual([]);
  });

  const findings = () =>
    messages.filter((message) => fileOf(message) !== CANARY).map((message) => `${path.relative(TEST_OUTPUT, fileOf(message))}:${message.lastLine ?? '?'} ${message.message}`);

  it('reports no error on any page', () => {
    expect(findings()).toEqual([]);
  });

  it('still reports the errors it is there for (a known-bad page checked in the same call)', () => {
    const canary = messages.filter((message) => fileOf(message) === CANARY).map((message) => message.message);
    expect(canary.some((message) => /Element “div” not allowed as child of element “code”/.test(message))).toBe(true);
    expect(canary.some((message) => /heading “h3”.*skipping/.test(message))).toBe(true);
  });
});
