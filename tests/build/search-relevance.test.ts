import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {findIndexFile, openIndexFile} from '../../src/plugins/search/build/index-file';
import {
  FIRST_RESULT_CASES,
  RELEVANCE_CASES,
  rankOf,
  READER_CASES,
  scoreRelevance,
  type RankedResult,
} from '../../tools/bench/search-queries';

// Relevance on the real built index: French queries written from the articles, the
// glossary, the blog and the days, as keywords and as a reader's questions (the suite
// is in tools/bench/search-queries.ts, shared with npm run bench:search).
const siteDir = inject('siteDir');
const indexFile = findIndexFile(siteDir) ?? path.join(siteDir, 'search-index/absent.json');
const engine = openIndexFile(indexFile);

async function results(query: string): Promise<RankedResult[]> {
  return (await engine.search(query, {}, 10)).hits.map((hit) => ({page: hit.page, url: hit.sections[0].url}));
}

describe('relevance on the built index', () => {
  it('has at least 120 queries, a third of them questions', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(120);
    expect(RELEVANCE_CASES.filter((testCase) => testCase.kind === 'question').length * 3).toBeGreaterThanOrEqual(RELEVANCE_CASES.length);
  });

  it.each(FIRST_RESULT_CASES.map((testCase) => [testCase.kind, testCase.query, testCase.expected] as const))(
    '%s : « %s » → %s first',
    async (_, query, expected) => {
      expect(rankOf(await results(query), expected)).toBe(1);
    },
  );

  it('finds what readers mean, questions included: MRR@10 and recall@10 of the whole suite', async () => {
    const all = await scoreRelevance(RELEVANCE_CASES, results);
    const questions = await scoreRelevance(
      RELEVANCE_CASES.filter((testCase) => testCase.kind === 'question'),
      results,
    );
    console.log(
      `Pertinence sur ${RELEVANCE_CASES.length} requêtes : MRR@10 ${all.mrr10.toFixed(3)}, rappel@10 ${all.recall10.toFixed(3)} ` +
        `(questions : MRR@10 ${questions.mrr10.toFixed(3)}, rappel@10 ${questions.recall10.toFixed(3)}). ` +
        `Pas en tête : ${all.misses.map((miss) => `« ${miss.query} » (${miss.rank || 'absent'})`).join(', ') || 'aucune'}.`,
    );
    expect(all.recall10).toBeGreaterThanOrEqual(0.97);
    expect(all.mrr10).toBeGreaterThanOrEqual(0.9);
    expect(questions.mrr10).toBeGreaterThanOrEqual(0.85);
  });

  it('never answers with an empty list when a query word is indexed', async () => {
    for (const {query} of READER_CASES) expect((await results(query)).length, query).toBeGreaterThan(0);
  });

  it('gives the same results sharded as loaded whole, on the whole suite', async () => {
    const whole = openIndexFile(indexFile);
    await whole.loadAll();
    for (const {query} of RELEVANCE_CASES) {
      expect(await engine.search(query), query).toEqual(whole.searchLoaded(query));
    }
  });

  it('answers the same without accents and in the singular or plural', async () => {
    const urls = async (query: string) => (await engine.search(query)).hits.map((hit) => hit.sections.map((section) => section.url));
    const pairs: [string, string][] = [
      ['société de coordination', 'SOCIETE DE COORDINATION'],
      ['écosystème', 'ecosysteme'],
      ['sûreté', 'surete'],
      ['délégation des aides à la pierre', 'delegation des aides a la pierre'],
      ['regroupement', 'regroupements'],
      ['organisme', 'organismes'],
      ['politique locale', 'politiques locales'],
      ['bailleur social', 'bailleurs sociaux'],
      ['réseau', 'réseaux'],
      ['chronologie', 'chronologique'],
      ['mutualisation', 'mutualiser'],
    ];
    for (const [a, b] of pairs) {
      expect((await urls(a)).length).toBeGreaterThan(0);
      expect(await urls(b), `${a} / ${b}`).toEqual(await urls(a));
    }
  });
});
