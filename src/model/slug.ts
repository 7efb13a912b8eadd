/** Safe file names and paths for the materials folder. */
import path from 'node:path';

/** "Supports — Intervenante Exemple (v2).PDF" → "supports-intervenante-exemple-v2". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A safe PDF name from any name the editor gives: slug of its base name + ".pdf"; null if nothing usable is left. */
export function safePdfName(name: string): string | null {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/\.pdf$/i, '');
  const slug = slugify(base);
  return slug ? `${slug}.pdf` : null;
}

/** Joins a file name to a folder, or null if the result would leave the folder. */
export function safeJoin(folder: string, name: string): string | null {
  if (!name || name.includes('\0') || path.isAbsolute(name)) return null;
  const root = path.resolve(folder);
  const target = path.resolve(root, name);
  return target.startsWith(root + path.sep) ? target : null;
}
