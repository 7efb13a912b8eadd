/**
 * Text recognition (OCR) of page images, in French and offline: tesseract.js
 * runs its WebAssembly engine from node_modules (tesseract.js-core) in a worker
 * thread and reads the French model that @tesseract.js-data/fra ships. Nothing
 * is downloaded and nothing is written: `langPath` points into the package and
 * `cacheMethod: 'none'` keeps tesseract.js from copying the model anywhere.
 */
import {createWorker, OEM} from 'tesseract.js';
import {normaliseText} from './pdf';

export const OCR_LANGUAGE = 'fra';

/**
 * Below this mean word confidence (0–100) a page is taken as a picture without
 * text: a photo or a chart comes out as scattered symbols around 35, a slide's
 * text around 90 (measured on the test deck and on a drawing of random shapes).
 */
export const MIN_PAGE_CONFIDENCE = 50;

/** Folder of the gzipped French model inside node_modules. */
export function frenchModelDir(): string {
  return (require('@tesseract.js-data/fra') as {langPath: string}).langPath;
}

/** Recognised text, as the site writes French: whitespace collapsed, typographic apostrophes. */
export function tidyRecognisedText(text: string): string {
  return normaliseText(text).replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** The text of each image (PNG, JPEG…), in order; '' for an image where nothing was read with confidence. */
export async function recogniseImages(images: Uint8Array[]): Promise<string[]> {
  if (images.length === 0) return [];
  const worker = await createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, {
    langPath: frenchModelDir(),
    gzip: true,
    cacheMethod: 'none',
    logger: () => {},
  });
  try {
    const texts: string[] = [];
    for (const image of images) {
      const {data} = await worker.recognize(Buffer.from(image));
      texts.push(data.confidence >= MIN_PAGE_CONFIDENCE ? tidyRecognisedText(data.text) : '');
    }
    return texts;
  } finally {
    await worker.terminate();
  }
}
