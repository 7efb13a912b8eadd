import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import prismOnDemandPlugin from '../index';

function configureFor(additionalLanguages?: string[]) {
  const context = {siteConfig: {themeConfig: {prism: additionalLanguages ? {additionalLanguages} : {}}}} as unknown as LoadContext;
  const plugin = prismOnDemandPlugin(context);
  return (plugin.configureWebpack as unknown as () => {resolve?: {alias?: Record<string, string>}})();
}

describe('prism-on-demand plugin', () => {
  it('replaces the classic theme’s Prism client module with an empty one when no language is added', () => {
    const alias = configureFor([]).resolve?.alias ?? {};
    const [[original, replacement]] = Object.entries(alias);
    expect(original).toBe(require.resolve('@docusaurus/theme-classic/lib/prism-include-languages'));
    expect(fs.readFileSync(replacement, 'utf8')).not.toMatch(/import|require/);
    expect(configureFor(undefined).resolve?.alias).toEqual(alias);
  });

  it('leaves the theme alone when additional languages are configured (they need that module)', () => {
    expect(configureFor(['php'])).toEqual({});
  });
});
