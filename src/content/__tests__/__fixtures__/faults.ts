/**
 * Faulty sites as « the good base plus one fault »: each fault edits one or two
 * files of a temporary copy of `good/` (a mini site: docs/, blog/ and its
 * bibliography src/data/sources.yml), with the file, the field and the message
 * the content check must report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GOOD_SITE = path.join(__dirname, 'good');

const ARTICLE = 'docs/article.md';
const GLOSSARY = 'docs/glossaire.md';
const TIMELINE = 'docs/reperes-chronologiques.md';
const POST = 'blog/2026-10-01-billet-essai.md';
const SOURCES = 'src/data/sources.yml';

export interface ContentFault {
  name: string;
  /** The file the problem is reported on, from the site's root. */
  file: string;
  field: string;
  message: RegExp;
  /** File (from the site's root) → its edit. */
  edits: Record<string, (text: string) => string>;
}

/** Replaces `from` (which must be in the file) by `to`. */
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`fixture fault: « ${String(from)} » is not in the file`);
  return edited;
};
const append = (addition: string) => (text: string) => `${text}\n${addition}\n`;
/** A new paragraph before the « À retenir » box of the article. */
const paragraph = (text: string) => replace(':::tip[À retenir]', `${text}\n\n:::tip[À retenir]`);

const article = (name: string, field: string, message: RegExp, edit: (text: string) => string): ContentFault => ({name, file: ARTICLE, field, message, edits: {[ARTICLE]: edit}});
const sources = (name: string, field: string, message: RegExp, edit: (text: string) => string): ContentFault => ({name, file: SOURCES, field, message, edits: {[SOURCES]: edit}});

