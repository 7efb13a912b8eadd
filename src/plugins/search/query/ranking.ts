/**
 * Rank order of records by score, on the engine's per-query score array: the
 * comparison, and the first records picked without sorting them all.
 */
/** Rank order of records: the higher score first, then the earlier record; any record before none (-1). */
export function ranksBefore(a: number, b: number, scores: Float64Array): boolean {
  return b < 0 || scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
}

/** The first `limit` records in rank order, without sorting them all when few are asked. */
export function topRecords(ids: number[], limit: number, scores: Float64Array): number[] {
  if (limit <= 0) return [];
  if (limit > 32) return [...ids].sort((a, b) => (ranksBefore(a, b, scores) ? -1 : 1)).slice(0, limit);
  const top: number[] = [];
  for (const id of ids) insertInTop(top, id, limit, scores);
  return top;
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
