/**
 * Turns the SVG that Mermaid draws into the stored drawing put as is in the
 * site's pages: every id starts with the drawing's own id (the light and dark
 * copies sit in the same page, and valid HTML has unique ids), the drawing is
 * one image named by its <title> and described by its <desc> (Mermaid leaves
 * them out for some types, such as timelines), and it has its natural size.
 * It is also made lighter, as it is in every page that shows it: no debugging
 * data (data-* attributes, such as base64 edge points), coordinates to 1/100 px.
 */
import * as cheerio from 'cheerio';

export interface FinishOptions {
  id: string;
  title?: string;
  description?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const REFERENCE_ATTRIBUTES = ['aria-labelledby', 'aria-describedby'];

/** Attributes made of coordinates and lengths, rounded to 1/100 px. */
const GEOMETRY_ATTRIBUTES = new Set(['d', 'points', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'dx', 'dy']);

const roundNumbers = (value: string) => value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (number) => String(Math.round(Number(number) * 100) / 100));

export function finishSvg(svg: string, {id, title, description}: FinishOptions): string {
  const $ = cheerio.load(svg, {xml: {xmlMode: true, decodeEntities: false}});
  const root = $('svg').first();
  const renamed = new Map<string, string>();
  const used = new Set<string>();
  const unique = (wanted: string) => {
    let candidate = wanted;
    for (let n = 2; used.has(candidate); n++) candidate = `${wanted}-${n}`;
    used.add(candidate);
    return candidate;
  };
  root.attr('id', unique(id));
  root.find('[id]').each((_, element) => {
    const old = $(element).attr('id')!;
    const next = unique(old.startsWith(id) ? old : `${id}-${old}`);
    if (!renamed.has(old)) renamed.set(old, next);
    $(element).attr('id', next);
  });
  const rename = (reference: string) => renamed.get(reference) ?? reference;
  root.find('*').add(root).each((_, element) => {
    for (const [name, value] of Object.entries((element as {attribs?: Record<string, string>}).attribs ?? {})) {
      if (name.startsWith('data-')) {
        $(element).removeAttr(name);
        continue;
      }
      let next = GEOMETRY_ATTRIBUTES.has(name) ? roundNumbers(value) : value;
      next = next.replace(/url\(#([^)]+)\)/g, (_match, ref: string) => `url(#${rename(ref)})`);
      if ((name === 'href' || name === 'xlink:href') && next.startsWith('#')) next = `#${rename(next.slice(1))}`;
      if (REFERENCE_ATTRIBUTES.includes(name)) next = next.split(/\s+/).map(rename).join(' ');
      if (next !== value) $(element).attr(name, next);
    }
  });

  // One image, named and described; Mermaid's own labelling is replaced.
  root.children('title, desc').remove();
  root.removeAttr('aria-roledescription').removeAttr('aria-labelledby').removeAttr('aria-describedby');
  root.attr('role', 'img');
  if (description) {
    root.prepend(`<desc id="${id}-desc">${escapeXml(description)}</desc>`);
    root.attr('aria-describedby', `${id}-desc`);
  }
  if (title) {
    root.prepend(`<title id="${id}-titre">${escapeXml(title)}</title>`);
    root.attr('aria-labelledby', `${id}-titre`);
  }

  // Natural size from the viewBox: the page's CSS scales it to the column.
  const [, , width, height] = (root.attr('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (width > 0 && height > 0) {
    root.attr('width', String(Math.ceil(width)));
    root.attr('height', String(Math.ceil(height)));
    root.removeAttr('style');
  }
  if (!/xlink:/.test(root.html() ?? '')) root.removeAttr('xmlns:xlink');
  return $.xml(root).trim();
}
