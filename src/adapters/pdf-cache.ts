/**
 * PDF facts and thumbnails cached by SHA-256 under node_modules/.cache, so a
 * rebuild does not re-read unchanged files, nor recognise their text again
 * (OCR takes about a second a page). A file whose bytes change gets a new
 * hash, hence a fresh (and re-validated) reading.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeAtomically} from './files';
import {inspectPdf, pagesWithoutText, renderFirstPage, sha256, type PdfFacts} from './pdf';
import {withRecognisedText} from './pdf-ocr';

/** Bumped when PdfFacts change shape or meaning (v2: recognised text of pages without a text layer, title). */
const FACTS_VERSION = 2;

/** The cache folder of a site: the build and `npm run publier` share it. */
export function pdfCacheDir(siteDir: string): string {
  return path.join(siteDir, 'node_modules', '.cache', 'boussole-journees');
}

export interface PdfCacheOptions {
  /** Told before the text of pages without a text layer is recognised (only on a cache miss). */
  onRecognition?: (label: string, pageNumbers: number[]) => void;
}

export class PdfCache {
  constructor(
    private readonly dir: string,
    private readonly options: PdfCacheOptions = {},
  ) {}

  private file(name: string): string {
    return path.join(this.dir, name);
  }

  private read(name: string): Buffer | undefined {
    try {
      return fs.readFileSync(this.file(name));
    } catch {
      return undefined;
    }
  }

  private write(name: string, bytes: string | Uint8Array): void {
    try {
      fs.mkdirSync(this.dir, {recursive: true});
      writeAtomically(this.file(name), bytes);
    } catch {
      // A read-only cache only costs time.
    }
  }

  private factsKey(bytes: Uint8Array): string {
    return `${sha256(bytes)}.v${FACTS_VERSION}.json`;
  }

  /** The file that holds (or would hold) the facts of these bytes. */
  factsFile(bytes: Uint8Array): string {
    return this.file(this.factsKey(bytes));
  }

  /** The facts of these bytes if the cache has them. */
  cachedFacts(bytes: Uint8Array): PdfFacts | undefined {
    const cached = this.read(this.factsKey(bytes));
    return cached ? (JSON.parse(cached.toString('utf8')) as PdfFacts) : undefined;
  }

  /** Keeps facts read elsewhere (`npm run publier` keeps them once the publication is written). */
  remember(bytes: Uint8Array, facts: PdfFacts): void {
    this.write(this.factsKey(bytes), JSON.stringify(facts));
  }

  /** The facts of a PDF, the text of its pages without a text layer recognised (OCR). */
  async facts(bytes: Uint8Array, label: string): Promise<PdfFacts> {
    const cached = this.cachedFacts(bytes);
    if (cached) return cached;
    const layer = await inspectPdf(bytes, label);
    const missing = pagesWithoutText(layer);
    if (missing.length > 0) this.options.onRecognition?.(label, missing);
    const facts = await withRecognisedText(bytes, layer, label);
    this.remember(bytes, facts);
    return facts;
  }

  async thumbnail(bytes: Uint8Array, label: string, width: number): Promise<Buffer> {
    const key = `${sha256(bytes)}-${width}.png`;
    const cached = this.read(key);
    if (cached) return cached;
    const png = await renderFirstPage(bytes, label, width);
    this.write(key, png);
    return png;
  }
}
