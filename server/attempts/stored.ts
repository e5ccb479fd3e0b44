/** Reading attempts back: stored answers parsed, and attempts whose time is up ended. */
import type { StoredAnswer } from '@/lib/analytics/assignment-data';
import { expiredAt } from '@/lib/assignments/status';
import { scoreItem } from '@/lib/items/registry';
import { responseSchema } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import { parseJson, readStoredScore, type ReadResult } from '@/lib/items/stored';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import { finishAttempt } from '../db/repositories/attempts';
import type { AnswerRow, AttemptRow } from '../db/schema';

/**
 * A stored answer read back: its response and the score it was given, through their readers.
 * A damaged row is an error for the caller to report, never a crash of the page.
 */
export function storedAnswerOf(
  row: AnswerRow,
  item: Item,
  certaintyBased: boolean,
): ReadResult<StoredAnswer> {
  const raw = parseJson(row.response);
  if (!raw.ok) return { ok: false, error: `response of ${row.item_id}: ${raw.error}` };
  const response = responseSchema.safeParse(raw.value);
  if (!response.success) return { ok: false, error: `response of ${row.item_id} is not one` };
  const score = readStoredScore(row.score, () =>
    scoreItem(item, response.data, { certaintyBased }),
  );
  if (!score.ok) return { ok: false, error: `score of ${row.item_id}: ${score.error}` };
  return {
    ok: true,
    value: { response: response.data, score: score.value, rawEarned: row.raw_earned },
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
  return db.transaction().execute((trx) => finishAttempt(trx, attempt.id, ended, reason));
}
