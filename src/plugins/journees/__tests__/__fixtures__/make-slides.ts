/**
 * A FICTIONAL French slide deck for the tests (pdf-lib), and its image-only
 * twin: each slide rendered to a picture and the pictures put back into a PDF,
 * as when a speaker exports slides from a design tool or scans them. Bytes are
 * the same on every run (fixed dates), so the OCR cache by SHA-256 holds.
 */
import {PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage} from 'pdf-lib';
import {renderPages} from '../../../../adapters/pdf';

export const DECK_TITLE = 'Regrouper les organismes, garder l’ancrage local';
/** A word only slide 2 has: search must find it with a #page=2 link. */
export const PAGE_2_WORD = 'Ribambelle';

interface Slide {
  title: string;
  lines: string[];
}

export const SLIDES: Slide[] = [
  {title: DECK_TITLE, lines: ['Journée d’essai du 14 juin 2030', 'Support fictif, écrit pour les tests de Boussole']},
  {
    title: 'Gouvernance de la société de coordination',
    lines: [
      '• Un conseil d’administration où chaque organisme siège',
      '• Des comités territoriaux proches des intercommunalités',
      `• Le pacte ${PAGE_2_WORD} fixe les engagements des associés`,
      '• Des achats et une maîtrise d’ouvrage mutualisés',
    ],
  },
  {
    title: 'Calendrier et prochaines étapes',
    lines: ['• Septembre : consultation des collectivités', '• Décembre : vote des conseils d’administration', '• 2031 : premier plan stratégique commun'],
  },
];

/** 16:9 slides, in points. */
const WIDTH = 960;
const HEIGHT = 540;
const FIXED_DATE = new Date('2030-06-01T08:00:00Z');

function setFixedMetadata(document: PDFDocument, title: string): void {
  document.setTitle(title);
  document.setProducer('Boussole (tests)');
  document.setCreator('Boussole (tests)');
  document.setCreationDate(FIXED_DATE);
  document.setModificationDate(FIXED_DATE);
}

function drawSlide(page: PDFPage, slide: Slide, number: number, fonts: {bold: PDFFont; regular: PDFFont}): void {
  const ink = rgb(0.1, 0.16, 0.3);
  page.drawRectangle({x: 0, y: 0, width: 24, height: HEIGHT, color: rgb(0.13, 0.4, 0.55)});
  page.drawText(slide.title, {x: 70, y: HEIGHT - 110, size: 34, font: fonts.bold, color: ink});
  slide.lines.forEach((line, index) => page.drawText(line, {x: 80, y: HEIGHT - 200 - index * 52, size: 24, font: fonts.regular, color: ink}));
  page.drawText(`Journée d’essai — diapositive ${number}`, {x: 70, y: 28, size: 12, font: fonts.regular, color: rgb(0.35, 0.35, 0.4)});
}

/** The deck with its text layer. */
export async function makeSlideDeck(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const fonts = {bold: await document.embedFont(StandardFonts.HelveticaBold), regular: await document.embedFont(StandardFonts.Helvetica)};
  setFixedMetadata(document, DECK_TITLE);
  SLIDES.forEach((slide, index) => drawSlide(document.addPage([WIDTH, HEIGHT]), slide, index + 1, fonts));
  return document.save();
}

/** The deck (or some of its slides, numbered from 1) as pictures only, 1280 × 720 px per slide: no text layer at all. */
export async function makeImageOnlyDeck(slides = SLIDES.map((_, index) => index + 1)): Promise<Uint8Array> {
  const deck = await makeSlideDeck();
  const images = await renderPages(deck, 'diaporama.pdf', slides, {width: 1280});
  const document = await PDFDocument.create();
  setFixedMetadata(document, DECK_TITLE);
  for (const png of images) {
    const image = await document.embedPng(png);
    document.addPage([WIDTH, HEIGHT]).drawImage(image, {x: 0, y: 0, width: WIDTH, height: HEIGHT});
  }
  return document.save();
}
