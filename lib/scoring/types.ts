/**
 * A score is a tagged result, never a loose boolean. Completeness is checked before
 * correctness: an answer that is missing, partial or names no offered option is "invalid"
 * and earns nothing, so the UI can ask again instead of marking it wrong.
 */
export type Outcome =
  /** The key (or every key, every card). */
  | 'correct'
  /** An accepted alternative: full credit, with a note on the best answer. */
  | 'accepted'
  /** Some credit but not all (multi-select, two-tier with the wrong reason, sort boards). */
  | 'partial'
  | 'wrong';

/** One classified scenario inside an item: a sort board has one per card. */
export type Judgement = {
  stemId: string;
  /** The key (the primary key of a multi-select item). */
  key: string;
  /** The single category the learner gave for this scenario, when there is one. */
  given?: string;
  /** 0 to 1. */
  credit: number;
  certainty?: 1 | 2 | 3;
};

export type ManyMark = 'right-picked' | 'missed' | 'wrong-pick' | 'right-unpicked';

export type ScoreDetail =
  | { kind: 'many'; marks: Record<string, ManyMark> }
  | { kind: 'two-tier'; answerRight: boolean; reasonRight: boolean }
  | { kind: 'sort'; cards: Record<string, Exclude<Outcome, 'partial'>> };

export type Scored = {
  status: 'scored';
  earned: number;
  max: number;
  outcome: Outcome;
  judgements: Judgement[];
  detail?: ScoreDetail;
};

export type Score = { status: 'invalid'; message: string } | Scored;

export function invalid(message: string): Score {
  return { status: 'invalid', message };
}

/** Counts as right for streaks, spacing and summaries. */
export function isRight(score: Score): boolean {
  return score.status === 'scored' && (score.outcome === 'correct' || score.outcome === 'accepted');
}

/** The outcome for a fraction of credit. */
export function outcomeOf(credit: number): Outcome {
  if (credit >= 1) return 'correct';
  return credit <= 0 ? 'wrong' : 'partial';
}
