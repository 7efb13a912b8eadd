import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {firstLoadReferences, formatComparison, measureFirstLoad, sizeRatio} from '../first-load';

const html =
  '<!doctype html><html><head><link rel=preload href=/assets/js/lazy.js as=script>' +
  '<link rel=stylesheet href=/assets/css/styles.css /><script>inline()</script>' +
  '<script src=/assets/js/runtime.js defer></script><script src=/assets/js/main.js defer></script></head><body></body></html>';

describe('first-load size', () => {
  it('counts only blocking scripts and stylesheets, not preloads or inline code', () => {
    expect(firstLoadReferences(html)).toEqual([
      {kind: 'css', href: '/assets/css/styles.css'},
      {kind: 'js', href: '/assets/js/runtime.js'},
      {kind: 'js', href: '/assets/js/main.js'},
    ]);
  });

  it('counts the scripts that the loader of the page adds after the first paint, in order', () => {
    const withLoader =
      '<!doctype html><html><head><link rel=stylesheet href=/assets/css/styles.css /></head><body><main></main>' +
      `<script data-scripts='["/assets/js/runtime.js","/assets/js/main.js"]'>load()</script></body></html>`;
    expect(firstLoadReferences(withLoader)).toEqual([
      {kind: 'css', href: '/assets/css/styles.css'},
      {kind: 'js', href: '/assets/js/runtime.js'},
      {kind: 'js', href: '/assets/js/main.js'},
    ]);
  });

  it('sums the gzip sizes of the files of a built site', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-load-'));
    fs.mkdirSync(path.join(dir, 'assets/js'), {recursive: true});
    fs.mkdirSync(path.join(dir, 'assets/css'), {recursive: true});
    const files = {
      'assets/css/styles.css': 'a{color:red}'.repeat(50),
      'assets/js/runtime.js': 'var runtime = 1;',
      'assets/js/main.js': Array.from({length: 400}, (_, i) => `f${i}();`).join(''),
    };
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    const gz = (name: keyof typeof files) => zlib.gzipSync(files[name], {level: 9}).length;
    const measured = measureFirstLoad(dir);
    expect(measured.css).toBe(gz('assets/css/styles.css'));
    expect(measured.js).toBe(gz('assets/js/runtime.js') + gz('assets/js/main.js'));
    expect(measured.total).toBe(measured.js + measured.css);
  });

  it('compares with the baseline and says whether the budget holds', () => {
    const baseline = {assets: [], js: 1000, css: 200, total: 1200};
    const heavier = {assets: [], js: 1100, css: 250, total: 1350};
    expect(sizeRatio(heavier, baseline)).toBeCloseTo(1.125);
    expect(formatComparison(heavier, baseline, 1.1)).toContain('Hors budget : +12.5 %');
    expect(formatComparison(baseline, baseline, 1.1)).toContain('Dans le budget : 0.0 %');
  });
});
