/**
 * Which pairs of categories have a compare page, without shipping the bank: every pair of these
 * frameworks has one (the bank checker requires it), so a link can be built wherever a learner
 * mixes two of them up.
 */
export const COMPARE_FRAMEWORKS = ['pajtinka', 'cottey-forster', 'modes'] as const;

/** The id of a compare page, e.g. "information--visits-presence" (categories in code-unit order). */
export function comparisonId(a: string, b: string): string {
  return [a, b].sort().join('--');
}

/** The compare page of two categories, or undefined when there is none to link to. */
export function compareHref(frameworkId: string, a: string, b: string): string | undefined {
  if (a === b || !(COMPARE_FRAMEWORKS as readonly string[]).includes(frameworkId)) return undefined;
  return `/compare/${frameworkId}/${comparisonId(a, b)}`;
}
