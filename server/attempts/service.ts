/**
 * What a student does: join, answer, submit, see results. The student is known only by the
 * participant token in their cookie; every lookup goes through its hash, so nothing a student
 * sends can name another student's attempt.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { attemptItem, itemsForAttempt } from '@/lib/assignments/attempt-items';
import {
  acceptsAnswers,
  assignmentState,
  deadlineOf,
  feedbackReleased,
} from '@/lib/assignments/status';
import { maxMarks, scoreItem, toPublicItem } from '@/lib/items/registry';
import { responseSchema, type LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';
import { encodeScore } from '@/lib/items/stored';
import type { AnswerView, AttemptView } from '@/lib/assignments/views';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import {
  answersOfAttempt,
  attemptsOfParticipant,
  findAnswer,
  finishAttempt,
  insertAttempt,
  latestAttemptOf,
  storeAnswerIfOpen,
  touchOpenAttemptOf,
  upsertAnswer,
} from '../db/repositories/attempts';
import type { AnswerRow, AttemptRow, NewAnswer } from '../db/schema';
import type { Assignment } from '../assignments/codec';
import { relabel } from '@/lib/assignments/opaque';
import { nameProblem } from '@/lib/text/rules';
import { idMapOf } from '../assignments/opaque';
import { endIfExpired, storedAnswerOf } from './stored';

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'your name as your instructor knows it')
  .max(60, 'at most 60 characters')
  .superRefine((name, ctx) => {
    if (name === '') return; // min(1) has said it
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const answerRequestSchema = z.strictObject({
  /** The item answered, by the opaque id its page was given, e.g. "q3f9a0c1b2d4e5f60718a". */
  itemId: z.string().min(1).max(400),
  /** In the page's opaque ids too (a board's cards, an odd-one-out choice). */
  response: responseSchema,
});

export type JoinFailure = 'not-open-yet' | 'past-due' | 'closed' | 'no-attempts-left';

export type JoinResult =
  | {
      ok: true;
      assignmentId: string;
      participantToken: string;
      attemptId: string;
      resumed: boolean;
    }
  | { ok: false; reason: JoinFailure };

/**
 * Starts an attempt, or returns the one this participant already has open. `serverToken` is a
 * token the server derived itself for an identity an LMS vouched for (see server/lti/launch.ts).
 */
export async function joinAssignment(
  db: Db,
  assignment: Assignment,
  participantToken: string | undefined,
  displayName: string,
  now: number,
  serverToken?: string,
): Promise<JoinResult> {
  // A token is adopted only if it names an attempt here: the server chooses every new one.
  const known =
    participantToken !== undefined &&
    (await attemptsOfParticipant(db, assignment.id, hashToken(participantToken))).length > 0;
  const token = known ? participantToken : (serverToken ?? newToken());
  const participantHash = hashToken(token);
  const joined = (attemptId: string, resumed: boolean): JoinResult => ({
    ok: true,
    assignmentId: assignment.id,
    participantToken: token,
    attemptId,
    resumed,
  });
  const previous = await currentAttemptRow(db, assignment, participantHash, now);
  if (previous && previous.submitted_at === null) return joined(previous.id, true);
  const state = assignmentState(assignment, now);
  if (state.state !== 'open') return { ok: false, reason: state.state };
  const number = (previous?.number ?? 0) + 1;
  if (number > assignment.settings.maxAttempts) return { ok: false, reason: 'no-attempts-left' };
  const attempt: AttemptRow = {
    id: newId(),
    assignment_id: assignment.id,
    participant_hash: participantHash,
    display_name: displayName,
    number,
    seed: randomBytes(6).toString('hex'),
    started_at: now,
    deadline_at: deadlineOf(assignment.settings, now),
    last_answer_at: null,
    submitted_at: null,
    submitted_reason: null,
    earned: null,
    max: assignment.items.reduce(
      (sum, item) => sum + maxMarks(item, { certaintyBased: assignment.settings.certaintyBased }),
      0,
    ),
  };
  try {
    await insertAttempt(db, attempt);
  } catch (error) {
    // A double tap on "Start": the unique (assignment, participant, number) lets one through.
    const again = await attemptsOfParticipant(db, assignment.id, participantHash);
    const open = again.find((a) => a.number === number);
    if (!open) throw error;
    return joined(open.id, true);
  }
  return joined(attempt.id, false);
}

