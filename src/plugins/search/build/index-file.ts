/**
 * The index file: its content-hashed name (the plugin), and finding and reading it
 * in a built site (the CLI, the benchmark, the build tests).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {SerializedIndex} from '../query/index-format';

/** Default folder of the index in the built site (the plugin's `indexDirectory` option). */
export const INDEX_DIRECTORY = 'search-index';

/** `fr.<hash>.json`, the hash of its content: a new index is a new URL, cacheable for good. */
export function indexFileName(json: string): string {
  return `fr.${crypto.createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
}

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
