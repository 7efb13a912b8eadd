/**
 * The one reader of the bibliography file (src/data/sources.yml). `readSources`
 * returns every problem (for the content check); `loadBibliography` stops at
 * the first one with a DataError naming the file, the field and the fix (for
 * the build).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {DataError} from '../domain/errors';
import {validateBibliography, type ValidatedBibliography} from '../domain/bibliography';
import type {Bibliography} from '../domain/source-schema';

export const DEFAULT_SOURCES_FILE = 'src/data/sources.yml';

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Parses and validates `file`; a missing file is a bibliography with no source. */
export function readSources(file: string): ValidatedBibliography {
  if (!fs.existsSync(file)) return {sources: {}, invalid: [], issues: []};
  let raw: unknown;
  try {
    // uniqueKeys (the default) refuses an id written twice.
    raw = YAML.parse(fs.readFileSync(file, 'utf8'), {prettyErrors: true});
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    const duplicate = /Map keys must be unique/.test(message);
    return {
      sources: {},
      invalid: [],
      issues: [
        duplicate
          ? {field: '(fichier)', problem: `un identifiant est défini deux fois (${message})`, fix: 'Gardez une seule entrée par identifiant : fusionnez les deux.'}
          : {field: '(fichier)', problem: `YAML illisible : ${message}`, fix: 'Corrigez la syntaxe (indentation, deux-points, guillemets).'},
      ],
    };
  }
  return validateBibliography(raw);
}

/** The validated bibliography, or a DataError for its first problem. */
export function loadBibliography(file: string): Bibliography {
  const {sources, issues} = readSources(file);
  const [first] = issues;
  if (first) throw new DataError(relative(file), first.field, first.problem, first.fix);
  return sources;
}

const cache = new Map<string, {mtimeMs: number; sources: Bibliography}>();

/** loadBibliography, read again only when the file changes (the remark plugin runs once per page). */
export function loadBibliographyCached(file: string): Bibliography {
  const mtimeMs = fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1;
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.sources;
  const sources = loadBibliography(file);
  cache.set(file, {mtimeMs, sources});
  return sources;
}