/** The participant's latest attempt, ended first if its deadline has passed. */
async function currentAttemptRow(
  db: Db,
  assignment: Assignment,
  participantHash: string,
  now: number,
): Promise<AttemptRow | undefined> {
  const latest = await latestAttemptOf(db, assignment.id, participantHash);
  if (!latest) return undefined;
  if (!(await endIfExpired(db, assignment, latest, now))) return latest;
  return latestAttemptOf(db, assignment.id, participantHash);
}

export type ViewResult = { ok: true; view: AttemptView } | { ok: false; reason: 'no-attempt' };

export async function attemptView(
  db: Db,
  assignment: Assignment,
  participantToken: string | undefined,
  now: number,
): Promise<ViewResult> {
  if (!participantToken) return { ok: false, reason: 'no-attempt' };
  const attempt = await currentAttemptRow(db, assignment, hashToken(participantToken), now);
  if (!attempt) return { ok: false, reason: 'no-attempt' };
  const rows = await answersOfAttempt(db, attempt.id);
  return { ok: true, view: viewOf(assignment, attempt, rows, now) };
}

/** What the page gets: everything in the attempt's opaque ids (see lib/assignments/opaque.ts). */
function viewOf(
  assignment: Assignment,
  attempt: AttemptRow,
  rows: readonly AnswerRow[],
  now: number,
): AttemptView {
  const { toOpaque } = idMapOf(assignment);
  const view = realViewOf(assignment, attempt, rows, now);
  return {
    ...view,
    items: relabel(view.items, toOpaque),
    revealed: relabel(view.revealed, toOpaque),
    answers: relabel(view.answers, toOpaque),
  };
}

function realViewOf(
  assignment: Assignment,
  attempt: AttemptRow,
  rows: readonly AnswerRow[],
  now: number,
): AttemptView {
  const items = itemsForAttempt(assignment.items, assignment.settings, attempt.seed);
  const submitted = attempt.submitted_at !== null;
  const released = feedbackReleased(assignment, now);
  const immediate = assignment.settings.feedback === 'immediate';
  const answers: Record<string, AnswerView> = {};
  const revealed: Record<string, Item> = {};
  const answered = new Map(rows.map((row) => [row.item_id, row]));
  for (const item of items) {
    const row = answered.get(item.id);
    // Immediate feedback shows each answered item; deferred shows all once submitted and released.
    const show = immediate ? row !== undefined || submitted : submitted && released;
    if (show) revealed[item.id] = item;
    const stored = row && storedAnswerOf(row, item, assignment.settings.certaintyBased);
    if (stored?.ok) {
      const { response, score } = stored.value;
      answers[item.id] = show ? { response, score } : { response };
    } else if (stored) {
      // A damaged row: the student sees the question as unanswered rather than a broken page.
      console.error(`attempt ${attempt.id}: ${stored.error}`);
    }
  }
  const state = assignmentState(assignment, now);
  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      joinCode: assignment.joinCode,
      state,
      feedback: assignment.settings.feedback,
      certaintyBased: assignment.settings.certaintyBased,
      maxAttempts: assignment.settings.maxAttempts,
      timeLimitMinutes: assignment.settings.timeLimitMinutes,
      dueAt: assignment.settings.dueAt,
      itemCount: items.length,
    },
    attempt: {
      number: attempt.number,
      displayName: attempt.display_name,
      startedAt: attempt.started_at,
      deadlineAt: attempt.deadline_at,
      submittedAt: attempt.submitted_at,
      submittedReason: attempt.submitted_reason,
      // The total is part of the feedback: withheld until it is released.
      earned: submitted && (immediate || released) ? attempt.earned : null,
      max: attempt.max,
    },
    items: items.map(toPublicItem),
    revealed,
    answers,
    canRetry:
      submitted && attempt.number < assignment.settings.maxAttempts && state.state === 'open',
  };
}

