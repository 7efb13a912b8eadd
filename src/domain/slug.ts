/** Safe names for ids and for the files of the materials folder (pure: the folder itself is the adapters' business). */

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
  const base = (name.replace(/\\/g, '/').split('/').pop() ?? '').replace(/\.pdf$/i, '');
  const slug = slugify(base);
  return slug ? `${slug}.pdf` : null;
}
