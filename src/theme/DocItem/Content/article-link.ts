/**
 * The address to share for the article being read: the page itself, without
 * the reader's position (#section) or query string.
 */
export function articleLink(location: {origin: string; pathname: string}): string {
  return `${location.origin}${location.pathname}`;
}

export const COPIED = 'Lien de l’article copié.';

/** When the browser refuses the clipboard, the reader can still copy the address by hand. */
export function copyRefused(link: string): string {
  return `Copie impossible ici : l’adresse de l’article est ${link}`;
}

/** The index of the toolbar button that an arrow, Home or End key moves to (undefined: not a toolbar key). */
export function toolbarMove(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
