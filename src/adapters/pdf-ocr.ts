/** The text of PDF pages that have no text layer (scanned or exported as pictures), recognised from their image. */
import {recogniseImages} from './ocr';
import {hasNoText, pagesWithoutText, renderPages, type PdfFacts} from './pdf';

/** Pages are rendered at twice their size in points (144 dpi): slide text is then 40–70 px high, which the engine reads well. */
export const OCR_RENDER_SCALE = 2;

/** The facts with the recognised text of every page that had none (and the list of those pages); unchanged when every page has text. */
export async function withRecognisedText(bytes: Uint8Array, facts: PdfFacts, label: string): Promise<PdfFacts> {
  const missing = pagesWithoutText(facts);
  if (missing.length === 0) return facts;
  const texts = await recogniseImages(await renderPages(bytes, label, missing, {scale: OCR_RENDER_SCALE}));
  const pages = [...facts.pages];
  const recognisedPages: number[] = [];
  missing.forEach((pageNumber, index) => {
    if (hasNoText(texts[index])) return;
    pages[pageNumber - 1] = texts[index];
    recognisedPages.push(pageNumber);
  });
  return {...facts, pages, recognisedPages};
}
