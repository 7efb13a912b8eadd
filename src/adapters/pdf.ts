/** What the site shows and indexes about a PDF: size, pages, SHA-256, text per page, title, page images. */
import crypto from 'node:crypto';

type PDFDocumentProxy = Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>>;

export interface PdfFacts {
  size: number;
  sha256: string;
  pageCount: number;
  /** Text of each page, in order (index 0 = page 1): the text layer, or the recognised text of a page without one. */
  pages: string[];
  /** Pages (numbered from 1) whose text was recognised from their image (OCR) because they had no text layer. */
  recognisedPages: number[];
  /** The document's own title (its metadata), when it has one. */
  title?: string;
}

export class PdfError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file} : ce fichier n’est pas un PDF lisible (${reason}). Remplacez-le par un PDF valide exporté depuis l’outil d’origine.`);
    this.name = 'PdfError';
  }
}

export function hasPdfMagic(bytes: Uint8Array): boolean {
  // "%PDF-" must open the file (a few leading bytes are tolerated by readers, not by us).
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A page has no text layer when nothing in it is a letter (an image, or only a page number drawn as text). */
export function hasNoText(text: string): boolean {
  return !/\p{L}/u.test(text);
}

/** The pages (numbered from 1) that have no text layer. */
export function pagesWithoutText(facts: Pick<PdfFacts, 'pages'>): number[] {
  return facts.pages.flatMap((text, index) => (hasNoText(text) ? [index + 1] : []));
}

/**
 * pdf.js (in unpdf) calls ArrayBuffer#transferToFixedLength, which Node 20
 * lacks: without it, fonts are silently dropped and pages render blank.
 */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & {transferToFixedLength?: (length?: number) => ArrayBuffer};
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length ?? this.byteLength;
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(this.byteLength, size)));
      return copy;
    },
  });
}

/**
 * Opens a PDF with pdf.js, runs `read` on it and closes it. pdf.js prints its
 * warnings (« Warning: Indexing all PDF objects »…) with console.log unless told
 * to keep quiet (verbosity 0 = errors only, which it throws): they would leak
 * into the editors' commands and the build output.
 */
async function withPdf<T>(bytes: Uint8Array, read: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  ensureTransferToFixedLength();
  const {getDocumentProxy} = await import('unpdf');
  // pdf.js takes ownership of the buffer it gets: give it a copy.
  const document = await getDocumentProxy(new Uint8Array(bytes), {verbosity: 0});
  try {
    return await read(document);
  } finally {
    await document.destroy();
  }
}

/** Generic titles that design and office tools write when the author gave none. */
const PLACEHOLDER_TITLE = /^(untitled|sans titre|sans-titre|titre|title|présentation( powerpoint)?|powerpoint presentation|diapositive \d+|document\d*|slide \d+)$/i;

/** The title an author gave the document (Info « Title », else XMP dc:title), without tool prefixes and placeholders. */
export function documentTitle(info: Record<string, unknown> | undefined, xmpTitle: string | null | undefined): string | undefined {
  for (const raw of [info?.Title, xmpTitle]) {
    if (typeof raw !== 'string') continue;
    const title = normaliseText(raw.replace(/^Microsoft (PowerPoint|Word) - /, ''));
    // A file name (« diapo_v3.pptx ») is no title.
    if (!title || PLACEHOLDER_TITLE.test(title) || /\.(pdf|pptx?|docx?|odp|odt|key|indd|ai)$/i.test(title)) continue;
    return title;
  }
  return undefined;
}

/** Reads a PDF fully (unpdf / pdf.js): text layer, title; throws PdfError naming `label` when it is not a readable PDF. */
export async function inspectPdf(bytes: Uint8Array, label: string): Promise<PdfFacts> {
  if (!hasPdfMagic(bytes)) throw new PdfError(label, 'il ne commence pas par la signature %PDF-');
  const {extractText} = await import('unpdf');
  try {
    return await withPdf(bytes, async (document) => {
      const {totalPages, text} = await extractText(document, {mergePages: false});
      const {info, metadata} = await document.getMetadata();
      const title = documentTitle(info as Record<string, unknown>, metadata?.get('dc:title'));
      return {size: bytes.length, sha256: sha256(bytes), pageCount: totalPages, pages: text.map(normaliseText), recognisedPages: [], ...(title ? {title} : {})};
    });
  } catch (error) {
    throw new PdfError(label, `pdf.js : ${(error as Error).message}`);
  }
}

/** PNG images of the given pages (numbered from 1), each `width` pixels wide, or `scale` times its size in points. */
export async function renderPages(bytes: Uint8Array, label: string, pageNumbers: number[], size: {width: number} | {scale: number}): Promise<Buffer[]> {
  const {renderPageAsImage} = await import('unpdf');
  try {
    return await withPdf(bytes, async (document) => {
      const images: Buffer[] = [];
      for (const pageNumber of pageNumbers) {
        const png = await renderPageAsImage(document, pageNumber, {canvasImport: () => import('@napi-rs/canvas'), ...size});
        images.push(Buffer.from(png));
      }
      return images;
    });
  } catch (error) {
    throw new PdfError(label, `rendu des pages ${pageNumbers.join(', ')} impossible : ${(error as Error).message}`);
  }
}

/** PNG of the first page, about `width` pixels wide. */
export async function renderFirstPage(bytes: Uint8Array, label: string, width = 320): Promise<Buffer> {
  const [png] = await renderPages(bytes, label, [1], {width});
  return png;
}
