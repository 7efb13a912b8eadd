/**
 * The days content, loaded once per build (loadContent): the validated data,
 * the facts of every PDF (read once, cached by SHA-256), the release decision
 * of every resource, and the documents handed to the search index. Pages,
 * derived files and search all read these decisions; none re-takes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Model} from '../../domain/data-schema';
import {releaseState, type ReleaseState} from '../../domain/release';
import {loadModel, materialsDir} from '../../adapters/data-files';
import type {PdfCache} from '../../adapters/pdf-cache';
import type {PdfFacts} from '../../adapters/pdf';
import type {Theme} from '../../adapters/themes-file';
import type {SearchDocument} from '../search/documents';
import {materialKey, resourceKey} from './keys';
import {daysSearchDocuments} from './search-documents';

export interface DaysContent {
  model: Model;
  /** The themes (ids and labels) of the themes file. */
  themes: Theme[];
  /** ISO instant of the build's "now" (BOUSSOLE_NOW or the clock). */
  now: string;
  /** Facts of every PDF of the data, by materialKey (embargoed ones included: they are checked, not shown). */
  pdfFacts: Record<string, PdfFacts>;
  /** The release decision of every resource, by resourceKey. */
  releases: Record<string, ReleaseState>;
  /** Read by the search plugin (documentPlugins option). */
  searchDocuments: SearchDocument[];
}

/** The release decisions and search documents of loaded data (pure: no file is read). */
export function resolveDaysContent(loaded: Pick<DaysContent, 'model' | 'themes' | 'pdfFacts'> & {now: Date}): DaysContent {
  const releases: Record<string, ReleaseState> = {};
  for (const day of loaded.model.days) {
    for (const resource of day.resources) releases[resourceKey(day.id, resource.id)] = releaseState(resource, loaded.now);
  }
  const content = {model: loaded.model, themes: loaded.themes, now: loaded.now.toISOString(), pdfFacts: loaded.pdfFacts, releases};
  return {...content, searchDocuments: daysSearchDocuments(content)};
}

/** Loads and validates the data, reads every PDF (through the cache), then resolves the content. */
export async function loadDaysContent(options: {siteDir: string; dataDir: string; themes: Theme[]; now: Date; cache: PdfCache}): Promise<DaysContent> {
  const {siteDir, dataDir, cache} = options;
  const model = loadModel({dataDir, themes: options.themes.map((theme) => theme.id)});
  const pdfFacts: Record<string, PdfFacts> = {};
  for (const day of model.days) {
    for (const resource of day.resources) {
      if (!resource.file) continue;
      const file = path.join(materialsDir(dataDir, day.id), resource.file);
      pdfFacts[materialKey(day.id, resource.file)] = await cache.facts(fs.readFileSync(file), path.relative(siteDir, file));
    }
  }
  return resolveDaysContent({model, themes: options.themes, pdfFacts, now: options.now});
}