export const CONTENT_FAULTS: ContentFault[] = [
  // Editorial conventions of the articles.
  article('missing-title', 'title', /titre manque/, replace(/^title: .*\n/m, '')),
  article('missing-description', 'description', /description manque/, replace(/^description: .*\n/m, '')),
  article(
    'long-description',
    'description',
    /fait \d+ caractères.*moins de 160/,
    replace(/^description: .*$/m, 'description: Une description beaucoup trop longue, qui s’étire et s’étire encore sans jamais s’arrêter, au point de dépasser la limite fixée pour les moteurs de recherche et les cartes.'),
  ),
  article('missing-tags', 'tags', /étiquettes manquent/, replace(/^tags: .*\n/m, '')),
  article('undeclared-tag', 'tags', /« regroupement » n’est pas déclarée dans tags\.yml/, replace('tags: [sac, fusion]', 'tags: [sac, regroupement]')),
  article('bad-date', 'faits_a_jour_au', /« 2026-02-30 » n’est pas une date valide.*AAAA-MM-JJ/, replace('faits_a_jour_au: 2026-11-01', 'faits_a_jour_au: 2026-02-30')),
  article('future-date', 'faits_a_jour_au', /2027-01-15 est dans le futur/, replace('faits_a_jour_au: 2026-11-01', 'faits_a_jour_au: 2027-01-15')),
  article('too-short', 'corps', /compte \d+ mots.*au moins 500/, replace(/## Pourquoi des conventions[\s\S]*?(?=## Citer ses sources)/, '')),
  article('missing-section', 'Voir aussi', /« ## Voir aussi » manque/, replace(/## Voir aussi\n[\s\S]*$/, '')),
  article('missing-key-takeaway', 'À retenir', /encadré « À retenir » manque/, replace(/:::tip\[À retenir\][\s\S]*?:::\n\n/, '')),
  article('broken-glossary-anchor', 'lien glossaire', /#fusions, absente du glossaire/, replace('(glossaire.md#fusion)', '(glossaire.md#fusions)')),

  // Citations (issue 11): every rule, one fault each.
  article('unknown-citation', '[^source-inconnue]', /source inconnue « source-inconnue ».*Ajoutez cette source à src\/data\/sources\.yml/, paragraph('Une affirmation appuyée sur une source absente de la bibliographie[^source-inconnue].')),
  sources('uncited-source', 'source-jamais-citee', /citée par aucune page/, append('source-jamais-citee:\n  kind: site\n  title: "Une page que personne ne cite"\n  publisher: Site d’essai\n  url: https://exemple.org/jamais-citee\n  consulted: 2026-10-01')),
  article('references-section', 'Références', /« Références » est une liste de références écrite à la main/, append('## Références\n\n- Un document cité en clair.')),
  article('hand-written-footnote', 'note', /\[\^note-libre\]: est écrite à la main/, append('[^note-libre]: Une note écrite à la main.')),
  article('parenthesised-reference', 'référence', /« \(Cabinet d’essai, 3 mars 2026\) » est une référence écrite en clair/, paragraph('Les rédacteurs s’y tiennent depuis longtemps (Cabinet d’essai, 3 mars 2026).')),
  article('parenthesised-site', 'référence', /« \(exemple\.org\) » est une référence écrite en clair/, paragraph('Les rédacteurs s’y tiennent depuis longtemps (exemple.org).')),
  article('uncited-code-article', 'citation', /cite l’article R\. 2-3 sans note/, paragraph('Le code fictif renvoie aussi à son article R. 2-3 pour les exceptions.')),
  article('uncited-law', 'citation', /nomme « loi n° 2…/, paragraph('La loi n° 2020-1 a changé cela pour tous les rédacteurs.')),
  article('uncited-list-item', 'citation', /nomme « décret n° 2…/, replace('- Un rapport fictif', '- Le décret n° 2021-7 précise la forme des notes.\n- Un rapport fictif')),
  article('stock-formula', 'formule', /« analyse de la rédaction » parle de la façon dont le site a été écrit/, paragraph('Selon l’analyse de la rédaction, cette règle suffit.')),
  {name: 'glossary-entry-without-citation', file: GLOSSARY, field: 'glossaire', message: /L’entrée « Fusion » donne une règle, une date ou un chiffre sans note/, edits: {[GLOSSARY]: replace('depuis le 1er janvier 2020[^code-essai-l1-1].', 'depuis le 1er janvier 2020.')}},
  {name: 'timeline-row-without-citation', file: TIMELINE, field: 'repère', message: /Le repère « 2021 Un repère sans source » n’a pas de note/, edits: {[TIMELINE]: replace(/(\| Septembre 2026 .*\n)/, '$1| 2021 | Un repère sans source |\n')}},
  {name: 'backdated-post', file: POST, field: 'date', message: /daté du 10 septembre 2026, avant sa source « presse-essai-2026-09-15 » \(15 septembre 2026\)/, edits: {[POST]: replace('date: 2026-10-01', 'date: 2026-09-10')}},

  // The bibliography itself.
  sources('invalid-kind', 'loi-essai-2020-1.kind', /valeur non reconnue \(valeur actuelle : "arrete"\)\. Valeurs possibles : loi, decret, code/, replace('kind: loi', 'kind: arrete')),
  sources('code-without-version', 'code-essai-l1-1.version', /article de code sans version.*« version: AAAA-MM-JJ »/, replace(/^ {2}version: .*\n/m, '')),
  sources('unreliable-host', 'presse-essai-2026-09-15.url', /site non fiable \(juriblio\.fr/, replace('https://exemple.org/presse-essai', 'https://www.juriblio.fr/presse-essai')),
  sources('mirror-without-note', 'etude-essai-2026-09.url', /adresse sur un miroir \(123dok\.net/, replace('https://exemple.org/etude-essai', 'https://123dok.net/document/etude-essai')),
  {
    name: 'duplicate-source',
    file: SOURCES,
    field: 'presse-essai-copie',
    message: /source en double : « presse-essai-2026-09-15 » désigne déjà la même adresse/,
    edits: {
      [SOURCES]: append('presse-essai-copie:\n  kind: presse\n  title: "La loi d’essai commentée (même article, autre identifiant)"\n  publisher: Journal d’essai\n  url: https://www.exemple.org/presse-essai/\n  consulted: 2026-10-01'),
      [POST]: replace('l’a commentée[^presse-essai-2026-09-15]', 'l’a commentée[^presse-essai-2026-09-15][^presse-essai-copie]'),
    },
  },
  sources('too-few-addresses', 'url', /60 % des sources citées ont une adresse, il en faut au moins 80 %/, replace('  url: https://exemple.org/presse-essai\n', '  note: "Article fictif retiré du site du journal."\n')),
];

/** A temporary copy of `good/` with `fault`; its folder is named after the fault. */
export function siteWithFault(fault: ContentFault): string {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-content-')), fault.name);
  fs.cpSync(GOOD_SITE, root, {recursive: true});
  for (const [file, edit] of Object.entries(fault.edits)) {
    const target = path.join(root, file);
    fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  }
  return root;
}
