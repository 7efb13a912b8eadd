/**
 * Draws the site's Open Graph image (1200×630), static/img/boussole-og.png.
 * Run with `npm run og-image` after changing the title or the palette; the PNG
 * is committed, so builds do not depend on system fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createCanvas, GlobalFonts, type SKRSContext2D} from '@napi-rs/canvas';
import {wrapLines} from '../src/adapters/og-image';

const WIDTH = 1200;
const HEIGHT = 630;
const NAVY = '#1d4e89';
const DEEP = '#14263d';
const RED = '#c0392b';

const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'];

function registerFonts(): string {
  for (const dir of FONT_DIRS) if (fs.existsSync(dir)) GlobalFonts.loadFontsFromDir(dir);
  const families = GlobalFonts.families.map((family) => family.family);
  const family = ['DejaVu Sans', 'Liberation Sans'].find((name) => families.includes(name));
  if (!family) {
    throw new Error(
      'Aucune police DejaVu Sans ni Liberation Sans trouvée : installez le paquet Debian fonts-dejavu-core, puis relancez npm run og-image.',
    );
  }
  return family;
}

function fillPolygon(ctx: SKRSContext2D, points: [number, number][], color: string): void {
  ctx.beginPath();
  points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

/** The compass of the logo (static/img/logo.svg), drawn at `size` px. */
function drawCompass(ctx: SKRSContext2D, x: number, y: number, size: number): void {
  const scale = size / 64;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.beginPath();
  ctx.arc(32, 32, 29, 0, Math.PI * 2);
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.lineWidth = 5;
  ctx.strokeStyle = NAVY;
  ctx.stroke();
  // The needle: a navy diamond, its north half red.
  fillPolygon(ctx, [[32, 10], [40, 32], [32, 54], [24, 32]], NAVY);
  fillPolygon(ctx, [[32, 10], [40, 32], [24, 32]], RED);
  ctx.beginPath();
  ctx.arc(32, 32, 4, 0, Math.PI * 2);
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.restore();
}

export function drawOgImage(): Buffer {
  const family = registerFonts();
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');

  const gradient = ctx.createLinearGradient(0, 0, WIDTH, HEIGHT);
  gradient.addColorStop(0, DEEP);
  gradient.addColorStop(1, NAVY);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);

  drawCompass(ctx, 80, 80, 150);

  ctx.fillStyle = '#fff';
  ctx.font = `bold 96px "${family}"`;
  ctx.fillText('Boussole', 270, 185);

  ctx.fillStyle = '#dfe8f3';
  ctx.font = `38px "${family}"`;
  const lines = wrapLines(
    ctx,
    'Centre de ressources sur les regroupements HLM et les politiques locales de l’habitat',
    1040,
  );
  lines.forEach((text, index) => ctx.fillText(text, 80, 330 + index * 54));

  ctx.fillStyle = RED;
  ctx.fillRect(80, 490, 120, 8);
  ctx.fillStyle = '#fff';
  ctx.font = `bold 34px "${family}"`;
  ctx.fillText('Journée du 22 mars 2022 · Aatiko Conseils', 80, 560);

  return canvas.toBuffer('image/png');
}

function main(): void {
  const target = path.resolve(__dirname, '../static/img/boussole-og.png');
  const png = drawOgImage();
  const temporary = `${target}.tmp`;
  fs.writeFileSync(temporary, png);
  fs.renameSync(temporary, target);
  console.log(`Image Open Graph écrite : ${path.relative(process.cwd(), target)} (${WIDTH}×${HEIGHT}, ${png.length} octets)`);
}

if (require.main === module) main();
