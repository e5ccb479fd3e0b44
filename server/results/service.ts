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
import { calibration } from '@/lib/scoring/certainty';
import type { AttemptStatus, StudentAttemptView, StudentRow } from '@/lib/assignments/views';
import { itemsForAttempt } from '@/lib/assignments/attempt-items';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import { endIfExpired, storedAnswerOf } from '../attempts/stored';
import {
  answersOfAssignment,
  answersOfAttempt,
  attemptsOfAssignment,
  findAttempt,
} from '../db/repositories/attempts';
import type { AnswerRow, AttemptRow } from '../db/schema';

export type Results = {
  rows: StudentRow[];
  /** Every attempt with its answers, in the order they started (for exports). */
  attempts: LoadedAttempt[];
  /** Submitted attempts counted by the figures (all, or each student's first or last). */
  finished: AttemptAnswers[];
  items: AssignmentAnalysis;
  scenarios: AssignmentAnalysis;
  confusion: { matrix: ConfusionMatrix; top: ConfusedPair[] }[];
  /** Stored answers that could not be read (damaged rows), left out of every figure. */
  unreadable: number;
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
  // Attempts whose time is up count as submitted.
  let ended = false;
  for (const attempt of attemptRows) {
    ended = (await endIfExpired(db, assignment, attempt, now)) || ended;
  }
  if (ended) attemptRows = await attemptsOfAssignment(db, assignment.id);
  const loaded = new Map<string, LoadedAttempt>(
    attemptRows.map((attempt) => [attempt.id, { attempt, answers: new Map() }]),
  );
  const itemById = new Map(assignment.items.map((item) => [item.id, item]));
  let unreadable = 0;
  for (const row of await answersOfAssignment(db, assignment.id)) {
    const item = itemById.get(row.item_id);
    const stored = item && storedAnswerOf(row, item, assignment.settings.certaintyBased);
    if (stored?.ok) {
      loaded.get(row.attempt_id)?.answers.set(row.item_id, { row, stored: stored.value });
    } else {
      unreadable++;
      console.error(
        `assignment ${assignment.id}: ${stored?.error ?? `unknown item ${row.item_id}`}`,
      );
    }
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

  const submitted = attempts.filter(({ attempt }) => attempt.submitted_at !== null);
  const countedIds = new Set(
    chooseAttempts(
      submitted.map(({ attempt }) => ({
        id: attempt.id,
        student: attempt.participant_hash,
        number: attempt.number,
      })),
      counted,
    ),
  );
  const finished: AttemptAnswers[] = submitted
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
    unreadable,
  };
}

/**
 * One student's attempt for the instructor who owns its assignment; undefined (a 404) for
 * anyone else, or when the attempt belongs to another assignment.
 */
export async function studentAttempt(
  db: Db,
  assignment: Assignment,
  attemptId: string,
): Promise<StudentAttemptView | undefined> {
  const attempt = await findAttempt(db, attemptId);
  if (!attempt || attempt.assignment_id !== assignment.id) return undefined;
  const rows = new Map((await answersOfAttempt(db, attempt.id)).map((row) => [row.item_id, row]));
  const items = itemsForAttempt(assignment.items, assignment.settings, attempt.seed);
  const entries = items.map((item) => {
    const row = rows.get(item.id);
    const stored = row && storedAnswerOf(row, item, assignment.settings.certaintyBased);
    if (stored && !stored.ok) console.error(`attempt ${attempt.id}: ${stored.error}`);
    return stored?.ok ? { item, answer: stored.value } : { item };
  });
  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      certaintyBased: assignment.settings.certaintyBased,
    },
    attempt: {
      displayName: attempt.display_name,
      number: attempt.number,
      submitted: attempt.submitted_at !== null,
      earned:
        attempt.earned ??
        entries.reduce((sum, entry) => sum + (entry.answer?.score.earned ?? 0), 0),
      max: attempt.max,
      durationMs:
        (attempt.submitted_at ?? attempt.last_answer_at ?? attempt.started_at) - attempt.started_at,
    },
    entries,
  };
}
