/** Reading attempts back: stored answers parsed, and attempts whose time is up ended. */
import type { StoredAnswer } from '@/lib/analytics/assignment-data';
import { expiredAt } from '@/lib/assignments/status';
import { responseSchema } from '@/lib/scoring/responses';
import type { Scored } from '@/lib/scoring/types';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import { finishAttempt } from '../db/repositories/attempts';
import type { AnswerRow, AttemptRow } from '../db/schema';

export function storedAnswerOf(row: AnswerRow): StoredAnswer {
  return {
    response: responseSchema.parse(JSON.parse(row.response)),
    // Written by our own scorer when the answer was saved.
    score: JSON.parse(row.score) as Scored,
    rawEarned: row.raw_earned,
  };
}

/**
 * Ends an open attempt whose deadline (plus grace) has passed, at its deadline, scoring what was
 * answered; true when it did. Reads of attempts call this, so no timer is needed.
 */
export async function endIfExpired(
  db: Db,
  assignment: Assignment,
  attempt: AttemptRow,
  now: number,
): Promise<boolean> {
  const ended = expiredAt(
    { submittedAt: attempt.submitted_at, deadlineAt: attempt.deadline_at },
    now,
  );
  if (ended === null) return false;
  const reason =
    assignment.settings.dueAt !== null && ended === assignment.settings.dueAt
      ? 'due'
      : 'time-limit';
  return finishAttempt(db, attempt.id, ended, reason);
}
