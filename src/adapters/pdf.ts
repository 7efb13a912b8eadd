/** What the site shows and indexes about a PDF: size, pages, SHA-256, text per page, first-page thumbnail. */
import crypto from 'node:crypto';

export interface PdfFacts {
  size: number;
  sha256: string;
  pageCount: number;
  /** Text of each page, in order (index 0 = page 1). */
  pages: string[];
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

function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a PDF fully (unpdf / pdf.js); throws PdfError naming `label` when it is not a readable PDF. */
export async function inspectPdf(bytes: Uint8Array, label: string): Promise<PdfFacts> {
  if (!hasPdfMagic(bytes)) throw new PdfError(label, 'il ne commence pas par la signature %PDF-');
  const {getDocumentProxy, extractText} = await import('unpdf');
  try {
    // pdf.js takes ownership of the buffer it gets: give it a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes));
    const {totalPages, text} = await extractText(document, {mergePages: false});
    await document.destroy();
    return {size: bytes.length, sha256: sha256(bytes), pageCount: totalPages, pages: text.map(normaliseText)};
  } catch (error) {
    throw new PdfError(label, `pdf.js : ${(error as Error).message}`);
  }
}

/**
 * pdf.js (in unpdf) calls ArrayBuffer#transferToFixedLength, which Node 20
 * lacks: without it, fonts are silently dropped and thumbnails come out blank.
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

/** PNG of the first page, about `width` pixels wide. */
export async function renderFirstPage(bytes: Uint8Array, label: string, width = 320): Promise<Buffer> {
  ensureTransferToFixedLength();
  const {renderPageAsImage} = await import('unpdf');
  try {
    const png = await renderPageAsImage(new Uint8Array(bytes), 1, {
      canvasImport: () => import('@napi-rs/canvas'),
      width,
    });
    return Buffer.from(png);
  } catch (error) {
    throw new PdfError(label, `rendu de la première page impossible : ${(error as Error).message}`);
  }
}
