import {afterEach, describe, expect, it, vi} from 'vitest';
import {makePdf} from '../../plugins/journees/__tests__/__fixtures__/make-pdf';
import {documentTitle, hasNoText, hasPdfMagic, inspectPdf, pagesWithoutText, PdfError, renderFirstPage, renderPages, sha256} from '../pdf';

/** How many pixels of a PNG are dark. */
async function darkPixels(png: Buffer): Promise<{width: number; height: number; dark: number}> {
  const {loadImage, createCanvas} = await import('@napi-rs/canvas');
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height).data;
  let dark = 0;
  for (let index = 0; index < pixels.length; index += 4) if (pixels[index] < 128) dark += 1;
  return {width: image.width, height: image.height, dark};
}

/** A readable PDF whose cross-reference offset is wrong: pdf.js rebuilds it, and warns about it. */
async function pdfWithBrokenXref(text: string): Promise<Buffer> {
  const good = Buffer.from(await makePdf([text]));
  return Buffer.from(good.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n999999'), 'latin1');
}

afterEach(() => vi.restoreAllMocks());

describe('PDF facts', () => {
  it('reads page count, text per page, size, SHA-256 and title of a generated PDF', async () => {
    const bytes = await makePdf(['Premiere page Boussole', 'Deuxieme page essai', 'Troisieme page fin']);
    const facts = await inspectPdf(bytes, 'essai.pdf');
    expect(facts.pageCount).toBe(3);
    expect(facts.pages).toEqual(['Premiere page Boussole', 'Deuxieme page essai', 'Troisieme page fin']);
    expect(facts.recognisedPages).toEqual([]);
    expect(facts.title).toBe('Document d’essai');
    expect(facts.size).toBe(bytes.length);
    expect(facts.sha256).toBe(sha256(bytes));
    expect(facts.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders non-blank PNGs of the first page and of any pages, at the asked size', async () => {
    const bytes = await makePdf(['Texte visible sur la vignette', 'Deuxième page visible']);
    const png = await renderFirstPage(bytes, 'essai.pdf', 200);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const thumbnail = await darkPixels(png);
    expect(thumbnail.width).toBe(200);
    expect(thumbnail.dark).toBeGreaterThan(20);
    const pages = await renderPages(bytes, 'essai.pdf', [2, 1], {scale: 2});
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const image = await darkPixels(page);
      expect([image.width, image.height]).toEqual([595 * 2, 842 * 2]);
      expect(image.dark).toBeGreaterThan(100);
    }
  });

  it('fails with the file name on a non-PDF or a corrupt PDF', async () => {
    expect(hasPdfMagic(Buffer.from('PK\u0003\u0004'))).toBe(false);
    await expect(inspectPdf(Buffer.from('Bonjour, je suis un texte.'), 'faux.pdf')).rejects.toThrow(/faux\.pdf : ce fichier n’est pas un PDF lisible \(il ne commence pas par la signature %PDF-\)/);
    const good = await makePdf(['x']);
    const corrupt = Buffer.concat([Buffer.from(good.subarray(0, 20)), Buffer.from('garbage'.repeat(50))]);
    const error = await inspectPdf(corrupt, 'abime.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toMatch(/^abime\.pdf : /);
  });

  it('keeps pdf.js warnings off the console while it reads and renders a damaged but readable file', async () => {
    const printed = (['log', 'warn', 'info', 'error'] as const).map((method) => vi.spyOn(console, method));
    const bytes = await pdfWithBrokenXref('Page abimee mais lisible');
    expect((await inspectPdf(bytes, 'abime.pdf')).pages).toEqual(['Page abimee mais lisible']);
    expect((await darkPixels(await renderFirstPage(bytes, 'abime.pdf', 200))).dark).toBeGreaterThan(20);
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  });
});

describe('pages without a text layer', () => {
  it('are those with no letter (a page number alone is no text)', () => {
    expect(hasNoText('')).toBe(true);
    expect(hasNoText(' 12 ')).toBe(true);
    expect(hasNoText('À')).toBe(false);
    expect(pagesWithoutText({pages: ['Titre', '', '2', 'Fin']})).toEqual([2, 3]);
  });
});

describe('document title', () => {
  it('takes the Info title, else the XMP title, without a tool prefix', () => {
    expect(documentTitle({Title: '  Regrouper   les organismes '}, 'Autre')).toBe('Regrouper les organismes');
    expect(documentTitle({Title: 'Microsoft PowerPoint - Gouvernance des SAC'}, null)).toBe('Gouvernance des SAC');
    expect(documentTitle({}, 'Titre XMP du diaporama')).toBe('Titre XMP du diaporama');
  });

  it('ignores placeholders and file names that tools write when the author gave no title', () => {
    for (const title of ['Untitled', 'Sans titre', 'Présentation PowerPoint', 'diapo_v3.pptx', 'export.pdf', '   ', 'Diapositive 1']) {
      expect(documentTitle({Title: title}, undefined)).toBeUndefined();
    }
    expect(documentTitle({Title: 'Untitled'}, 'Le vrai titre')).toBe('Le vrai titre');
    expect(documentTitle(undefined, undefined)).toBeUndefined();
  });
});
