/**
 * Every string of the classic theme reads in French: the French pack of
 * Docusaurus leaves some in English (« View All Authors », « Tags ») and
 * i18n/fr/code.json completes it. The rendered pages are checked by
 * tests/browser/interface-french.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const locales = path.dirname(path.dirname(require.resolve('@docusaurus/theme-translations/locales/fr/theme-common.json')));
const english = read(path.join(locales, 'base/theme-common.json')) as Record<string, string>;
const pack = read(path.join(locales, 'fr/theme-common.json')) as Record<string, string>;
const site = read(path.join(__dirname, '../../../i18n/fr/code.json')) as Record<string, {message: string}>;

/** The message a French reader sees for a theme string. */
const french = (id: string): string => site[id]?.message ?? pack[id];
const ids = Object.keys(english).filter((id) => !id.endsWith('___DESCRIPTION'));

/** Words that are the same in both languages. */
const SAME_IN_FRENCH = new Set(['theme.admonition.danger', 'theme.navbar.mobileVersionsDropdown.label']);

describe('the theme’s interface strings', () => {
  it('all have a French message that is not the English one', () => {
    expect(ids.length).toBeGreaterThan(50);
    const untranslated = ids.filter((id) => !SAME_IN_FRENCH.has(id) && (!french(id) || french(id).toLowerCase() === english[id].toLowerCase()));
    expect(untranslated).toEqual([]);
  });

  it('say « étiquette », never « tag »', () => {
    expect(ids.filter((id) => /\btags?\b/i.test(french(id)))).toEqual([]);
  });

  it('use the typographic apostrophe in the site’s own messages', () => {
    expect(Object.entries(site).filter(([, value]) => value.message.includes("'")).map(([id]) => id)).toEqual([]);
  });

  it('« Lire la suite »: the link’s accessible name contains its visible words (WCAG 2.5.3)', () => {
    expect(french('theme.blog.post.readMore')).toBe('Lire la suite');
    expect(french('theme.blog.post.readMoreLabel').startsWith(french('theme.blog.post.readMore'))).toBe(true);
  });
});