export type SaveFailure =
  | { reason: 'no-attempt'; status: 404 }
  | { reason: 'attempt-closed'; status: 409 }
  | { reason: 'already-answered'; status: 409 }
  | { reason: 'unknown-item'; status: 400 }
  | { reason: 'incomplete'; status: 400; message: string };

export type SaveResult =
  | { ok: true; revision: number; feedback?: { item: Item; score: Scored } }
  | ({ ok: false } & SaveFailure);

/**
 * Stores one answer, idempotently: the same answer again changes nothing; a different answer
 * replaces the first while the attempt is open, unless feedback was already shown for it.
 */
export async function saveAnswer(
  db: Db,
  assignment: Assignment,
  participantToken: string | undefined,
  request: z.infer<typeof answerRequestSchema>,
  now: number,
): Promise<SaveResult> {
  if (!participantToken) return { ok: false, reason: 'no-attempt', status: 404 };
  const participantHash = hashToken(participantToken);
  const ids = idMapOf(assignment);
  const answer: AnswerInput = {
    itemId: ids.fromOpaque.get(request.itemId),
    response: relabel(request.response, ids.fromOpaque),
  };
  const withFeedback = (outcome: SaveResult): SaveResult =>
    outcome.ok && outcome.feedback
      ? { ...outcome, feedback: relabel(outcome.feedback, ids.toOpaque) }
      : outcome;

  // Twice at most: an attempt that starts between the two looks is found the second time.
  for (let look = 0; look < 2; look++) {
    if (assignmentState(assignment, now).state !== 'closed') {
      const stored = await saveInOpenAttempt(db, assignment, participantHash, answer, now);
      if (stored) return withFeedback(stored);
    }
    // No open attempt within its time, or a closed assignment: say which, ending an expired one.
    const attempt = await currentAttemptRow(db, assignment, participantHash, now);
    if (!attempt) return { ok: false, reason: 'no-attempt', status: 404 };
    const open =
      acceptsAnswers({ submittedAt: attempt.submitted_at, deadlineAt: attempt.deadline_at }, now) &&
      assignmentState(assignment, now).state !== 'closed';
    if (!open) return { ok: false, reason: 'attempt-closed', status: 409 };
  }
  return { ok: false, reason: 'attempt-closed', status: 409 };
}

/**
 * The open attempt each participant last answered in, per process: an answer to it is then one
 * statement (`storeAnswerIfOpen` re-checks that it still takes answers). A participant has at
 * most one open attempt, so an entry is either right or no longer open, never another's.
 */
const OPEN_ATTEMPTS_KEPT = 20_000;
const openAttempts = new Map<string, Pick<AttemptRow, 'id' | 'seed'>>();

function rememberOpenAttempt(key: string, attempt: Pick<AttemptRow, 'id' | 'seed'>): void {
  openAttempts.delete(key);
  openAttempts.set(key, attempt);
  if (openAttempts.size > OPEN_ATTEMPTS_KEPT)
    openAttempts.delete(openAttempts.keys().next().value!);
}

/**
 * The usual case: the participant's open attempt is found and locked by the statement that
 * marks it as being answered (a submission waits for this answer, or refuses it), then the
 * answer is stored. Undefined when no attempt of theirs accepts answers.
 */
async function saveInOpenAttempt(
  db: Db,
  assignment: Assignment,
  participantHash: string,
  answer: AnswerInput,
  now: number,
): Promise<SaveResult | undefined> {
  const key = `${assignment.id} ${participantHash}`;
  const immediate = assignment.settings.feedback === 'immediate';
  // Once feedback has been shown for an item, its first answer stands.
  const replace = !immediate;
  const remembered = openAttempts.get(key);
  if (remembered) {
    const prepared = prepareAnswer(assignment, remembered, answer, now);
    // A refusal is left to the full path, which reads the attempt afresh and says why.
    if (prepared.ok) {
      const stored = await storeAnswerIfOpen(db, prepared.row, { replace });
      if (stored.open) return outcomeOf(db, prepared, stored.revision, immediate);
    }
    openAttempts.delete(key);
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const attempt = await touchOpenAttemptOf(trx, assignment.id, participantHash, now);
      if (!attempt) return undefined;
      const prepared = prepareAnswer(assignment, attempt, answer, now);
      // An answer refused before it reached the table leaves no trace, not even the touch.
      if (!prepared.ok) throw new Refusal(prepared.refusal);
      const revision = await upsertAnswer(trx, prepared.row, { replace });
      rememberOpenAttempt(key, attempt);
      return outcomeOf(trx, prepared, revision, immediate);
    });
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    throw error;
  }
}

