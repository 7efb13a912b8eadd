import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {PAGE_2_WORD} from '../../plugins/journees/__tests__/__fixtures__/make-slides';
import {tidyRecognisedText} from '../ocr';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(__dirname, '__fixtures__');

describe('text recognition (tesseract.js, French)', () => {
  it('reads a slide and nothing from a picture without text, with every network use refused', {timeout: 120_000}, () => {
    // NODE_OPTIONS reaches the process tsx starts for the script, and every worker thread of it.
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(FIXTURES, 'recognise-offline.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(FIXTURES, 'no-network.cjs')}`.trim()},
    });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {blockedInMain: boolean; blockedInWorker: boolean; slideText: string; shapesText: string};
    // The block is real in the process and in worker threads, where tesseract.js runs its engine…
    expect(report).toMatchObject({blockedInMain: true, blockedInWorker: true});
    // …and the only attempts are those two probes: the engine and the French model came from node_modules.
    expect(result.stderr.trim().split('\n')).toEqual(['TENTATIVE RÉSEAU : connexion TCP vers 127.0.0.1:9', 'TENTATIVE RÉSEAU : connexion TCP vers 127.0.0.1:9']);
    expect(report.slideText).toContain('Gouvernance de la société de coordination');
    expect(report.slideText).toContain(`Le pacte ${PAGE_2_WORD} fixe les engagements des associés`);
    expect(report.slideText).toContain('conseil d’administration');
    expect(report.shapesText).toBe('');
  });

  it('tidies recognised text as the site writes French', () => {
    expect(tidyRecognisedText("  Un conseil\nd'administration  l'ancrage ' seul ")).toBe('Un conseil d’administration l’ancrage \' seul');
  });
});
