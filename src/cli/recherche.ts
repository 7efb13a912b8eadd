/**
 * npm run recherche -- "requête" [--json] [--type article,glossaire] [--theme fusion] [--limite 10] [--site build | --index fichier.json]
 * Answers from the built index with the same query code as the browser, reading the
 * same fragments (the entry file, then the shards and pages the query needs).
 */
import path from 'node:path';
import fs from 'node:fs';
import {findIndexFile, openIndexFile} from '../plugins/search/build/index-file';
import {MISSING_WORDS, resultCountMessage, TYPE_LABEL_SINGULAR} from '../plugins/search/present/messages';
import {segmentsToText} from '../plugins/search/present/segments';
import {isRecordType, RECORD_TYPES, type RecordType} from '../plugins/search/query/search-record';
import {CommandError} from '../domain/errors';
import {runCommand, UsageError} from './run-command';

export {UsageError};

interface CliOptions {
  query: string;
  json: boolean;
  types: RecordType[];
  themes: string[];
  limit: number;
  site: string;
  index?: string;
}


const USAGE =
  'Usage : npm run recherche -- "requête" [--json] [--type article,compte-rendu,session,intervenant,support,glossaire] [--theme id] [--limite 10] [--site build] [--index fichier.json]';

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {query: '', json: false, types: [], themes: [], limit: 10, site: 'build'};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`L’option ${arg} attend une valeur.\n${USAGE}`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--type') {
      for (const type of value().split(',')) {
        if (!isRecordType(type)) throw new UsageError(`Type inconnu « ${type} » : choisissez parmi ${RECORD_TYPES.join(', ')}.`);
        options.types.push(type);
      }
    } else if (arg === '--theme') options.themes.push(value());
    else if (arg === '--limite' || arg === '--limit') {
      const limit = Number(value());
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limite attend un entier positif, par exemple --limite 10.');
      options.limit = limit;
    } else if (arg === '--site') options.site = value();
    else if (arg === '--index') options.index = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`Option inconnue « ${arg} ».\n${USAGE}`);
    else words.push(arg);
  }
  options.query = words.join(' ');
  return options;
}

export interface CliResult {
  rank: number;
  url: string;
  title: string;
  type: RecordType;
  snippet: string;
}

export async function run(argv: string[], cwd = process.cwd()): Promise<{output: string; results: CliResult[]}> {
  const options = parseArgs(argv);
  if (!options.query.trim()) throw new UsageError(`Indiquez une requête.\n${USAGE}`);
  const file = options.index ? path.resolve(cwd, options.index) : findIndexFile(path.resolve(cwd, options.site));
  if (!file || !fs.existsSync(file)) {
    throw new CommandError(
      `Aucun index de recherche trouvé${options.index ? ` (${options.index})` : ` dans « ${options.site}/search-index/ »`} : lancez d’abord « npm run build ».`,
    );
  }
  const engine = openIndexFile(file);
  const response = await engine.search(options.query, {types: options.types, themes: options.themes}, options.limit);
  const results: CliResult[] = response.hits.map((hit, i) => {
    const top = hit.sections[0];
    return {
      rank: i + 1,
      url: top.url,
      title: top.title === hit.pageTitle ? hit.pageTitle : `${hit.pageTitle} › ${top.title}`,
      type: top.type,
      snippet: segmentsToText(top.snippet),
    };
  });
  if (options.json) return {output: JSON.stringify(results, null, 2), results};
  const summary = resultCountMessage(response.total, options.query, {complete: response.complete});
  if (results.length === 0) return {output: `${summary}.`, results};
  const lines = [`${summary}.`, ''];
  response.hits.forEach((hit, i) => {
    const top = hit.sections[0];
    lines.push(`${i + 1}. [${TYPE_LABEL_SINGULAR[top.type]}] ${results[i].title}`);
    lines.push(`   ${top.url}`);
    if (hit.missingWords.length > 0) lines.push(`   ${MISSING_WORDS} ${hit.missingWords.join(', ')}`);
    if (top.snippet.length > 0) lines.push(`   ${segmentsToText(top.snippet, (text) => `«${text}»`)}`);
    for (const section of hit.sections.slice(1)) lines.push(`   · ${section.title} — ${section.url}`);
  });
  return {output: lines.join('\n'), results};
}

if (require.main === module) runCommand(async () => console.log((await run(process.argv.slice(2))).output), false);
