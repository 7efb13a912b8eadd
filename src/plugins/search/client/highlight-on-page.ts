/**
 * Client module: on a page opened from a search result (?surligner=…), the
 * searched words are highlighted with the CSS Custom Highlight API, or with
 * <mark> elements where the API is missing. The analyzer loads only then.
 */
import './highlight-on-page.css';

const HIGHLIGHT_NAME = 'boussole-recherche';
const MARK_CLASS = 'boussole-surlignage';

function highlightRegistry(): Map<string, Highlight> | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? (CSS.highlights as unknown as Map<string, Highlight>) : null;
}

function clearMarks(): void {
  highlightRegistry()?.delete(HIGHLIGHT_NAME);
  for (const mark of Array.from(document.querySelectorAll(`mark.${MARK_CLASS}`))) {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  }
}

async function highlight(query: string): Promise<void> {
  const {analyzeWords} = await import('../query/french-analyzer');
  const {highlightTermsOf} = await import('../present/segments');
  const terms = highlightTermsOf(query);
  if (terms.size === 0) return;
  const root = document.querySelector('main article') ?? document.querySelector('main');
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const ranges: {node: Text; start: number; end: number}[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script, style, nav, button')) continue;
    for (const word of analyzeWords(node.data)) {
      if (word.terms.some((term) => terms.has(term))) ranges.push({node, start: word.start, end: word.end});
    }
  }
  const registry = highlightRegistry();
  if (registry) {
    const domRanges = ranges.map(({node, start, end}) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    });
    registry.set(HIGHLIGHT_NAME, new Highlight(...domRanges));
    return;
  }
  // Fallback: wrap matches in <mark>, last first so earlier offsets stay valid.
  for (const {node, start, end} of ranges.reverse()) {
    const match = node.splitText(start);
    match.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = MARK_CLASS;
    mark.textContent = match.data;
    match.replaceWith(mark);
  }
}

export function onRouteDidUpdate({location}: {location: {search: string}}): void {
  if (typeof document === 'undefined') return;
  clearMarks();
  const query = new URLSearchParams(location.search).get('surligner');
  if (!query) return;
  // After React has rendered the new page.
  window.setTimeout(() => {
    highlight(query.slice(0, 200)).catch(() => undefined);
  }, 50);
}
