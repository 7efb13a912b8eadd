/**
 * npm run publier -- chemin/fichier.pdf --session <journée/session> [--titre …]
 *   [--type slides|programme|document] [--intervenant <id>] [--apres 2022-03-22T16:30]
 *   [--langue fr] [--taille-max 50] [--force] [--racine <dossier du site>]
 */
import {parseArgs} from 'node:util';
import {resolveNow} from '../model/embargo';
import {CommandError} from '../model/errors';
import {applyPublication, loadForCommand, planPublication, resolveRoots} from '../model/publish';

const USAGE = 'Usage : npm run publier -- chemin/fichier.pdf --session <journée/session> [--titre …] [--type slides|programme|document] [--intervenant <id>] [--apres AAAA-MM-JJTHH:MM] [--langue fr] [--taille-max <Mo>] [--force] [--racine <dossier>]';

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
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
    });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n${USAGE}`);
  }
  const {values, positionals} = parsed;
  if (positionals.length !== 1 || !values.session) throw new CommandError(`Indiquez un fichier PDF et --session.\n${USAGE}`);
  const maxMegabytes = values['taille-max'] === undefined ? undefined : Number(values['taille-max']);
  if (maxMegabytes !== undefined && !(maxMegabytes > 0)) throw new CommandError('--taille-max attend un nombre de mégaoctets positif, par exemple 50.');
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

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CommandError) console.error(`${error.message}\nRien n’a été modifié.`);
  else console.error(`Erreur inattendue : ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
