/**
 * A test site as « the good base plus one fault »: its bibliography, one doc
 * and one blog post; each fault is one edit of a temporary copy, with the file,
 * the field and the problem the build must stop on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_SITE = path.join(__dirname, 'site');
export const SOURCES_FILE = 'src/data/sources.yml';
export const ARTICLE = 'docs/article.md';
export const POST = 'blog/2026-10-01-billet.md';

export interface SourcesFault {
  name: string;
  file: string;
  field: string;
  problem: RegExp;
  edit: {file: string; from: string; to: string};
}

export const SOURCES_FAULTS: SourcesFault[] = [
  {name: 'invalid-entry', file: SOURCES_FILE, field: 'code-essai-l1-1.version', problem: /article de code sans version/, edit: {file: SOURCES_FILE, from: '  version: 2020-01-01\n', to: ''}},
  {name: 'unknown-citation', file: ARTICLE, field: '[^etude-inconnue]', problem: /source inconnue « etude-inconnue »/, edit: {file: ARTICLE, from: '[^etude-essai-2026-09], et', to: '[^etude-essai-2026-09][^etude-inconnue], et'}},
  {name: 'uncited-source', file: SOURCES_FILE, field: 'rapport-essai-sans-adresse', problem: /source citée par aucune page/, edit: {file: POST, from: '[^rapport-essai-sans-adresse]', to: ''}},
];

/** A temporary copy of the test site with `fault`; the caller removes it. */
export function siteWithFault(fault: SourcesFault): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), `boussole-sources-${fault.name}-`));
  fs.cpSync(FIXTURE_SITE, siteDir, {recursive: true});
  const file = path.join(siteDir, fault.edit.file);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(fault.edit.from)) throw new Error(`fixture fault: « ${fault.edit.from} » is not in ${fault.edit.file}`);
  fs.writeFileSync(file, text.replace(fault.edit.from, fault.edit.to));
  return siteDir;
}
