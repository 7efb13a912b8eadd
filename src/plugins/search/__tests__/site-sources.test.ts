import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {AllContent, LoadContext} from '@docusaurus/types';
import {readSiteSources} from '../build/site-sources';
import {DEFAULT_OPTIONS} from '../options';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-search-sources-'));
fs.mkdirSync(path.join(siteDir, 'docs'));
fs.mkdirSync(path.join(siteDir, 'blog'));
fs.writeFileSync(path.join(siteDir, 'docs/a.md'), '# A\n\nTexte A.');
fs.writeFileSync(path.join(siteDir, 'blog/p.md'), 'Texte P.');
fs.writeFileSync(path.join(siteDir, 'docs/tags.yml'), 'fusion:\n  label: Fusions\nsac:\n');
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

const context = {siteDir, baseUrl: '/', siteConfig: {trailingSlash: false}} as LoadContext;
const doc = (source: string, permalink: string, extra = {}) => ({source, permalink, title: 'T', ...extra});
const allContent = {
  'docusaurus-plugin-content-docs': {
    default: {
      loadedVersions: [
        {docs: [doc('@site/docs/a.md', '/themes/a/', {frontMatter: {tags: ['fusion', {label: 'sac'}]}}), doc('@site/docs/cache.md', '/themes/cache', {unlisted: true})]},
      ],
    },
  },
  'docusaurus-plugin-content-blog': {default: {blogPosts: [{metadata: doc('@site/blog/p.md', '/comptes-rendus/p')}]}},
  'boussole-journees': {default: {searchDocuments: [{type: 'session', url: '/journees/j', title: 'J', text: 'Texte J.', themes: []}]}},
} as unknown as AllContent;

describe('readSiteSources', () => {
  const sources = readSiteSources(context, DEFAULT_OPTIONS, allContent);

  it('reads the listed docs and blog posts, permalinks following trailingSlash, tags as ids', () => {
    expect(sources.docs).toEqual([{file: 'docs/a.md', source: '# A\n\nTexte A.', permalink: '/themes/a', title: 'T', tags: ['fusion', 'sac']}]);
    expect(sources.blogPosts.map((post) => [post.file, post.permalink, post.tags])).toEqual([['blog/p.md', '/comptes-rendus/p', []]]);
  });

  it('takes the documents of the document plugins and the themes of the tags file', () => {
    expect(sources.documents.map((document) => document.url)).toEqual(['/journees/j']);
    expect(sources.themes).toEqual([
      {id: 'fusion', label: 'Fusions'},
      {id: 'sac', label: 'sac'},
    ]);
  });

  it('says in French which source cannot be read', () => {
    const missing = {
      'docusaurus-plugin-content-docs': {default: {loadedVersions: [{docs: [doc('@site/docs/absent.md', '/themes/absent')]}]}},
    } as unknown as AllContent;
    expect(() => readSiteSources(context, DEFAULT_OPTIONS, missing)).toThrow('[recherche] Impossible de lire « docs/absent.md »');
  });
});
