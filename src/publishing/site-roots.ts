/** Where the editors' commands find the site and its data, and the data they load before changing anything. */
import fs from 'node:fs';
import path from 'node:path';
import {CommandError, DataError} from '../domain/errors';
import type {Model} from '../domain/data-schema';
import {loadModel} from '../adapters/data-files';
import {readThemes} from '../adapters/themes-file';

export interface Roots {
  siteDir: string;
  dataDir: string;
}

/** --racine / BOUSSOLE_SITE_DIR for the site, BOUSSOLE_DATA_DIR for the data (default <site>/src/data). */
export function resolveRoots(option: string | undefined, env: Record<string, string | undefined>, cwd: string): Roots {
  const siteDir = path.resolve(cwd, option || env.BOUSSOLE_SITE_DIR || '.');
  if (!fs.existsSync(path.join(siteDir, 'docs', 'tags.yml'))) {
    throw new CommandError(`${siteDir} n’est pas la racine du site Boussole (docs/tags.yml introuvable). Lancez la commande depuis le dépôt ou indiquez --racine <dossier>.`);
  }
  const dataDir = env.BOUSSOLE_DATA_DIR ? path.resolve(siteDir, env.BOUSSOLE_DATA_DIR) : path.join(siteDir, 'src', 'data');
  return {siteDir, dataDir};
}

export function loadForCommand(roots: Roots): Model {
  try {
    return loadModel({dataDir: roots.dataDir, themes: readThemes(roots.siteDir).map((theme) => theme.id)});
  } catch (error) {
    if (error instanceof DataError) throw new CommandError(`Les données sont invalides, corrigez-les d’abord : ${error.message}`);
    throw error;
  }
}
