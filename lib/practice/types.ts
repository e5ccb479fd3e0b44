/**
 * Practice: an endless run over the whole bank. Scheduling is per concept (a framework's
 * category), not per item, because the skill is recognising the concept in a case never seen.
 */

export type { ConceptId } from '../items/ids';

/** An FSRS card as stored on the device: dates as epoch milliseconds. */
export type StoredCard = {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: 0 | 1 | 2 | 3;
  lastReview?: number;
};

/** One practised item, as the selector and the progress page need it. */
export type PracticeAnswer = {
  itemId: string;
  scenarioId: string;
  frameworkId: string;
  /** The key category (primary key for pick-every-one items). */
  key: string;
  /** The category chosen, for single-choice items: the confusion matrix. */
  given?: string;
  /** 0–1, as scored. */
  credit: number;
  at: number;
};

/** A queued item shown to untangle a confusion between two categories. */
export type Remediation = {
  itemId: string;
  frameworkId: string;
  /** The category that was the key, and the one the learner chose instead. */
  keyCategory: string;
  confusedWith: string;
};

export type PracticeScope = 'mixed' | string;
