import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {firstLoadReferences} from '../../tools/quality/first-load';

const siteDir = inject('siteDir');

/** The code of the scripts a built page loads before anything else. */
function firstLoadCode(page: string): string {
  const html = fs.readFileSync(path.join(siteDir, page), 'utf8');
  const sources = firstLoadReferences(html).filter((reference) => reference.kind === 'js').map((reference) => reference.href);
  expect(sources.length).toBeGreaterThan(0);
  return sources.map((src) => fs.readFileSync(path.join(siteDir, src.replace(/^\//, '')), 'utf8')).join('\n');
}

describe('first load', () => {
  it('leaves Prism out of every page’s first load; it comes with the code blocks (plugins/prism-on-demand)', () => {
    // A hook name of the Prism engine, present in main.js before this change.
    for (const page of ['index.html', 'themes/se-regrouper/fusion.html']) {
      expect(firstLoadCode(page)).not.toContain('before-tokenize');
    }
  });

  it('puts code blocks in the server render as plain preformatted text (highlighted in the browser)', () => {
    const html = fs.readFileSync(path.join(siteDir, 'guide-de-publication.html'), 'utf8');
    expect(html).toMatch(/<pre class="?theme-code-block"?[^>]*><code>id: /);
  });
});
