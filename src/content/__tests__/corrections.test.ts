/**
 * Each correction of the fact sheet's « Seconde contre-vérification »
 * (/work/shared/faits/regroupement-hlm.md) stays corrected everywhere it could
 * be repeated: docs/, blog/ and the bibliography. Each rule must also find its
 * mistake in the old wording (__fixtures__/corrections/old-wording.md, copied
 * from the articles as they were before the correction), so it cannot pass by
 * matching nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../../..');
const OLD_WORDING = path.join(__dirname, '__fixtures__/corrections/old-wording.md');

interface Line {
  file: string;
  text: string;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(child);
    return /\.(mdx?|ya?ml)$/.test(entry.name) ? [child] : [];
  });
}

/** The text with its non-breaking spaces (« 12 000 », « n° 18060 ») as plain spaces, for the patterns. */
const read = (file: string) => fs.readFileSync(file, 'utf8').replace(/[\u00a0\u202f]/g, ' ');

function linesOf(paths: string[]): Line[] {
  return paths.flatMap((file) => read(file).split('\n').map((text) => ({file: path.relative(root, file), text})));
}

const published = linesOf([...files(path.join(root, 'docs')), ...files(path.join(root, 'blog')), path.join(root, 'src/data/sources.yml')]);
const oldWording = linesOf([OLD_WORDING]);

/** A line cut into sentences (a table row stays whole: its cells belong together). */
function sentences(line: Line): string[] {
  // « L. 411-2-1 », « n° 18060 »: a sentence ends before a capital letter, not before a number; « ; » ends a clause.
  return line.text.trimStart().startsWith('|') ? [line.text] : line.text.split(/(?<=[.?!])\s+(?=\p{Lu})|\s;\s/u);
}

interface Correction {
  name: string;
  /** The offending lines or sentences. */
  offending: (lines: Line[]) => string[];
}

const where = (line: Line, text = line.text) => `${line.file}: ${text.slice(0, 160)}`;
/** Sentences that match every pattern of `all` and none of `unless`. */
const sentencesMatching = (all: RegExp[], unless: RegExp[] = []) => (lines: Line[]) =>
  lines.flatMap((line) => sentences(line).filter((sentence) => all.every((re) => re.test(sentence)) && !unless.some((re) => re.test(sentence))).map((sentence) => where(line, sentence)));
const linesContaining = (pattern: RegExp) => (lines: Line[]) => lines.filter((line) => pattern.test(line.text)).map((line) => where(line));

