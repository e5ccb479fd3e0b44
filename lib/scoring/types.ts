/**
 * A score is a tagged result, never a loose boolean. Completeness is checked before
 * correctness: an answer that is missing or names no offered option is "invalid" and earns
 * nothing, so the UI can ask again instead of marking it wrong.
 */
export type Outcome =
  /** The key. */
  | 'correct'
  /** An accepted alternative: full credit, with a note on the best answer. */
  | 'accepted'
  /** Some credit but not all (multi-select, sort boards). */
  | 'partial'
  | 'wrong';

export type Score =
  | { status: 'invalid'; message: string }
  | { status: 'scored'; earned: number; max: number; outcome: Outcome };

export function scored(earned: number, max: number, outcome: Outcome): Score {
  return { status: 'scored', earned, max, outcome };
}

export function invalid(message: string): Score {
  return { status: 'invalid', message };
}

/** Counts as right for streaks, spacing and summaries. */
export function isRight(score: Score): boolean {
  return score.status === 'scored' && (score.outcome === 'correct' || score.outcome === 'accepted');
}
