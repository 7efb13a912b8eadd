/**
 * npm run publier -- chemin/fichier.pdf --session <journée/session> [--titre …]
 *   [--type slides|programme|document] [--intervenant <id>] [--apres 2022-03-22T16:30]
 *   [--langue fr] [--taille-max 50] [--force] [--racine <dossier du site>]
 */
import path from 'node:path';
import {resolveNow} from '../domain/release';
import type {PdfFacts} from '../adapters/pdf';
import {PdfCache, pdfCacheDir} from '../adapters/pdf-cache';
import {withRecognisedText} from '../adapters/pdf-ocr';
import {applyPublication, planPublication, publicationSummary} from '../publishing/publish';
import {loadForCommand, resolveRoots} from '../publishing/site-roots';
import {ALREADY_RECOGNISED, noTextLayerNotice, recognitionEstimate, recognitionReport} from '../publishing/text-recognition';
import {parseCommandArgs, processContext, runCommand, UsageError, type CommandContext, type CommandSpec} from './run-command';

export const COMMAND = {
  usage: 'Usage : npm run publier -- chemin/fichier.pdf --session <journée/session> [--titre …] [--type slides|programme|document] [--intervenant <id>] [--apres AAAA-MM-JJTHH:MM] [--langue fr] [--taille-max <Mo>] [--force] [--racine <dossier>]',
  allowPositionals: true,
  writes: true,
  options: {
    session: {type: 'string'},
    titre: {type: 'string'},
    type: {type: 'string'},
    intervenant: {type: 'string'},
    apres: {type: 'string'},
    langue: {type: 'string'},
    'taille-max': {type: 'string'},
    force: {type: 'boolean', default: false},
    racine: {type: 'string'},
  },
} satisfies CommandSpec<Record<string, {type: 'string' | 'boolean'; default?: boolean}>>;

export async function publier(argv: string[], context: CommandContext = processContext()): Promise<void> {
  const {env, print} = context;
  const {values, positionals} = parseCommandArgs(argv, COMMAND);
  if (positionals.length !== 1 || !values.session) throw new UsageError('Indiquez un fichier PDF et --session.', COMMAND.usage);
  const maxMegabytes = values['taille-max'] === undefined ? undefined : Number(values['taille-max']);
  if (maxMegabytes !== undefined && !(maxMegabytes > 0)) throw new UsageError('--taille-max attend un nombre de mégaoctets positif, par exemple 50.', COMMAND.usage);
  const roots = resolveRoots(values.racine, env, context.cwd);
  const model = loadForCommand(roots);
  const plan = await planPublication(model, {source: path.resolve(context.cwd, positionals[0]), session: values.session, title: values.titre, kind: values.type, speaker: values.intervenant, releaseAt: values.apres, language: values.langue, force: values.force, maxMegabytes}, roots.siteDir);

  // Pages without a text layer: their text is recognised now, before anything is written, and kept in the
  // build's cache (by SHA-256) once the publication is written, so the next build does not do it again.
  let recognised: PdfFacts | undefined;
  const cache = new PdfCache(pdfCacheDir(roots.siteDir));
  if (plan.pagesWithoutText.length > 0) {
    const label = path.basename(positionals[0]);
    print(noTextLayerNotice(label, plan.pagesWithoutText, plan.facts.pageCount));
    recognised = cache.cachedFacts(plan.bytes);
    if (recognised) print(ALREADY_RECOGNISED);
    else {
      print(recognitionEstimate(plan.pagesWithoutText.length));
      const started = performance.now();
      recognised = await withRecognisedText(plan.bytes, plan.facts, label);
      const {recognisedPages} = recognised;
      const unreadable = plan.pagesWithoutText.filter((page) => !recognisedPages.includes(page));
      print(recognitionReport(recognisedPages, unreadable, (performance.now() - started) / 1000));
    }
  }
  applyPublication(plan);
  if (recognised) cache.remember(plan.bytes, recognised);
  print(publicationSummary(plan, resolveNow(env), recognised));
  print('Relancez la construction du site (npm run build) pour le mettre en ligne.');
}

if (require.main === module) runCommand(() => publier(process.argv.slice(2)), COMMAND.writes);
