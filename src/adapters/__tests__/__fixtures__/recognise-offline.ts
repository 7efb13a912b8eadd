/**
 * Run by ocr.test.ts in a child process preloaded with no-network.cjs: checks
 * that the block reaches worker threads, then recognises page 2 of the
 * image-only test deck and a picture without text. Prints a JSON report.
 */
import net from 'node:net';
import {Worker} from 'node:worker_threads';
import {createCanvas} from '@napi-rs/canvas';
import {recogniseImages} from '../../ocr';
import {renderPages} from '../../pdf';
import {OCR_RENDER_SCALE} from '../../pdf-ocr';
import {makeImageOnlyDeck} from '../../../plugins/journees/__tests__/__fixtures__/make-slides';

/** Whether a TCP connection attempt throws in a worker thread (as tesseract.js runs its engine in one). */
function blockedInWorker(): Promise<boolean> {
  const code = `const net = require('node:net'); const {parentPort} = require('node:worker_threads');
    try { net.connect(9, '127.0.0.1').on('error', () => {}); parentPort.postMessage(false); } catch { parentPort.postMessage(true); }`;
  return new Promise((resolve) => new Worker(code, {eval: true}).once('message', resolve));
}

/** Coloured discs and lines: a picture with nothing to read. */
async function shapes(): Promise<Buffer> {
  const canvas = createCanvas(640, 360);
  const context = canvas.getContext('2d');
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let index = 0; index < 200; index += 1) {
    context.fillStyle = `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 255)},${Math.floor(random() * 255)})`;
    context.beginPath();
    context.arc(random() * 640, random() * 360, random() * 30, 0, 2 * Math.PI);
    context.fill();
  }
  for (let index = 0; index < 50; index += 1) {
    context.beginPath();
    context.moveTo(random() * 640, random() * 360);
    context.lineTo(random() * 640, random() * 360);
    context.stroke();
  }
  return canvas.encode('png');
}

async function main(): Promise<void> {
  const begun = performance.now();
  let blockedInMain = false;
  try {
    net.connect(9, '127.0.0.1').on('error', () => {});
  } catch {
    blockedInMain = true;
  }
  const [page2] = await renderPages(await makeImageOnlyDeck([2]), 'diaporama.pdf', [1], {scale: OCR_RENDER_SCALE});
  const started = performance.now();
  const [slideText, shapesText] = await recogniseImages([page2, await shapes()]);
  console.log(JSON.stringify({blockedInMain, blockedInWorker: await blockedInWorker(), slideText, shapesText, ocrMilliseconds: Math.round(performance.now() - started), totalMilliseconds: Math.round(performance.now() - begun)}));
}

void main();
