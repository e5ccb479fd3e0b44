/** Which categories of a framework a class mixes up, from its judged single-choice answers. */

export type Judged = { frameworkId: string; key: string; given?: string };

export type ConfusionMatrix = {
  frameworkId: string;
  /** In the order given. */
  categories: string[];
  /** counts[keyIndex][givenIndex]. */
  counts: number[][];
  rowTotals: number[];
  /** counts / rowTotal × 100; null when the row total is 0. */
  rowPercent: (number | null)[][];
};

export type ConfusedPair = {
  frameworkId: string;
  key: string;
  given: string;
  count: number;
  /** Share of the key's row, 0..1. */
  share: number;
};

export function classConfusion(
  judged: readonly Judged[],
  frameworkId: string,
  categories: readonly string[],
): ConfusionMatrix {
  // First occurrence wins, so a repeated category cannot split its counts.
  const position = new Map<string, number>();
  categories.forEach((c, i) => {
    if (!position.has(c)) position.set(c, i);
  });
  const counts = categories.map(() => categories.map(() => 0));
  for (const entry of judged) {
    if (entry.frameworkId !== frameworkId || entry.given === undefined) continue;
    const row = position.get(entry.key);
    const column = position.get(entry.given);
    if (row !== undefined && column !== undefined) counts[row]![column]!++;
  }
  const rowTotals = counts.map((row) => row.reduce((sum, c) => sum + c, 0));
  const rowPercent = counts.map((row, i) => {
    const total = rowTotals[i]!;
    return row.map((c) => (total === 0 ? null : (c / total) * 100));
  });
  return { frameworkId, categories: [...categories], counts, rowTotals, rowPercent };
}

/** Code-unit order, so the ranking does not depend on the runtime's locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Off-diagonal cells, most frequent first (ties: larger share first, then key then given alphabetically), at most `limit`. */
export function topConfusedPairs(matrix: ConfusionMatrix, limit: number): ConfusedPair[] {
  const pairs: ConfusedPair[] = [];
  matrix.counts.forEach((row, i) => {
    const key = matrix.categories[i]!;
    const total = matrix.rowTotals[i]!;
    row.forEach((count, j) => {
      if (i === j || count === 0) return;
      const given = matrix.categories[j]!;
      pairs.push({ frameworkId: matrix.frameworkId, key, given, count, share: count / total });
    });
  });
  pairs.sort(
    (a, b) =>
      b.count - a.count || b.share - a.share || byCode(a.key, b.key) || byCode(a.given, b.given),
  );
  return pairs.slice(0, Math.max(0, Math.floor(limit)));
}

/**
 * The pairs worth a compare page: confused at least `minCount` times and in at least `minShare`
 * of the key's answers (defaults: twice, and a fifth), most frequent first.
 */
export const CONFUSION_THRESHOLD = { minCount: 2, minShare: 0.2 } as const;

export function notableConfusions(
  matrix: ConfusionMatrix,
  threshold: { minCount: number; minShare: number } = CONFUSION_THRESHOLD,
): ConfusedPair[] {
  return topConfusedPairs(matrix, Number.MAX_SAFE_INTEGER).filter(
    (pair) => pair.count >= threshold.minCount && pair.share >= threshold.minShare,
  );
}
