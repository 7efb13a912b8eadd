import {describe, expect, it} from 'vitest';
import {makePdf} from '../../plugins/journees/__tests__/__fixtures__/make-pdf';
import {hasPdfMagic, inspectPdf, PdfError, renderFirstPage, sha256} from '../pdf';

describe('PDF facts', () => {
  it('reads page count, text per page, size and SHA-256 of a generated PDF', async () => {
    const bytes = await makePdf(['Premiere page Boussole', 'Deuxieme page essai', 'Troisieme page fin']);
    const facts = await inspectPdf(bytes, 'essai.pdf');
    expect(facts.pageCount).toBe(3);
    expect(facts.pages).toEqual(['Premiere page Boussole', 'Deuxieme page essai', 'Troisieme page fin']);
    expect(facts.size).toBe(bytes.length);
    expect(facts.sha256).toBe(sha256(bytes));
    expect(facts.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders a non-blank PNG of the first page', async () => {
    const bytes = await makePdf(['Texte visible sur la vignette']);
    const png = await renderFirstPage(bytes, 'essai.pdf', 200);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const {loadImage, createCanvas} = await import('@napi-rs/canvas');
    const image = await loadImage(png);
    expect(image.width).toBe(200);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let dark = 0;
    for (let index = 0; index < pixels.length; index += 4) if (pixels[index] < 128) dark += 1;
    expect(dark).toBeGreaterThan(20);
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
});
