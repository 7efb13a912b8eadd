import fs from 'node:fs';

/** Debian's Chromium (CHROME_PATH overrides): Playwright never downloads a browser here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'Chromium est introuvable : installez le paquet Debian « chromium » (apt-get install chromium) ou indiquez son chemin dans CHROME_PATH.',
    );
  }
  return found;
}
