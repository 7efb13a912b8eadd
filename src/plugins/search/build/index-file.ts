/** Finds and reads the built search index (CLI and benchmark). */
import fs from 'node:fs';
import path from 'node:path';
import type {SerializedIndex} from '../query/index-format';

export const INDEX_DIRECTORY = 'search-index';

/** The newest `search-index/fr.<hash>.json` of a built site, or null. */
export function findIndexFile(siteDir: string): string | null {
  const directory = path.join(siteDir, INDEX_DIRECTORY);
  if (!fs.existsSync(directory)) return null;
  const files = fs
    .readdirSync(directory)
    .filter((name) => /^fr\.[0-9a-f]+\.json$/.test(name))
    .map((name) => path.join(directory, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0] ?? null;
}

export function readIndexFile(file: string): SerializedIndex {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SerializedIndex;
  } catch (error) {
    throw new Error(`Index de recherche illisible (${file}) : ${(error as Error).message}. Reconstruisez le site avec « npm run build ».`);
  }
}
