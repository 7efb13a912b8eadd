/**
 * `npm run bench:size [-- --site <build dir>]`
 *
 * Builds tools/fixtures/classic-baseline (a fresh classic Docusaurus site,
 * same version, French, Faster on) and Boussole (unless --site points at an
 * existing build), then compares the first-load JS + CSS of their home pages,
 * gzip. Exits 1 if Boussole is more than 10 % heavier.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {buildSite, ROOT} from '../quality/build-site';
import {formatComparison, measureFirstLoad, sizeRatio} from '../quality/first-load';

const LIMIT = 1.1;
const BASELINE_DIR = path.join(ROOT, 'tools/fixtures/classic-baseline');

function main(): number {
  const {values} = parseArgs({args: process.argv.slice(2), options: {site: {type: 'string'}}});
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-bench-size-'));
  try {
    const baselineOut = path.join(workDir, 'classic');
    console.log('Construction du site classique de référence…');
    buildSite({siteDir: BASELINE_DIR, outDir: baselineOut});
    let siteOut: string;
    if (values.site) {
      siteOut = path.resolve(values.site);
      if (!fs.existsSync(path.join(siteOut, 'index.html'))) {
        console.error(`--site ${siteOut} : aucun index.html. Construisez le site ou omettez --site pour qu’il soit construit ici.`);
        return 2;
      }
    } else {
      console.log('Construction de Boussole…');
      siteOut = path.join(workDir, 'boussole');
      buildSite({outDir: siteOut});
    }
    const site = measureFirstLoad(siteOut);
    const baseline = measureFirstLoad(baselineOut);
    console.log('\nPremier chargement de la page d’accueil (JS + CSS bloquants, gzip niveau 9)\n');
    console.log(formatComparison(site, baseline, LIMIT));
    console.log('\nFichiers de Boussole :');
    for (const asset of site.assets) console.log(`  ${asset.href}  ${asset.gzipBytes} o gzip (${asset.bytes} o)`);
    console.log('Fichiers du site classique :');
    for (const asset of baseline.assets) console.log(`  ${asset.href}  ${asset.gzipBytes} o gzip (${asset.bytes} o)`);
    return sizeRatio(site, baseline) <= LIMIT ? 0 : 1;
  } finally {
    fs.rmSync(workDir, {recursive: true, force: true});
  }
}

try {
  process.exit(main());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
