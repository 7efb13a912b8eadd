/**
 * Lighthouse budgets: the pages audited (one of each page template), the
 * minimum score of each category for each profile, and how a score compares
 * with the same kind of page of a fresh classic Docusaurus site measured in
 * the same run (tools/fixtures/classic-baseline).
 */
export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Minimum score (0–100) of each category, per profile. */
export const BUDGETS: Record<Preset, Record<Category, number>> = {
  mobile: {performance: 98, accessibility: 100, 'best-practices': 100, seo: 100},
  desktop: {performance: 100, accessibility: 100, 'best-practices': 100, seo: 100},
};

/** The pages of the classic site that stand for each kind of Boussole page. */
export const CLASSIC_PAGES = {
  home: '/',
  doc: '/docs/intro',
  blogList: '/blog',
  blogPost: '/blog/2024/01/01/bienvenue',
  tag: '/blog/tags/bienvenue',
  markdownPage: '/markdown-page',
  notFound: '/404.html',
} as const;

export interface Template {
  /** The kind of page, in French (the table's first column). */
  template: string;
  page: string;
  classic: string;
}

/** One page of every template: the CI budget. */
export const TEMPLATES: Template[] = [
  {template: 'Accueil', page: '/', classic: CLASSIC_PAGES.home},
  {template: 'Article sans schéma', page: '/themes/faire-groupe/habitudes-et-rituels', classic: CLASSIC_PAGES.doc},
  {template: 'Article avec schéma', page: '/themes/se-regrouper/societe-de-coordination', classic: CLASSIC_PAGES.doc},
  {template: 'Glossaire', page: '/themes/glossaire', classic: CLASSIC_PAGES.doc},
  {template: 'Frise chronologique', page: '/themes/reperes-chronologiques', classic: CLASSIC_PAGES.doc},
  {template: 'Accueil de thème', page: '/themes/se-regrouper', classic: CLASSIC_PAGES.doc},
  {template: 'Journée', page: '/journees/2022-03-22', classic: CLASSIC_PAGES.home},
  {template: 'Session', page: '/journees/2022-03-22/faire-groupe', classic: CLASSIC_PAGES.home},
  {template: 'Personne', page: '/intervenants/jean-claude-driant', classic: CLASSIC_PAGES.home},
  {template: 'Ressources', page: '/ressources', classic: CLASSIC_PAGES.home},
  {template: 'Recherche', page: '/recherche', classic: CLASSIC_PAGES.home},
  {template: 'Liste du blog', page: '/articles', classic: CLASSIC_PAGES.blogList},
  {template: 'Billet', page: '/articles/2026/12/02/guide-de-lecture-faire-groupe', classic: CLASSIC_PAGES.blogPost},
  {template: 'Étiquette', page: '/articles/tags/faire-groupe', classic: CLASSIC_PAGES.tag},
  {template: 'Page légale', page: '/mentions-legales', classic: CLASSIC_PAGES.markdownPage},
  {template: 'Page introuvable', page: '/404.html', classic: CLASSIC_PAGES.notFound},
];

