/**
 * The timing rules of assignments and attempts, as pure functions of the clock. The server
 * enforces them; the pages only show them.
 */
import type { AssignmentSettings } from './settings';

/** Answers that arrive this long after the deadline still count: the time they spent on the network. */
export const DEADLINE_GRACE_MS = 5_000;

export type AssignmentState =
  | { state: 'not-open-yet'; opensAt: number }
  | { state: 'open' }
  | { state: 'past-due'; dueAt: number }
  | { state: 'closed'; closedAt: number };

export function assignmentState(
  assignment: { closedAt: number | null; settings: Pick<AssignmentSettings, 'opensAt' | 'dueAt'> },
  now: number,
): AssignmentState {
  if (assignment.closedAt !== null) return { state: 'closed', closedAt: assignment.closedAt };
  const { opensAt, dueAt } = assignment.settings;
  if (opensAt !== null && now < opensAt) return { state: 'not-open-yet', opensAt };
  if (dueAt !== null && now >= dueAt) return { state: 'past-due', dueAt };
  return { state: 'open' };
}

/** Whether students may see keys and explanations now (after-close feedback waits for the end). */
export function feedbackReleased(
  assignment: { closedAt: number | null; settings: AssignmentSettings },
  now: number,
): boolean {
  if (assignment.settings.feedback === 'immediate') return true;
  const state = assignmentState(assignment, now).state;
  return state === 'closed' || state === 'past-due';
}

/** The moment an attempt started at `startedAt` must end: its time limit or the due date. */
export function deadlineOf(
  settings: Pick<AssignmentSettings, 'timeLimitMinutes' | 'dueAt'>,
  startedAt: number,
): number | null {
  const limit =
    settings.timeLimitMinutes === null ? null : startedAt + settings.timeLimitMinutes * 60_000;
  if (limit === null) return settings.dueAt;
  return settings.dueAt === null ? limit : Math.min(limit, settings.dueAt);
}

export type AttemptTiming = { submittedAt: number | null; deadlineAt: number | null };

/** An attempt takes answers until it is submitted or its deadline (plus grace) has passed. */
export function acceptsAnswers(attempt: AttemptTiming, now: number): boolean {
  if (attempt.submittedAt !== null) return false;
  return attempt.deadlineAt === null || now <= attempt.deadlineAt + DEADLINE_GRACE_MS;
}

/** An open attempt whose deadline has passed ends at its deadline. */
export function expiredAt(attempt: AttemptTiming, now: number): number | null {
  if (attempt.submittedAt !== null || attempt.deadlineAt === null) return null;
  return now > attempt.deadlineAt + DEADLINE_GRACE_MS ? attempt.deadlineAt : null;
}
