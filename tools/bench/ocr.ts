/**
 * `npm run bench:ocr`: what recognising the text of a slide deck without text
 * layer costs on this machine, and what the cache by SHA-256 saves, measured
 * in one process, side by side:
 *   1. the facts of the same deck with its text layer (pdf.js reading only) — the baseline;
 *   2. the facts of the deck as pictures, cache empty: reading, rendering, OCR;
 *   3. the same facts, cache hit (what every build after `publier` does);
 * then the OCR engine's start and its time per page (3 slides, 1920 × 1080 px).
 * Wall-clock and CPU time (the process and its threads) are both given: on a
 * shared machine the first grows with the load, the second much less.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {recogniseImages} from '../../src/adapters/ocr';
import {inspectPdf, renderPages} from '../../src/adapters/pdf';
import {PdfCache} from '../../src/adapters/pdf-cache';
import {OCR_RENDER_SCALE} from '../../src/adapters/pdf-ocr';
import {makeImageOnlyDeck, makeSlideDeck} from '../../src/plugins/journees/__tests__/__fixtures__/make-slides';

const ROUNDS = 3;

interface Timing {
  wall: number;
  cpu: number;
}

async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return {wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (used.user + used.system) / 1e6};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medianTiming = (timings: Timing[]): Timing => ({wall: median(timings.map((t) => t.wall)), cpu: median(timings.map((t) => t.cpu))});
const duration = (value: number) =>
  value < 1 ? `${(value * 1000).toLocaleString('fr-FR', {maximumFractionDigits: 1})} ms` : `${value.toLocaleString('fr-FR', {maximumFractionDigits: 2})} s`;
const ratio = (value: number, baseline: number) => `×${(value / baseline).toLocaleString('fr-FR', {maximumSignificantDigits: 3})}`;

async function main(): Promise<void> {
  const withText = await makeSlideDeck();
  const pictures = await makeImageOnlyDeck();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-bench-ocr-'));
  try {
    const rows: {label: string; timing: Timing}[] = [];
    const textLayer: Timing[] = [];
    for (let round = 0; round < ROUNDS; round += 1) textLayer.push(await timed(() => inspectPdf(withText, 'texte.pdf')));
    rows.push({label: 'Diaporama avec couche texte (lecture pdf.js)', timing: medianTiming(textLayer)});
    const cold: Timing[] = [];
    const warm: Timing[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const cache = new PdfCache(path.join(cacheDir, String(round)));
      cold.push(await timed(() => cache.facts(pictures, 'images.pdf')));
      warm.push(await timed(() => cache.facts(pictures, 'images.pdf')));
    }
    rows.push({label: 'Diaporama en images, cache vide (lecture, rendu, OCR de 3 pages)', timing: medianTiming(cold)});
    rows.push({label: 'Diaporama en images, cache par SHA-256', timing: medianTiming(warm)});

    const images = await renderPages(pictures, 'images.pdf', [1, 2, 3], {scale: OCR_RENDER_SCALE});
    const one: Timing[] = [];
    const three: Timing[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      one.push(await timed(() => recogniseImages(images.slice(1, 2))));
      three.push(await timed(() => recogniseImages(images)));
    }
    const [oneMedian, threeMedian] = [medianTiming(one), medianTiming(three)];
    const perPage = {wall: (threeMedian.wall - oneMedian.wall) / 2, cpu: (threeMedian.cpu - oneMedian.cpu) / 2};
    const start = {wall: oneMedian.wall - perPage.wall, cpu: oneMedian.cpu - perPage.cpu};

    const baseline = rows[0].timing;
    console.log(`\nTexte des PDF sans couche texte — ${os.cpus().length} cœurs, Node ${process.version}, charge ${os.loadavg()[0].toFixed(1)}, médiane de ${ROUNDS} essais\n`);
    console.log('| Faits du PDF | Durée | Rapport | Temps CPU | Rapport |');
    console.log('|---|---:|---:|---:|---:|');
    for (const {label, timing} of rows) {
      console.log(`| ${label} | ${duration(timing.wall)} | ${ratio(timing.wall, baseline.wall)} | ${duration(timing.cpu)} | ${ratio(timing.cpu, baseline.cpu)} |`);
    }
    console.log(`\nOCR (tesseract.js, français) : démarrage du moteur ${duration(start.wall)} (CPU ${duration(start.cpu)}), puis ${duration(perPage.wall)} par page (CPU ${duration(perPage.cpu)}).`);
  } finally {
    fs.rmSync(cacheDir, {recursive: true, force: true});
  }
}

void main();
