import {describe, expect, it} from 'vitest';
import {robotsTxt} from '../robots-txt';
import {DEFAULT_OPTIONS} from '../options';

describe('robotsTxt', () => {
  it('opens the whole site and announces the absolute sitemap URL', () => {
    const text = robotsTxt({url: 'https://boussole.example.org', baseUrl: '/'}, DEFAULT_OPTIONS);
    expect(text).toBe('User-agent: *\nAllow: /\n\nSitemap: https://boussole.example.org/sitemap.xml\n');
  });

  it('follows a sub-path deployment for the sitemap and the disallowed prefixes', () => {
    const text = robotsTxt(
      {url: 'https://exemple.fr/', baseUrl: '/boussole/'},
      {disallow: ['/brouillons'], sitemapFile: 'sitemap.xml'},
    );
    expect(text.split('\n')).toEqual([
      'User-agent: *',
      'Disallow: /boussole/brouillons',
      '',
      'Sitemap: https://exemple.fr/boussole/sitemap.xml',
      '',
    ]);
  });
});
