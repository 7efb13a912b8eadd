/**
 * Rank order of records by score, on the engine's per-query score array: the
 * comparison, and the first records kept without sorting them all.
 */
/** Rank order of records: the higher score first, then the earlier record; any record before none (-1). */
export function ranksBefore(a: number, b: number, scores: Float64Array): boolean {
  return b < 0 || scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

/** Inserts record `id` into `top` (ranked, at most `limit` long) if it ranks high enough. */
export function insertInTop(top: number[], id: number, limit: number, scores: Float64Array): void {
  if (top.length === limit && !ranksBefore(id, top[limit - 1], scores)) return;
  let i = top.length === limit ? limit - 1 : top.length;
  while (i > 0 && ranksBefore(id, top[i - 1], scores)) {
    top[i] = top[i - 1];
    i--;
  }
  top[i] = id;
}
