/** An assignment's results for its instructor: per student, per item, and per category pair. */
import {
  scenarioLevelInput,
  itemLevelInput,
  judgedOf,
  type AttemptAnswers,
} from '@/lib/analytics/assignment-data';
import {
  classConfusion,
  topConfusedPairs,
  type ConfusedPair,
  type ConfusionMatrix,
} from '@/lib/analytics/confusion';
import { analyseAssignment, type AssignmentAnalysis } from '@/lib/analytics/item-analysis';
import { chooseAttempts, type AttemptChoice } from '@/lib/analytics/attempt-choice';
import { expiredAt } from '@/lib/assignments/status';
import type { Item } from '@/lib/bank/items';
import { calibration, type CalibrationRow } from '@/lib/scoring/certainty';
import { responseSchema } from '@/lib/scoring/responses';
import type { Scored } from '@/lib/scoring/types';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import {
  answersOfAssignment,
  attemptsOfAssignment,
  finishAttempt,
} from '../db/repositories/attempts';
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

/** Ends attempts whose time is up, so the table and the analysis see them as handed in. */
async function endExpired(db: Db, attempts: AttemptRow[], assignment: Assignment, now: number) {
  let changed = false;
  for (const attempt of attempts) {
    const ended = expiredAt(
      { submittedAt: attempt.submitted_at, deadlineAt: attempt.deadline_at },
      now,
    );
    if (ended === null) continue;
    const reason =
      assignment.settings.dueAt !== null && ended === assignment.settings.dueAt
        ? 'due'
        : 'time-limit';
    changed = (await finishAttempt(db, attempt.id, ended, reason)) || changed;
  }
  return changed;
}

export function storedAnswerOf(row: AnswerRow) {
  return {
    response: responseSchema.parse(JSON.parse(row.response)),
    // Written by our own scorer when the answer was saved.
    score: JSON.parse(row.score) as Scored,
    rawEarned: row.raw_earned,
  };
}

export async function loadResults(
  db: Db,
  assignment: Assignment,
  frameworks: readonly { id: string; categories: readonly { id: string }[] }[],
  now: number,
  counted: AttemptChoice = 'all',
): Promise<Results> {
  let attempts = await attemptsOfAssignment(db, assignment.id);
  if (await endExpired(db, attempts, assignment, now)) {
    attempts = await attemptsOfAssignment(db, assignment.id);
  }
  const answerRows = await answersOfAssignment(db, assignment.id);
  const byAttempt = new Map<string, AnswerRow[]>();
  for (const row of answerRows)
    byAttempt.set(row.attempt_id, [...(byAttempt.get(row.attempt_id) ?? []), row]);

  const rows: StudentRow[] = [];
  let finished: AttemptAnswers[] = [];
  for (const attempt of attempts) {
    const answers = byAttempt.get(attempt.id) ?? [];
    const stored = Object.fromEntries(answers.map((row) => [row.item_id, storedAnswerOf(row)]));
    const judgements = Object.values(stored).flatMap((a) => a.score.judgements);
    rows.push({
      attemptId: attempt.id,
      name: attempt.display_name,
      number: attempt.number,
      status: statusOf(attempt),
      startedAt: attempt.started_at,
      submittedAt: attempt.submitted_at,
      durationMs: (attempt.submitted_at ?? now) - attempt.started_at,
      earned: attempt.earned ?? answers.reduce((sum, a) => sum + a.earned, 0),
      max: attempt.max,
      answered: answers.length,
      total: assignment.items.length,
      ...(assignment.settings.certaintyBased ? { calibration: calibration(judgements) } : {}),
    });
    if (attempt.submitted_at !== null) finished.push({ attemptId: attempt.id, answers: stored });
  }

  const countedIds = new Set(
    chooseAttempts(
      attempts
        .filter((a) => a.submitted_at !== null)
        .map((a) => ({ id: a.id, student: a.participant_hash, number: a.number })),
      counted,
    ),
  );
  finished = finished.filter((a) => countedIds.has(a.attemptId));
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
    finished,
    items: analyseAssignment(itemLevel.items, itemLevel.students),
    scenarios: analyseAssignment(scenarioLevel.items, scenarioLevel.students),
    confusion,
  };
}

/** One attempt's answers in the order the student saw the items (for the instructor's detail view). */
export function itemTitle(item: Item): string {
  return item.kind === 'sort' ? item.question : item.stem.title;
}
