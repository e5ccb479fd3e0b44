/**
 * A score is a tagged result, never a loose boolean. Completeness is checked before
 * correctness: an answer that is missing, partial or names no offered option is "invalid"
 * and earns nothing, so the UI can ask again instead of marking it wrong.
 *
 * The score is the only verdict: `detail` carries everything feedback shows (each option's
 * mark, each tier, each scenario of a board), so no component decides again what was right.
 */
import type { Scored } from './score-schema';

export type { Judgement, OptionResult, PlacementResult, ScoreDetail, Scored } from './score-schema';

export const OUTCOMES = [
  /** The key (or every key, every scenario of a board). */
  'correct',
  /** An accepted alternative: full credit, with a note on the best answer. */
  'accepted',
  /** Some credit but not all (pick-every-one, two-tier with the wrong reason, boards). */
  'partial',
  'wrong',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * How one offered option comes out, as feedback shows it:
 * key — the answer (single best), shown whether picked or not;
 * accepted — an accepted alternative that was picked;
 * right-picked — one that applies, ticked (pick every one);
 * missed — one that applies, not ticked;
 * wrong-pick — picked, and wrong.
 */
export const OPTION_MARKS = ['key', 'accepted', 'right-picked', 'missed', 'wrong-pick'] as const;
export type OptionMark = (typeof OPTION_MARKS)[number];

export type Score = { status: 'invalid'; message: string } | Scored;

export function invalid(message: string): Score {
  return { status: 'invalid', message };
}

/** The outcome for a fraction of credit. */
export function outcomeOf(credit: number): Outcome {
  if (credit >= 1) return 'correct';
  return credit <= 0 ? 'wrong' : 'partial';
}

/**
 * The one definition of "right": full credit, by the key or an accepted alternative. Streaks,
 * announcements, summaries and progress all ask this.
 */
export function isRight(score: Score): boolean {
  return score.status === 'scored' && (score.outcome === 'correct' || score.outcome === 'accepted');
}

/** Scenarios of the score judged fully right, and how many were judged. */
export function scenariosRight(score: Scored): { right: number; total: number } {
  return {
    right: score.judgements.filter((j) => j.credit >= 1).length,
    total: score.judgements.length,
  };
}
