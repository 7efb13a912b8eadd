/** Files derived from the data at build time: calendar entries, the materials zip, the Open Graph image. */
import {createEvent} from 'ics';
import {zipSync} from 'fflate';
import {parseParisDateTime} from './paris-time';

export interface CalendarEntry {
  uid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  location: string;
  url: string;
  /** DTSTAMP: the build's clock, so builds with the same BOUSSOLE_NOW are identical. */
  stamp: Date;
}

/** An iCalendar file with one VEVENT; times are written in UTC (DTSTART:20220322T083000Z). */
export function calendarFile(entry: CalendarEntry): string {
  const start = parseParisDateTime(entry.start);
  const end = parseParisDateTime(entry.end);
  if (!start || !end) throw new Error(`Horaire invalide pour ${entry.uid}`);
  const {error, value} = createEvent({
    uid: entry.uid,
    productId: 'boussole/journees',
    title: entry.title,
    description: entry.description,
    location: entry.location,
    url: entry.url,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
  });
  if (error || !value) throw new Error(`Fichier agenda impossible pour ${entry.uid} : ${error?.message}`);
  const stamp = entry.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return value.replace(/^DTSTAMP:.*$/m, `DTSTAMP:${stamp}`);
}

/** A zip of the given files (already-compressed PDFs are stored, not deflated again). */
export function zipMaterials(files: {name: string; bytes: Uint8Array}[], mtime: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, {level: 0, mtime}]])));
}

/** Splits `text` into lines no wider than `width` with the context's current font. */
export function wrapLines(context: {measureText: (text: string) => {width: number}}, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A 1200×630 PNG for og:image: site name, the day's title, date and place. */
export async function openGraphImage(options: {title: string; dateLine: string; placeLine: string}): Promise<Buffer> {
  const {createCanvas} = await import('@napi-rs/canvas');
  const canvas = createCanvas(1200, 630);
  const context = canvas.getContext('2d');
  context.fillStyle = '#1d4e89';
  context.fillRect(0, 0, 1200, 630);
  context.fillStyle = '#f2c94c';
  context.fillRect(80, 90, 120, 8);
  context.fillStyle = '#ffffff';
  context.font = 'bold 40px sans-serif';
  context.fillText('Boussole', 80, 160);
  context.font = 'bold 54px sans-serif';
  const lines = wrapLines(context, options.title, 1040).slice(0, 4);
  lines.forEach((line, index) => context.fillText(line, 80, 260 + index * 66));
  context.font = '34px sans-serif';
  context.fillText(options.dateLine, 80, 260 + lines.length * 66 + 40);
  context.fillText(options.placeLine, 80, 260 + lines.length * 66 + 90);
  return canvas.encode('png');
}
