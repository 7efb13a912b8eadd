/** Writes what the build publishes besides pages: released PDFs, thumbnails, zips, calendar files, OG images. */
import fs from 'node:fs';
import path from 'node:path';
import type {Model} from '../../domain/data-schema';
import * as paths from '../../domain/site-paths';
import {materialsDir} from '../../adapters/data-files';
import {calendarFile} from '../../adapters/ics';
import {openGraphImage} from '../../adapters/og-image';
import type {PdfCache} from '../../adapters/pdf-cache';
import {zipMaterials} from '../../adapters/zip';
import {timeRangeLabel} from './labels';
import {materialsFeed} from './materials-feed';
import type {SiteViews} from './types';

function write(outDir: string, sitePath: string, bytes: Uint8Array | string): void {
  const target = path.join(outDir, ...sitePath.split('/').filter(Boolean));
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.writeFileSync(target, bytes);
}

export async function writeBuildFiles(options: {outDir: string; dataDir: string; views: SiteViews; model: Model; now: Date; siteUrl: string; thumbnailWidth: number; cache: PdfCache}): Promise<void> {
  const {outDir, dataDir, views, model, now, siteUrl} = options;
  const absolute = (sitePath: string) => siteUrl.replace(/\/$/, '') + sitePath;
  for (const day of views.days) {
    const source = model.days.find((candidate) => candidate.id === day.id)!;
    const released: {name: string; bytes: Uint8Array}[] = [];
    for (const resource of day.resources) {
      // Only released files leave the data folder: embargoed ones are never copied.
      if (resource.state !== 'released' || !resource.fileName || !resource.fileUrl || !resource.thumbnailUrl) continue;
      const file = path.join(materialsDir(dataDir, day.id), resource.fileName);
      const bytes = fs.readFileSync(file);
      write(outDir, resource.fileUrl, bytes);
      write(outDir, resource.thumbnailUrl, await options.cache.thumbnail(bytes, file, options.thumbnailWidth));
      released.push({name: resource.fileName, bytes});
    }
    if (day.zipUrl && released.length > 0) write(outDir, day.zipUrl, zipMaterials(released, now));

    // Calendar files only while the day is announced (src/domain/day-lifecycle): none once it is over.
    if (day.icsUrl) {
      write(
        outDir,
        day.icsUrl,
        calendarFile({uid: `${day.id}@boussole`, title: day.title, description: day.description, start: source.start, end: source.end, location: day.placeLabel, url: absolute(day.permalink), stamp: now}),
      );
    }
    for (const session of source.sessions) {
      const icsUrl = day.sessions.find((view) => view.id === session.id)?.icsUrl;
      if (!icsUrl || !session.start || !session.end) continue;
      write(
        outDir,
        icsUrl,
        calendarFile({uid: `${day.id}--${session.id}@boussole`, title: `${session.title} — ${day.title}`, description: session.description, start: session.start, end: session.end, location: day.placeLabel, url: absolute(paths.sessionPath(day.id, session.id)), stamp: now}),
      );
    }
    write(outDir, day.ogImageUrl, await openGraphImage({title: day.title, dateLine: `${day.dateLabel}, ${timeRangeLabel(source.start, source.end)}`, placeLine: day.placeLabel}));
  }
  write(outDir, paths.MATERIALS_FEED_PATH, materialsFeed({views, siteUrl, organiser: views.days[0]?.organiser ?? 'Boussole', now}));
}