const CORRECTIONS: Correction[] = [
  {
    // L. 411-2-1 existed before ELAN (version of 27 March 2014); article 83 modified and completed it.
    name: 'L. 411-2-1 is never said to be created by the ELAN law',
    offending: sentencesMatching([/L\.\s?411-2-1/, /(?<!\p{L})(?:créé|crée|créée|introduit|instauré|issu)(?!\p{L})/iu]),
  },
  {
    // Question n° 18060 was tabled on 26 March 2019; the answer was published in the JO of 3 December 2019.
    name: 'the answer to question 18060 is never dated 26 March 2019',
    offending: sentencesMatching([/18060/, /26 mars 2019/], [/dépos|dépôt/iu]),
  },
  {
    name: 'the answer to question 18060, where dated, is dated 3 December 2019',
    offending: sentencesMatching([/18060/, /réponse/iu, /\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d\b/u], [/3 décembre 2019/]),
  },
  {
    // The code says « voix délibérante ».
    name: '« voix délibérative » is never said of the coordination company',
    offending: sentencesMatching([/voix délibérative/iu, /coordination|SAC\b/u]),
  },
  {
    // L. 481-1-2 only concerns the SEM agréées that manage fewer than 12 000 social dwellings.
    name: 'the 40 M€ rule of the SEM agréées always says which SEM (fewer than 12 000 dwellings)',
    offending: sentencesMatching([/\bSEM\b|économie mixte/u, /40 (?:M€|millions)/u], [/12 000/]),
  },
  {
    // The « PLH approuvé » condition comes from a 2016 source, before the law of 27 January 2017.
    name: 'the CIL is never said to require an approved PLH as the current rule',
    offending: sentencesMatching([/\bCIL\b|conférence intercommunale/iu, /PLH approuvé/u], [/antérieure|2016|ne décrit pas la règle actuelle/u]),
  },
  {
    // Clauses types of R. 423-86 (annexes I and II, decree n° 2019-911): technical policy, identity, brands.
    name: 'the objet social of the coordination company (politique technique, unité identitaire, marques) is never said to exist only in the debates',
    offending: sentencesMatching([/politique technique|unité identitaire|marques|contrôle de gestion/u, /débats|ne les avons pas lus|ne l’avons pas lue|pas dans la liste/u]),
  },
  {
    // The capital « ne peut être détenu que par » the bodies of L. 365-2, L. 411-2 and L. 481-1.
    name: 'no local public company (EPL) is said to enter the capital of a coordination company',
    offending: sentencesMatching([/entreprises? publiques? locales?|\bEPL\b/u, /capital|y entrer|peuvent entrer/u, /coordination|SAC\b|\by\b/u]),
  },
  {
    // La Banque Postale: 68 bodies had completed a grouping project, 99 had started one, 143 were studying one.
    name: 'La Banque Postale’s 68 / 99 / 143 are bodies, never groupings',
    offending: sentencesMatching([/\b68\b/, /\b143\b/, /\b68 regroupements|regroupements (?:finalisés|engagés)/u]),
  },
  {
    name: 'no address on juriblio.fr or testing.lemoniteur.fr',
    offending: linesContaining(/juriblio|testing\.lemoniteur/iu),
  },
  {
    // habitat-territoires.com (21 September 2020) and nossenateurs intervention 1944267 could not be found again.
    name: 'the two addresses that could not be found again are not cited',
    offending: linesContaining(/habitat-territoires\.com|1944267/u),
  },
  {
    // CDC Habitat social: 13 ESH on 1 January 2019, « 191 000 » dwellings (Banque des Territoires).
    name: '« plus de 191 000 » is not written',
    offending: linesContaining(/plus de 191 000/u),
  },
  {
    // 62 SAC « début 2022 » (AFPOLS): the same figure appears in March 2024.
    name: 'the 62 coordination companies are always dated and cited',
    offending: (lines) =>
      lines.flatMap((line) => {
        const mentions = sentences(line).filter((sentence) => /\b62 (?:sociétés|SAC)\b/u.test(sentence));
        const undated = mentions.filter((sentence) => !/20\d\d/.test(sentence));
        // Diagram lines (indented code) cannot carry a note; every other line cites its source.
        const uncited = mentions.length > 0 && !/^\s/.test(line.text) && !/\[\^[a-z0-9-]+\]/.test(line.text);
        return [...undated, ...(uncited ? mentions : [])].map((sentence) => where(line, sentence));
      }),
  },
];

describe('corrections of the second counter-check, in docs/, blog/ and the bibliography', () => {
  it.each(CORRECTIONS.map((correction) => [correction.name, correction] as const))('%s', (_name, correction) => {
    expect(correction.offending(published)).toEqual([]);
  });
});

describe('each correction finds its mistake in the old wording', () => {
  it.each(CORRECTIONS.map((correction) => [correction.name, correction] as const))('%s', (_name, correction) => {
    expect(correction.offending(oldWording).length).toBeGreaterThan(0);
  });
});

describe('what the corrections say instead', () => {
  const text = (file: string) => read(path.join(root, file));

  it('says that article 83 of the ELAN law modified and completed L. 411-2-1', () => {
    expect(text('docs/se-regrouper/fusion.md')).toMatch(/L\. 411-2-1 du CCH existait avant la loi ELAN[\s\S]{0,200}l’a modifié et complété/u);
  });

  it('dates the answer to question 18060 of 3 December 2019, and the bibliography too', () => {
    expect(text('docs/reperes-chronologiques.md')).toMatch(/\| 3 décembre 2019 \|[^\n]*réponse du Gouvernement à la question écrite n° 18060, déposée le 26 mars 2019/u);
    expect(text('src/data/sources.yml')).toMatch(/qe-an-18060:[\s\S]*?date: 2019-12-03/);
  });

  it('lists the objet social of the clauses types with its source', () => {
    const article = text('docs/se-regrouper/societe-de-coordination.md');
    expect(article).toMatch(/Définir la politique technique de ses associés \| Objet social fixé par les clauses types\[\^decret-2019-911\]/u);
    expect(article).toMatch(/unité identitaire[^\n]*marques[^\n]*\| Objet social fixé par les clauses types\[\^decret-2019-911\]/u);
  });

  it('says the coordination company sits without a deliberative vote in the code’s words', () => {
    expect(text('docs/se-regrouper/societe-de-coordination.md')).toMatch(/sans voix délibérante/u);
  });
});
