/** Lighthouse categories the audit enforces, with the minimum score (0–100) each must reach. */
export const CATEGORY_BUDGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export type Category = keyof typeof CATEGORY_BUDGETS;
export const CATEGORIES = Object.keys(CATEGORY_BUDGETS) as Category[];

export type Preset = 'mobile' | 'desktop';

export interface AuditRow {
  page: string;
  preset: Preset;
  /** Scores out of 100; null when Lighthouse could not compute one (counts as a failure). */
  scores: Record<Category, number | null>;
  /** Ids of the failing audits of each category under budget, to say what to fix. */
  failingAudits: Partial<Record<Category, string[]>>;
}

/** One sentence per score under its budget, naming the page, the preset and the audits to look at. */
export function budgetFailures(rows: AuditRow[]): string[] {
  const failures: string[] = [];
  for (const row of rows) {
    for (const category of CATEGORIES) {
      const score = row.scores[category];
      const budget = CATEGORY_BUDGETS[category];
      if (score === null || score < budget) {
        const audits = row.failingAudits[category]?.length ? ` ; audits en cause : ${row.failingAudits[category]!.join(', ')}` : '';
        failures.push(`${row.page} (${row.preset}) : ${category} = ${score ?? 'non mesuré'} < ${budget}${audits}`);
      }
    }
  }
  return failures;
}

/** A fixed-width text table of the scores, one line per page and preset. */
export function formatScoreTable(rows: AuditRow[]): string {
  const header = ['Page', 'Profil', ...CATEGORIES];
  const lines = rows.map((row) => [
    row.page,
    row.preset,
    ...CATEGORIES.map((category) => {
      const score = row.scores[category];
      const mark = score === null || score < CATEGORY_BUDGETS[category] ? ' ✗' : '';
      return `${score ?? '—'}${mark}`;
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
  ) as AuditRow['scores'];
  const medianRun = runs.find((run) => run.scores.performance === scores.performance) ?? runs[0];
  return {page: runs[0].page, preset: runs[0].preset, scores, failingAudits: medianRun.failingAudits};
}
