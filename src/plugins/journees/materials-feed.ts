/**
 * The feed of materials put online (RSS 2.0, `/articles/supports.xml`): a
 * reader who waits for slides subscribes once and hears when they appear.
 * Written at every build, empty while nothing is released; it reads the
 * release decisions already taken (props), never re-takes them.
 */
import {Feed} from 'feed';
import * as paths from '../../domain/site-paths';
import {shortDateLabel} from './labels';
import type {SiteViews} from './types';

export interface MaterialsFeedInputs {
  views: SiteViews;
  /** Absolute site URL with baseUrl, e.g. "https://boussole.example.org/". */
  siteUrl: string;
  /** The feed's copyright holder. */
  organiser: string;
  /** The build's now: the feed's date while it is empty. */
  now: Date;
}

export function materialsFeed({views, siteUrl, organiser, now}: MaterialsFeedInputs): string {
  const absolute = (sitePath: string) => siteUrl.replace(/\/$/, '') + sitePath;
  const items = views.days.flatMap((day) =>
    day.resources
      .filter((resource) => resource.state === 'released')
      .map((resource) => ({
        title: `${resource.title} (journée du ${shortDateLabel(day.dateLabel)})`,
        id: absolute(`${paths.RESOURCES_PATH}#${resource.anchor}`),
        link: absolute(`${paths.RESOURCES_PATH}#${resource.anchor}`),
        // Without a release time, the material is dated by the end of its day.
        date: new Date(resource.releaseIso ?? day.endIso),
        description: [`${resource.kindLabel}, PDF, ${resource.sizeLabel}, ${resource.pageCount} page${resource.pageCount === 1 ? '' : 's'}.`, resource.sessionTitle ? `Session « ${resource.sessionTitle} ».` : ''].filter(Boolean).join(' '),
      })),
  );
  items.sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    id: absolute(paths.RESOURCES_PATH),
    link: absolute(paths.RESOURCES_PATH),
    title: 'Boussole — supports des journées',
    description: 'Les supports des intervenants des journées, à mesure de leur mise en ligne',
    language: 'fr-FR',
    copyright: organiser,
    updated: items[0]?.date ?? now,
    generator: 'Boussole',
  });
  for (const item of items) feed.addItem(item);
  // Opened in a browser, the feed reads as the blog's feeds do (src/feeds/rss.xsl, in the same folder).
  return feed.rss2().replace(/^<\?xml version="1.0" encoding="utf-8"\?>/, '$&<?xml-stylesheet type="text/xsl" href="rss.xsl"?>');
}