/** An answer in real ids; `itemId` is undefined when the opaque id named no item. */
type AnswerInput = { itemId: string | undefined; response: LearnerResponse };

/** Thrown inside the transaction to roll it back and answer with `outcome`. */
class Refusal extends Error {
  constructor(readonly outcome: SaveResult) {
    super(outcome.ok ? 'saved' : outcome.reason);
  }
}

type PreparedAnswer =
  { ok: true; row: NewAnswer; item: Item; score: Scored } | { ok: false; refusal: SaveResult };

/** Finds the item in the attempt and scores the answer: the row to store, or why not. */
function prepareAnswer(
  assignment: Assignment,
  attempt: Pick<AttemptRow, 'id' | 'seed'>,
  answer: AnswerInput,
  now: number,
): PreparedAnswer {
  const item =
    answer.itemId === undefined
      ? undefined
      : attemptItem(assignment.items, assignment.settings, attempt.seed, answer.itemId);
  if (!item) return { ok: false, refusal: { ok: false, reason: 'unknown-item', status: 400 } };
  const { response } = answer;
  const score = scoreItem(item, response, { certaintyBased: assignment.settings.certaintyBased });
  if (score.status !== 'scored') {
    return {
      ok: false,
      refusal: { ok: false, reason: 'incomplete', status: 400, message: score.message },
    };
  }
  const raw = scoreItem(item, response);
  const row: NewAnswer = {
    attempt_id: attempt.id,
    item_id: item.id,
    response: JSON.stringify(response),
    score: encodeScore(score),
    earned: score.earned,
    max: score.max,
    raw_earned: raw.status === 'scored' ? raw.earned : 0,
    raw_max: raw.status === 'scored' ? raw.max : score.max,
    answered_at: now,
    revision: 1,
  };
  return { ok: true, row, item, score };
}

/**
 * What the student is told once the answer reached the table: `revision` is what was written,
 * or undefined when nothing was (the same answer again, a retry, or a change not allowed); with
 * `immediate` feedback, the key and score come with it.
 */
async function outcomeOf(
  db: Db,
  { row, item, score }: Extract<PreparedAnswer, { ok: true }>,
  revision: number | undefined,
  immediate: boolean,
): Promise<SaveResult> {
  // The stored answer is this very response (new, or the same one again): its score is `score`.
  const saved = (stored: number): SaveResult => ({
    ok: true,
    revision: stored,
    ...(immediate ? { feedback: { item, score } } : {}),
  });
  if (revision !== undefined) return saved(revision);
  const existing = await findAnswer(db, row.attempt_id, row.item_id);
  if (existing?.response === row.response) return saved(existing.revision);
  return { ok: false, reason: 'already-answered', status: 409 };
}

export type SubmitResult = { ok: true } | { ok: false; reason: 'no-attempt' | 'already-submitted' };

export async function submitAttempt(
  db: Db,
  assignment: Assignment,
  participantToken: string | undefined,
  now: number,
): Promise<SubmitResult> {
  if (!participantToken) return { ok: false, reason: 'no-attempt' };
  const attempt = await currentAttemptRow(db, assignment, hashToken(participantToken), now);
  if (!attempt) return { ok: false, reason: 'no-attempt' };
  if (attempt.submitted_at !== null) return { ok: false, reason: 'already-submitted' };
  const done = await db
    .transaction()
    .execute((trx) => finishAttempt(trx, attempt.id, now, 'student'));
  return done ? { ok: true } : { ok: false, reason: 'already-submitted' };
}
