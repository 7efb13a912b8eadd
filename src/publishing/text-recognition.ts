/**
 * What `npm run publier` says about a PDF without a text layer: which pages,
 * how long recognising their text will take, and how long it took.
 */
/**
 * Seconds to start the OCR engine and to read one page, for the estimate that
 * publier gives. `npm run bench:ocr` on the project's machine (2 cores): 1,0 s of
 * CPU to start and 0,3 s a slide; wall-clock on that shared, loaded machine,
 * 5 s and 0,7 to 1,3 s. The estimate keeps a margin over an idle machine.
 */
export const OCR_START_SECONDS = 2;
export const OCR_SECONDS_PER_PAGE = 1;

/** "page 2", "pages 1 à 3", "pages 1 à 3, 5 et 7". */
export function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let index = 0; index < pages.length; ) {
    let end = index;
    while (end + 1 < pages.length && pages[end + 1] === pages[end] + 1) end += 1;
    runs.push(end > index + 1 ? `${pages[index]} à ${pages[end]}` : end === index + 1 ? `${pages[index]}, ${pages[end]}` : `${pages[index]}`);
    index = end + 1;
  }
  const joined = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} et ${runs[runs.length - 1]}` : runs[0] ?? '';
  return `page${pages.length > 1 ? 's' : ''} ${joined}`;
}

export function estimatedSeconds(pageCount: number): number {
  return Math.ceil(OCR_START_SECONDS + pageCount * OCR_SECONDS_PER_PAGE);
}

/** Said of a file with pages without a text layer. */
export function noTextLayerNotice(label: string, pages: number[], pageCount: number): string {
  const origin = '(numérisées ou exportées d’un outil de mise en page)';
  const which =
    pages.length < pageCount
      ? ` sur les ${pageList(pages)} (sur ${pageCount}) : des images ${origin}`
      : pageCount === 1
        ? ` : sa page est une image ${origin.replace('numérisées ou exportées', 'numérisée ou exportée')}`
        : ` : ses ${pageCount} pages sont des images ${origin}`;
  return `${label} n’a pas de couche texte${which}.`;
}

/** Said before recognition starts. */
export function recognitionEstimate(pageCount: number): string {
  return `Reconnaissance automatique du texte en français (OCR) : environ ${estimatedSeconds(pageCount)} s…`;
}

/** Said instead when the cache already has the text of these very bytes. */
export const ALREADY_RECOGNISED = 'Texte déjà reconnu lors d’une publication précédente de ce même fichier (cache) : rien à refaire.';

/** Said once recognition is done. */
export function recognitionReport(recognised: number[], unreadable: number[], seconds: number): string {
  const duration = seconds.toLocaleString('fr-FR', {maximumFractionDigits: 1});
  const lines = [`Texte reconnu en ${duration} s${recognised.length > 0 ? ` (${pageList(recognised)})` : ''} ; gardé en cache : la construction du site ne le refera pas.`];
  if (unreadable.length > 0) lines.push(`Aucun texte lisible (${pageList(unreadable)}) : des images sans texte, ou trop floues ; leur version texte dira « page sans texte ».`);
  return lines.join('\n');
}
