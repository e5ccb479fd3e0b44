/**
 * What the student's and the instructor's pages are given: plain view types, shared by the
 * services that build them and the components that render them.
 */
import type { AssignmentState } from './status';
import type { Item, PublicItem } from '../items/schema';
import type { LearnerResponse } from '../items/response';
import type { Scored } from '../items/score';
import type { CalibrationRow } from '../scoring/certainty';

export type AnswerView = {
  response: LearnerResponse;
  /** Present only when feedback may be shown. */
  score?: Scored;
};

/** Everything the student's page needs, with keys and explanations only where allowed. */
export type AttemptView = {
  assignment: {
    id: string;
    title: string;
    joinCode: string;
    state: AssignmentState;
    feedback: 'immediate' | 'after-close';
    certaintyBased: boolean;
    maxAttempts: number;
    timeLimitMinutes: number | null;
    dueAt: number | null;
    itemCount: number;
  };
  attempt: {
    number: number;
    displayName: string;
    startedAt: number;
    deadlineAt: number | null;
    submittedAt: number | null;
    submittedReason: string | null;
    earned: number | null;
    max: number;
  };
  /** Answerless items, in this attempt's order. */
  items: PublicItem[];
  /** Full items, by id, for those whose key may be shown now. */
  revealed: Record<string, Item>;
  answers: Record<string, AnswerView>;
  /** Whether the participant may start another attempt. */
  canRetry: boolean;
};

export type AttemptStatus = 'in-progress' | 'submitted' | 'time-limit' | 'due' | 'closed';

export type StudentRow = {
  attemptId: string;
  name: string;
  number: number;
  status: AttemptStatus;
  startedAt: number;
  submittedAt: number | null;
  /** Submission (or now, while in progress) minus start. */
  durationMs: number;
  earned: number;
  max: number;
  answered: number;
  total: number;
  /** With certainty-based marking: accuracy per certainty level. */
  calibration?: CalibrationRow[];
};

/** One student's attempt as their instructor reads it: every item with its answer, if any. */
export type StudentAttemptView = {
  assignment: { id: string; title: string; certaintyBased: boolean };
  attempt: {
    displayName: string;
    number: number;
    submitted: boolean;
    earned: number;
    max: number;
    durationMs: number;
  };
  /** In the order the student saw them. */
  entries: { item: Item; answer?: { response: LearnerResponse; score: Scored } }[];
};
