/**
 * FSRS scheduling of concepts with ts-fsrs (FSRS-6 default weights). A wrong answer is
 * "Again" for the key's concept; a right one "Good", or "Hard"/"Easy" when the learner said
 * they were not sure / very sure under certainty-based marking.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './types';

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

export type PracticeGrade = 'again' | 'hard' | 'good' | 'easy';

const RATING: Record<PracticeGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** The grade an answer earns: full credit is Good (Hard/Easy by certainty 1/3); partial credit with the right category is Hard; otherwise Again. */
export function gradeOf(outcome: {
  credit: number;
  keyRight: boolean;
  certainty?: 1 | 2 | 3;
}): PracticeGrade {
  if (outcome.credit >= 1) {
    if (outcome.certainty === 1) return 'hard';
    if (outcome.certainty === 3) return 'easy';
    return 'good';
  }
  return outcome.keyRight ? 'hard' : 'again';
}

function toCard(stored: StoredCard | undefined, now: number): Card {
  if (!stored) return createEmptyCard(new Date(now));
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview !== undefined ? { last_review: new Date(stored.lastReview) } : {}),
  };
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}

export type ScheduleOptions = { retention?: number; fuzz?: boolean };

/** The concept's card after an answer at `now`. */
export function review(
  stored: StoredCard | undefined,
  grade: PracticeGrade,
  now: number,
  options: ScheduleOptions = {},
): StoredCard {
  const retention = Math.min(
    MAX_RETENTION,
    Math.max(MIN_RETENTION, options.retention ?? DEFAULT_RETENTION),
  );
  const scheduler = fsrs(
    generatorParameters({ request_retention: retention, enable_fuzz: options.fuzz ?? true }),
  );
  return fromCard(scheduler.next(toCard(stored, now), new Date(now), RATING[grade]).card);
}
