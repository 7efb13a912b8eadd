/**
 * The RSS and Atom feeds of each test site, item by item: every post is in
 * them once, with its title, its address (a built page under the site's base
 * path), its date and its text; every link inside an item's text leads to a
 * built page. The published copy adds a summary, whose text must be there.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {htmlFileForRoute} from '../../tools/quality/sitemap';
import {REAL_SUMMARY, SUMMARY_EXCERPT} from '../support/fixture-site';

interface FeedItem {
  title: string;
  link: string;
  date: string;
  summary: string;
  content: string;
}

const cdata = (text = '') => text.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').trim();
const tag = (xml: string, name: string) => cdata(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1]);

function rssItems(xml: string): FeedItem[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: tag(item, 'title'),
    link: tag(item, 'link'),
    date: tag(item, 'pubDate'),
    summary: tag(item, 'description'),
    content: tag(item, 'content:encoded'),
  }));
}

function atomEntries(xml: string): FeedItem[] {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    title: tag(entry, 'title'),
    link: /<link href="([^"]+)"/.exec(entry)?.[1] ?? '',
    date: tag(entry, 'updated'),
    summary: tag(entry, 'summary'),
    content: tag(entry, 'content'),
  }));
}

/** Posts of a built blog: pages at /articles/AAAA/MM/JJ/slug. */
function builtPosts(dir: string): string[] {
  return fs
    .readdirSync(path.join(dir, 'articles'), {recursive: true, encoding: 'utf8'})
    .filter((name) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(name))
    .map((name) => `articles/${name.replace(/\.html$/, '')}`)
    .sort();
}

describe.each(Object.entries(inject('sites')))('feeds of the site « %s »', (name, site) => {
  const siteUrl = /<link>([^<]+)<\/link>/.exec(fs.readFileSync(path.join(site.dir, 'articles/rss.xml'), 'utf8'))![1].replace(/\/articles$/, '/');
  const feeds = {
    rss: rssItems(fs.readFileSync(path.join(site.dir, 'articles/rss.xml'), 'utf8')),
    atom: atomEntries(fs.readFileSync(path.join(site.dir, 'articles/atom.xml'), 'utf8')),
  };
  /** The built page a feed link leads to, or null. */
  const pageOf = (link: string): string | null => {
    if (!link.startsWith(siteUrl)) return null;
    const route = new URL(link).pathname;
    const file = htmlFileForRoute(site.dir, route, site.baseUrl);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  };

  it('are addressed to the site under its base path', () => {
    expect(new URL(siteUrl).pathname).toBe(site.baseUrl);
  });

  describe.each(Object.entries(feeds))('%s', (_, items) => {
    it('lists every post once, newest first', () => {
      const linked = items.map((item) => new URL(item.link).pathname.slice(site.baseUrl.length));
      expect([...linked].sort()).toEqual(builtPosts(site.dir));
      const times = items.map((item) => Date.parse(item.date));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('gives each item its page’s title, its date and its text', () => {
      for (const item of items) {
        const html = pageOf(item.link);
        expect(html, item.link).not.toBeNull();
        expect(html).toContain(`<h1`);
        expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html!)?.[1].replace(/<[^>]+>/g, '')).toBe(item.title.replace(/&amp;/g, '&'));
        // Posts are dated by their file name, which is their address.
        const [, year, month, day] = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(item.link)!;
        expect(new Date(item.date).toISOString().slice(0, 10), item.link).toBe(`${year}-${month}-${day}`);
        expect(item.summary.length, item.link).toBeGreaterThan(40);
        expect(item.content.length, item.link).toBeGreaterThan(item.summary.length);
      }
    });

    it('has only links that lead to built pages of the site (or elsewhere on the web)', () => {
      const broken: string[] = [];
      for (const item of items) {
        for (const [, href] of item.content.matchAll(/href="([^"]+)"/g)) {
          const link = href.replace(/&amp;/g, '&').split('#')[0];
          if (/^https?:/.test(link) && !link.startsWith(new URL(siteUrl).origin)) continue;
          if (!pageOf(link) && !fs.existsSync(path.join(site.dir, new URL(link).pathname.slice(site.baseUrl.length)))) broken.push(`${item.link} → ${href}`);
        }
      }
      expect(broken).toEqual([]);
    });

    if (name !== 'main') {
      it('carries the published summaries with their text', () => {
        const texts = items.map((item) => `${item.summary} ${item.content}`).join('\n');
        expect(texts).toContain(REAL_SUMMARY.excerpt);
        if (name === 'published') expect(texts).toContain(SUMMARY_EXCERPT);
      });
    }
  });
});
