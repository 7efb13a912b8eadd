/**
 * npm run publier -- chemin/fichier.pdf --session <journée/session> [--titre …]
 *   [--type slides|programme|document] [--intervenant <id>] [--apres 2022-03-22T16:30]
 *   [--langue fr] [--taille-max 50] [--force] [--racine <dossier du site>]
 */
import {resolveNow} from '../domain/release';
import {applyPublication, planPublication} from '../publishing/publish';
import {loadForCommand, resolveRoots} from '../publishing/site-roots';
import {parseCommandArgs, runCommand, UsageError, type CommandSpec} from './run-command';

const COMMAND = {
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

async function main(argv: string[]): Promise<void> {
  const {values, positionals} = parseCommandArgs(argv, COMMAND);
  if (positionals.length !== 1 || !values.session) throw new UsageError('Indiquez un fichier PDF et --session.', COMMAND.usage);
  const maxMegabytes = values['taille-max'] === undefined ? undefined : Number(values['taille-max']);
  if (maxMegabytes !== undefined && !(maxMegabytes > 0)) throw new UsageError('--taille-max attend un nombre de mégaoctets positif, par exemple 50.', COMMAND.usage);
  const roots = resolveRoots(values.racine, process.env, process.cwd());
  const model = loadForCommand(roots);
  const plan = await planPublication(
    model,
    {source: positionals[0], session: values.session, title: values.titre, kind: values.type, speaker: values.intervenant, releaseAt: values.apres, language: values.langue, force: values.force, maxMegabytes},
    resolveNow(process.env),
  );
  applyPublication(plan);
  console.log(plan.summary);
  console.log('Relancez la construction du site (npm run build) pour le mettre en ligne.');
}

runCommand(() => main(process.argv.slice(2)), COMMAND.writes);
