import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DATA_FAULTS, FIXTURE_DAY} from '../../plugins/journees/__tests__/__fixtures__/faults';
import {makeSite} from '../../publishing/__tests__/__fixtures__/site';
import {addSecondDay, expectMisused, expectRefused, run, runProcess} from './__fixtures__/commands';

const sites: string[] = [];
let site: string;
const newSite = () => {
  const dir = makeSite();
  sites.push(dir);
  return dir;
};
const SESSION = `${FIXTURE_DAY}/ouverture`;

beforeAll(() => {
  site = newSite();
});
afterAll(() => sites.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

describe('npm run compte-rendu', () => {
  it('scaffolds a draft summary tied to its session, then refuses a second one', async () => {
    const result = await run('compte-rendu', site, ['--session', SESSION]);
    expect(result.code, result.stderr).toBe(0);
    const file = path.join(site, 'blog', '2030-06-14-compte-rendu-ouverture.md');
    const text = fs.readFileSync(file, 'utf8');
    const frontMatter = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
    expect(frontMatter).toMatchObject({session: SESSION, authors: ['redaction'], tags: ['compte-rendu', 'faire-groupe'], draft: true});
    expect(text).toContain('À RÉDIGER');
    expect(text).toContain('<!-- truncate -->');
    await expectRefused('compte-rendu', site, ['--session', SESSION], /Refusé : la session 2030-06-14-essai\/ouverture a déjà un compte rendu \(blog\/2030-06-14-compte-rendu-ouverture\.md\)\./);
  });

  it('is misused (exit 2) with an unknown option or without --session', async () => {
    await expectMisused('compte-rendu', site, ['--session', SESSION, '--inconnue'], /^Option inconnue « --inconnue »\./);
    await expectMisused('compte-rendu', site, [], /^Indiquez --session\./);
    await expectMisused('compte-rendu', site, ['--session'], /^L’option --session attend une valeur\./);
    await expectMisused('compte-rendu', site, ['--session', SESSION, 'en-trop'], /^Argument inattendu « en-trop » : cette commande n’en prend pas\./);
  });

  it('refuses an unknown or ambiguous session, or an unknown author', async () => {
    await expectRefused('compte-rendu', site, ['--session', `${FIXTURE_DAY}/cloture`], /session inconnue « 2030-06-14-essai\/cloture »/);
    await expectRefused('compte-rendu', site, ['--session', `${FIXTURE_DAY}/atelier`, '--auteur', 'inconnu'], /auteur inconnu « inconnu »/);
    const twoDays = newSite();
    addSecondDay(twoDays);
    await expectRefused('compte-rendu', twoDays, ['--session', 'atelier'], /« atelier » désigne plusieurs sessions : précisez la journée/);
  });

  it('refuses when its target file exists without being that session’s summary', async () => {
    const other = newSite();
    fs.writeFileSync(path.join(other, 'blog', '2030-06-14-compte-rendu-atelier.md'), '---\ntitle: Un autre billet\n---\n\nTexte.\n');
    await expectRefused('compte-rendu', other, ['--session', `${FIXTURE_DAY}/atelier`], /Refusé : blog\/2030-06-14-compte-rendu-atelier\.md existe déjà \(sans lien avec cette session\)/);
  });

  it('refuses outside the site, on invalid data, an unreadable post or a missing authors file', async () => {
    const elsewhere = newSite();
    fs.rmSync(path.join(elsewhere, 'docs'), {recursive: true});
    await expectRefused('compte-rendu', elsewhere, ['--session', SESSION], /n’est pas la racine du site Boussole/);
    const broken = newSite();
    DATA_FAULTS.find((fault) => fault.name === 'duplicate-session')!.apply(path.join(broken, 'src/data'));
    await expectRefused('compte-rendu', broken, ['--session', SESSION], /Les données sont invalides, corrigez-les d’abord : .*champ « sessions\[1\]\.id » : identifiant « ouverture » en double/);
    const badPost = newSite();
    fs.writeFileSync(path.join(badPost, 'blog', 'billet.md'), '---\ntitle: [pas fermé\n---\n\nTexte.\n');
    await expectRefused('compte-rendu', badPost, ['--session', SESSION], /Refusé : blog\/billet\.md a un en-tête \(front matter\) illisible/);
    const noAuthors = newSite();
    fs.rmSync(path.join(noAuthors, 'blog', 'authors.yml'));
    await expectRefused('compte-rendu', noAuthors, ['--session', SESSION], /Refusé : blog\/authors\.yml est introuvable/);
  });

  it('ends as a process with exit 1 and « Rien n’a été modifié. » when refused', {timeout: 60_000}, () => {
    const result = runProcess('compte-rendu', site, ['--session', `${FIXTURE_DAY}/cloture`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/session inconnue « 2030-06-14-essai\/cloture ».*\nRien n’a été modifié\.\n$/);
  });
});
