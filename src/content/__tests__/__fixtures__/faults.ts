/**
 * Faulty knowledge bases as « the good base plus one fault »: each fault is one
 * edit of `good/article.md` in a temporary copy of `good/`, with the field and
 * the message the content check must report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GOOD_DOCS = path.join(__dirname, 'good');

export interface ContentFault {
  name: string;
  field: string;
  message: RegExp;
  edit: (article: string) => string;
}

/** Replaces `from` (which must be in the article) by `to`. */
const replace = (from: string | RegExp, to: string) => (article: string) => {
  const edited = article.replace(from, to);
  if (edited === article) throw new Error(`fixture fault: « ${String(from)} » is not in good/article.md`);
  return edited;
};

export const CONTENT_FAULTS: ContentFault[] = [
  {name: 'missing-title', field: 'title', message: /titre manque/, edit: replace(/^title: .*\n/m, '')},
  {name: 'missing-description', field: 'description', message: /description manque/, edit: replace(/^description: .*\n/m, '')},
  {
    name: 'long-description',
    field: 'description',
    message: /fait \d+ caractères.*moins de 160/,
    edit: replace(/^description: .*$/m, 'description: Une description beaucoup trop longue, qui s’étire et s’étire encore sans jamais s’arrêter, au point de dépasser la limite fixée pour les moteurs de recherche et les cartes.'),
  },
  {name: 'missing-tags', field: 'tags', message: /étiquettes manquent/, edit: replace(/^tags: .*\n/m, '')},
  {name: 'undeclared-tag', field: 'tags', message: /« regroupement » n’est pas déclarée dans tags\.yml/, edit: replace('tags: [sac, fusion]', 'tags: [sac, regroupement]')},
  {name: 'bad-date', field: 'faits_a_jour_au', message: /« 2026-02-30 » n’est pas une date valide.*AAAA-MM-JJ/, edit: replace('faits_a_jour_au: 2026-11-01', 'faits_a_jour_au: 2026-02-30')},
  {name: 'future-date', field: 'faits_a_jour_au', message: /2027-01-15 est dans le futur/, edit: replace('faits_a_jour_au: 2026-11-01', 'faits_a_jour_au: 2027-01-15')},
  {name: 'too-short', field: 'corps', message: /compte \d+ mots.*au moins 500/, edit: replace(/## Pourquoi des conventions[\s\S]*?(?=:::tip)/, '')},
  {name: 'missing-section', field: 'Voir aussi', message: /« ## Voir aussi » manque/, edit: replace(/## Voir aussi\n[\s\S]*?(?=## Références)/, '')},
  {name: 'missing-key-takeaway', field: 'À retenir', message: /encadré « À retenir » manque/, edit: replace(/:::tip\[À retenir\][\s\S]*?:::\n\n/, '')},
  {name: 'broken-glossary-anchor', field: 'lien glossaire', message: /#fusions, absente du glossaire/, edit: replace('(glossaire.md#fusion)', '(glossaire.md#fusions)')},
];

/** A temporary copy of `good/` whose article has `fault`; its folder is named after the fault. */
export function docsWithFault(fault: ContentFault): string {
  const docsDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-content-')), fault.name);
  fs.cpSync(GOOD_DOCS, docsDir, {recursive: true});
  const article = path.join(docsDir, 'article.md');
  fs.writeFileSync(article, fault.edit(fs.readFileSync(article, 'utf8')));
  return docsDir;
}
