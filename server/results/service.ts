/** An assignment's results for its instructor: per student, per item, and per category pair. */
import {
  itemLevelInput,
  judgedOf,
  scenarioLevelInput,
  type AttemptAnswers,
  type StoredAnswer,
} from '@/lib/analytics/assignment-data';
import {
  classConfusion,
  topConfusedPairs,
  type ConfusedPair,
  type ConfusionMatrix,
} from '@/lib/analytics/confusion';
import { analyseAssignment, type AssignmentAnalysis } from '@/lib/analytics/item-analysis';
import { chooseAttempts, type AttemptChoice } from '@/lib/analytics/attempt-choice';
import { calibration, type CalibrationRow } from '@/lib/scoring/certainty';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import { endIfExpired, storedAnswerOf } from '../attempts/stored';
import { answersOfAssignment, attemptsOfAssignment } from '../db/repositories/attempts';
import type { AnswerRow, AttemptRow } from '../db/schema';

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

export type Results = {
  rows: StudentRow[];
  /** Every attempt with its answers, in the order they started (for exports). */
  attempts: LoadedAttempt[];
  /** Handed-in attempts counted by the figures (all, or each student's first or last). */
  finished: AttemptAnswers[];
  items: AssignmentAnalysis;
  scenarios: AssignmentAnalysis;
  confusion: { matrix: ConfusionMatrix; top: ConfusedPair[] }[];
};

function statusOf(attempt: AttemptRow): AttemptStatus {
  if (attempt.submitted_at === null) return 'in-progress';
  switch (attempt.submitted_reason) {
    case 'time-limit':
    case 'due':
    case 'closed':
      return attempt.submitted_reason;
    default:
      return 'submitted';
  }
}

/** One attempt as read: its row, and its answers by item id (the stored row and its parse). */
export type LoadedAttempt = {
  attempt: AttemptRow;
  answers: Map<string, { row: AnswerRow; stored: StoredAnswer }>;
};

export async function loadResults(
  db: Db,
  assignment: Assignment,
  frameworks: readonly { id: string; categories: readonly { id: string }[] }[],
  now: number,
  counted: AttemptChoice = 'all',
): Promise<Results> {
  let attemptRows = await attemptsOfAssignment(db, assignment.id);
  // Attempts whose time is up count as handed in.
  let ended = false;
  for (const attempt of attemptRows) {
    ended = (await endIfExpired(db, assignment, attempt, now)) || ended;
  }
  if (ended) attemptRows = await attemptsOfAssignment(db, assignment.id);
  const loaded = new Map<string, LoadedAttempt>(
    attemptRows.map((attempt) => [attempt.id, { attempt, answers: new Map() }]),
  );
  for (const row of await answersOfAssignment(db, assignment.id)) {
    loaded.get(row.attempt_id)?.answers.set(row.item_id, { row, stored: storedAnswerOf(row) });
  }
  const attempts = [...loaded.values()];

  const rows = attempts.map(({ attempt, answers }): StudentRow => {
    const judgements = [...answers.values()].flatMap((a) => a.stored.score.judgements);
    return {
      attemptId: attempt.id,
      name: attempt.display_name,
      number: attempt.number,
      status: statusOf(attempt),
      startedAt: attempt.started_at,
      submittedAt: attempt.submitted_at,
      durationMs: (attempt.submitted_at ?? now) - attempt.started_at,
      earned: attempt.earned ?? [...answers.values()].reduce((sum, a) => sum + a.row.earned, 0),
      max: attempt.max,
      answered: answers.size,
      total: assignment.items.length,
      ...(assignment.settings.certaintyBased ? { calibration: calibration(judgements) } : {}),
    };
  });

  const handedIn = attempts.filter(({ attempt }) => attempt.submitted_at !== null);
  const countedIds = new Set(
    chooseAttempts(
      handedIn.map(({ attempt }) => ({
        id: attempt.id,
        student: attempt.participant_hash,
        number: attempt.number,
      })),
      counted,
    ),
  );
  const finished: AttemptAnswers[] = handedIn
    .filter(({ attempt }) => countedIds.has(attempt.id))
    .map(({ attempt, answers }) => ({
      attemptId: attempt.id,
      answers: Object.fromEntries([...answers].map(([itemId, a]) => [itemId, a.stored])),
    }));
  const itemLevel = itemLevelInput(assignment.items, finished);
  const scenarioLevel = scenarioLevelInput(assignment.items, finished);
  const judged = judgedOf(assignment.items, finished);
  const used = new Set(assignment.items.map((item) => item.frameworkId));
  const confusion = frameworks
    .filter((f) => used.has(f.id))
    .map((f) => {
      const matrix = classConfusion(
        judged,
        f.id,
        f.categories.map((c) => c.id),
      );
      return { matrix, top: topConfusedPairs(matrix, 3) };
    })
    .filter((c) => c.matrix.rowTotals.some((n) => n > 0));

  return {
    rows,
    attempts,
    finished,
    items: analyseAssignment(itemLevel.items, itemLevel.students),
    scenarios: analyseAssignment(scenarioLevel.items, scenarioLevel.students),
    confusion,
  };
}
