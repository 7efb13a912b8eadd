/**
 * PDF facts and thumbnails cached by SHA-256 under node_modules/.cache, so a
 * rebuild does not re-read unchanged files. A file whose bytes change gets a
 * new hash, hence a fresh (and re-validated) reading.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeAtomically} from './files';
import {inspectPdf, renderFirstPage, sha256, type PdfFacts} from './pdf';

export class PdfCache {
  constructor(private readonly dir: string) {}

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

  async facts(bytes: Uint8Array, label: string): Promise<PdfFacts> {
    const key = `${sha256(bytes)}.json`;
    const cached = this.read(key);
    if (cached) return JSON.parse(cached.toString('utf8')) as PdfFacts;
    const facts = await inspectPdf(bytes, label);
    this.write(key, JSON.stringify(facts));
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