/** The classic page that stands for any Boussole route (for `npm run audit -- --all`). */
export function classicCounterpart(route: string): string {
  if (route === '/') return CLASSIC_PAGES.home;
  if (route === '/404.html') return CLASSIC_PAGES.notFound;
  if (route.startsWith('/themes')) return CLASSIC_PAGES.doc;
  if (/^\/articles\/tags\/./.test(route)) return CLASSIC_PAGES.tag;
  if (/^\/articles\/\d{4}\//.test(route)) return CLASSIC_PAGES.blogPost;
  if (route.startsWith('/articles')) return CLASSIC_PAGES.blogList;
  if (/^\/(accessibilite|mentions-legales|confidentialite|guide-de-publication)$/.test(route)) return CLASSIC_PAGES.markdownPage;
  // The plugin pages (days, sessions, people, resources, search) are React pages, as the classic home is.
  return CLASSIC_PAGES.home;
}

export type Scores = Record<Category, number | null>;

export interface AuditRow {
  page: string;
  preset: Preset;
  /** Scores out of 100; null when Lighthouse could not compute one (counts as a failure). */
  scores: Scores;
  /** Ids of the failing audits of each category, to say what to fix. */
  failingAudits: Partial<Record<Category, string[]>>;
}

/** A Boussole page's result beside its classic counterpart's. */
export interface ComparedRow {
  template: string;
  row: AuditRow;
  classic: AuditRow;
}

/**
 * The score a row must reach to pass CI. Accessibility, best practices and SEO do
 * not depend on the machine: their budget, 100. Performance does: the budget, or
 * the classic site's score on its counterpart in this run when the machine keeps
 * even the classic site under it. The table still shows every score beside the
 * budget itself (belowBudget).
 */
export function requiredScore(category: Category, preset: Preset, classicScore: number | null): number {
  const budget = BUDGETS[preset][category];
  if (category !== 'performance') return budget;
  return Math.min(budget, classicScore ?? budget);
}

/** Scores under the budget itself, passed only because the classic site scored lower still: what the table reports besides failures. */
export function belowBudget(rows: ComparedRow[]): string[] {
  return rows.flatMap(({row}) =>
    CATEGORIES.filter((category) => (row.scores[category] ?? 0) < BUDGETS[row.preset][category]).map(
      (category) => `${row.page} (${row.preset}) : ${category} = ${row.scores[category] ?? 'non mesuré'} (budget ${BUDGETS[row.preset][category]})`,
    ),
  );
}

/** One sentence per score under what it must reach, naming the page, the profile and the audits to look at. */
export function budgetFailures(rows: ComparedRow[]): string[] {
  const failures: string[] = [];
  for (const {row, classic} of rows) {
    for (const category of CATEGORIES) {
      const score = row.scores[category];
      const required = requiredScore(category, row.preset, classic.scores[category]);
      if (score === null || score < required) {
        const audits = row.failingAudits[category]?.length ? ` ; audits en cause : ${row.failingAudits[category]!.join(', ')}` : '';
        const allowance = required < BUDGETS[row.preset][category] ? ` (budget ${BUDGETS[row.preset][category]}, ramené au score du site classique, plus bas dans ce passage)` : '';
        failures.push(`${row.page} (${row.preset}) : ${category} = ${score ?? 'non mesuré'} < ${required}${allowance}${audits}`);
      }
    }
  }
  return failures;
}

const SHORT: Record<Category, string> = {performance: 'Perf.', accessibility: 'Access.', 'best-practices': 'Bonnes pr.', seo: 'SEO'};

/**
 * A fixed-width table: one line per page and profile, each category as
 * « Boussole / classique (marge) », a ✗ where Boussole is under what it must reach.
 */
export function formatScoreTable(rows: ComparedRow[]): string {
  const header = ['Modèle', 'Page', 'Profil', ...CATEGORIES.map((category) => `${SHORT[category]} B / C (marge)`)];
  const lines = rows.map(({template, row, classic}) => [
    template,
    row.page,
    row.preset,
    ...CATEGORIES.map((category) => {
      const score = row.scores[category];
      const base = classic.scores[category];
      const margin = score !== null && base !== null ? ` (${score - base >= 0 ? '+' : ''}${score - base})` : '';
      const mark = score === null || score < requiredScore(category, row.preset, base) ? ' ✗' : '';
      return `${score ?? '—'} / ${base ?? '—'}${margin}${mark}`;
    }),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' │ ');
  return [format(header), widths.map((width) => '─'.repeat(width)).join('─┼─'), ...lines.map(format)].join('\n');
}

/** Lighthouse's 0–1 category score as the 0–100 figure it displays. */
export function toPercent(score: number | null | undefined): number | null {
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/** The median of a list of numbers (the lower middle value for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median() : liste vide');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Combines several Lighthouse runs of one page: each category keeps its median
 * score (an unmeasured score counts as 0), and the failing audits are those of
 * the run whose performance is the median one.
 */
export function medianRow(runs: AuditRow[]): AuditRow {
  if (runs.length === 0) throw new Error('medianRow() : aucun passage');
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const values = runs.map((run) => run.scores[category]);
      return [category, values.every((value) => value === null) ? null : median(values.map((value) => value ?? 0))];
    }),
  ) as Scores;
  const medianRun = runs.find((run) => run.scores.performance === scores.performance) ?? runs[0];
  return {page: runs[0].page, preset: runs[0].preset, scores, failingAudits: medianRun.failingAudits};
}
