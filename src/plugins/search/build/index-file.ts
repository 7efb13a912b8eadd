/**
 * The index in a built site: finding its entry file, and a search engine reading its
 * fragments from disk (the CLI, the benchmark, the build tests), or from memory right
 * after building it (the unit tests, the benchmark).
 */
import fs from 'node:fs';
import path from 'node:path';
import {FragmentCache} from '../query/fragment-source';
import type {IndexEntry} from '../query/index-format';
import {SearchEngine} from '../query/search-engine';
import type {BuiltIndex} from './write-index';

/** Default folder of the index in the built site (the plugin's `indexDirectory` option). */
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

function parseIndexJson(file: string, text: () => string): unknown {
  try {
    return JSON.parse(text());
  } catch (error) {
    throw new Error(`Index de recherche illisible (${file}) : ${(error as Error).message}. Reconstruisez le site avec « npm run build ».`);
  }
}

/** A search engine that can also load its whole index at once (`loadAll`: the benchmark, the tests). */
export type LoadableEngine = SearchEngine & {loadAll(): Promise<void>};

function engineOver(entry: IndexEntry, read: (fragment: string) => Promise<unknown>): LoadableEngine {
  const source = new FragmentCache(read);
  const engine = new SearchEngine(entry, source);
  return Object.assign(engine, {loadAll: () => source.load(engine.allFragmentPaths())});
}

/** An engine over the index whose entry file is `file`; fragments are read next to it when a query needs them. */
export function openIndexFile(file: string): LoadableEngine {
  const directory = path.dirname(file);
  const entry = parseIndexJson(file, () => fs.readFileSync(file, 'utf8')) as IndexEntry;
  return engineOver(entry, async (fragment) => {
    const absolute = path.join(directory, fragment);
    return parseIndexJson(absolute, () => fs.readFileSync(absolute, 'utf8'));
  });
}

/** An engine over an index built in memory. `onRead` sees each fragment read (the benchmark counts the bytes of a first search). */
export function openBuiltIndex(built: BuiltIndex, onRead?: (fragment: string, json: string) => void): LoadableEngine {
  return engineOver(JSON.parse(built.files.get(built.entryName)!) as IndexEntry, async (fragment) => {
    const json = built.files.get(fragment);
    if (json === undefined) throw new Error(`Fragment absent de l’index : ${fragment}`);
    onRead?.(fragment, json);
    return JSON.parse(json);
  });
}
