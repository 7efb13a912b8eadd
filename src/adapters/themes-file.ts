/**
 * The themes are the tags declared in the knowledge base's tags file
 * (docs/tags.yml): their ids tag days, sessions, articles and search records.
 * This is the one reader of that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface Theme {
  id: string;
  label: string;
}

export const DEFAULT_THEMES_FILE = 'docs/tags.yml';

/** Themes of `themesFile` (relative to `siteDir`), in file order; a missing file has none. */
export function readThemes(siteDir: string, themesFile = DEFAULT_THEMES_FILE): Theme[] {
  const file = path.resolve(siteDir, themesFile);
  if (!fs.existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${themesFile} n’est pas un YAML valide (${(error as Error).message.split('\n')[0]}) : corrigez ce fichier.`);
  }
  if (!parsed || typeof parsed !== 'object') return [];
  return Object.entries(parsed as Record<string, {label?: string} | null>).map(([id, value]) => ({id, label: value?.label ?? id}));
}
