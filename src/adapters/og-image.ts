/** Open Graph images of the days, drawn with @napi-rs/canvas (loaded only when one is drawn). */

/** Splits `text` into lines no wider than `width` with the context's current font. */
export function wrapLines(context: {measureText: (text: string) => {width: number}}, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A 1200×630 PNG for og:image: site name, the day's title, date and place. */
export async function openGraphImage(options: {title: string; dateLine: string; placeLine: string}): Promise<Buffer> {
  const {createCanvas} = await import('@napi-rs/canvas');
  const canvas = createCanvas(1200, 630);
  const context = canvas.getContext('2d');
  context.fillStyle = '#1d4e89';
  context.fillRect(0, 0, 1200, 630);
  context.fillStyle = '#f2c94c';
  context.fillRect(80, 90, 120, 8);
  context.fillStyle = '#ffffff';
  context.font = 'bold 40px sans-serif';
  context.fillText('Boussole', 80, 160);
  context.font = 'bold 54px sans-serif';
  const lines = wrapLines(context, options.title, 1040).slice(0, 4);
  lines.forEach((line, index) => context.fillText(line, 80, 260 + index * 66));
  context.font = '34px sans-serif';
  context.fillText(options.dateLine, 80, 260 + lines.length * 66 + 40);
  context.fillText(options.placeLine, 80, 260 + lines.length * 66 + 90);
  return canvas.encode('png');
}
