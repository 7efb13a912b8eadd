import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildAtomically, buildFailureSummary} from '../safe-build';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'safe-build-'));
}

describe('buildAtomically', () => {
  it('replaces the previous site only when the build succeeds', async () => {
    const root = tempDir();
    const out = path.join(root, 'build');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'ancien.html'), 'ancien');
    await buildAtomically(out, (staging) => fs.writeFileSync(path.join(staging, 'index.html'), 'nouveau'));
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readdirSync(root)).toEqual(['build']);
  });

  it('keeps the previous site and removes the partial output when the build fails', async () => {
    const root = tempDir();
    const out = path.join(root, 'build');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'ancien');
    await expect(
      buildAtomically(out, (staging) => {
        fs.writeFileSync(path.join(staging, 'moitie.html'), 'à moitié écrit');
        throw new Error('lien cassé');
      }),
    ).rejects.toThrow('lien cassé');
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('ancien');
    expect(fs.readdirSync(root)).toEqual(['build']);
  });

  it('leaves no output directory when a first build fails', async () => {
    const root = tempDir();
    await expect(buildAtomically(path.join(root, 'build'), () => Promise.reject(new Error('YAML')))).rejects.toThrow('YAML');
    expect(fs.readdirSync(root)).toEqual([]);
  });
});

describe('buildFailureSummary', () => {
  it('keeps the lines naming the file or page and the reason', () => {
    const output = [
      '[ERROR] Error: Unable to build website for locale fr.',
      '    at foo (bar.js:1:1)',
      '  [cause]: Error: Docusaurus found broken links!',
      '  - Broken link on source page path = /themes:',
      '     -> linking to /fusions-absentes',
      '    [cause]: Error: Tags [inconnue] used in index.md are not defined in tags.yml',
    ].join('\n');
    expect(buildFailureSummary(output)).toEqual([
      '- Broken link on source page path = /themes:',
      '-> linking to /fusions-absentes',
      'Tags [inconnue] used in index.md are not defined in tags.yml',
    ]);
  });
});
