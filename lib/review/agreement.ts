/**
 * Agreement between the bank's keys and a blind second classification: the raw agreement rate
 * and Cohen's kappa, which discounts the agreement two raters would reach by chance given how
 * often each uses each category.
 */
export type RatedPair = { key: string; second: string };

/** The share of pairs on which both raters chose the same category; NaN for no pairs. */
export function agreementRate(pairs: readonly RatedPair[]): number {
  if (pairs.length === 0) return NaN;
  return pairs.filter((p) => p.key === p.second).length / pairs.length;
}

/**
 * Cohen's kappa: (pₒ − pₑ) / (1 − pₑ), where pₑ = Σ over categories of the product of the two
 * raters' marginal proportions. 1 when both raters use a single, identical category (no
 * disagreement is possible); NaN for no pairs.
 */
export function cohenKappa(pairs: readonly RatedPair[]): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  const observed = agreementRate(pairs);
  const keyCounts = new Map<string, number>();
  const secondCounts = new Map<string, number>();
  for (const { key, second } of pairs) {
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    secondCounts.set(second, (secondCounts.get(second) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, count] of keyCounts) {
    expected += (count / n) * ((secondCounts.get(category) ?? 0) / n);
  }
  if (expected === 1) return 1;
  return (observed - expected) / (1 - expected);
}
