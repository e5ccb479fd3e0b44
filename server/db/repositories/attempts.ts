import { DEADLINE_GRACE_MS } from '@/lib/assignments/status';
import { engineOfDb, type Db } from '../connect';
import { sql, type ExpressionBuilder, type OnConflictBuilder, type Transaction } from 'kysely';
import type { AnswerRow, AttemptRow, Database, NewAnswer } from '../schema';

/** Either the database or an open transaction. */
type Executor = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable' | 'deleteFrom'>;

export async function insertAttempt(db: Executor, row: AttemptRow): Promise<void> {
  await db.insertInto('attempt').values(row).execute();
}

export async function findAttempt(db: Executor, id: string): Promise<AttemptRow | undefined> {
  return db.selectFrom('attempt').selectAll().where('id', '=', id).executeTakeFirst();
}

const participantAttempts = (db: Executor, assignmentId: string, participantHash: string) =>
  db
    .selectFrom('attempt')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .where('participant_hash', '=', participantHash)
    .orderBy('number', 'desc');

/** A participant's attempts at one assignment, latest first. */
export async function attemptsOfParticipant(
  db: Executor,
  assignmentId: string,
  participantHash: string,
): Promise<AttemptRow[]> {
  return participantAttempts(db, assignmentId, participantHash).execute();
}

/** A participant's latest attempt at one assignment. */
export async function latestAttemptOf(
  db: Executor,
  assignmentId: string,
  participantHash: string,
): Promise<AttemptRow | undefined> {
  return participantAttempts(db, assignmentId, participantHash).limit(1).executeTakeFirst();
}

export async function attemptsOfAssignment(
  db: Executor,
  assignmentId: string,
): Promise<AttemptRow[]> {
  return db
    .selectFrom('attempt')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .orderBy('started_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export async function answersOfAttempt(db: Executor, attemptId: string): Promise<AnswerRow[]> {
  return db.selectFrom('answer').selectAll().where('attempt_id', '=', attemptId).execute();
}

export async function answersOfAssignment(
  db: Executor,
  assignmentId: string,
): Promise<AnswerRow[]> {
  return db
    .selectFrom('answer')
    .innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
    .selectAll('answer')
    .where('attempt.assignment_id', '=', assignmentId)
    .execute();
}

export async function findAnswer(
  db: Executor,
  attemptId: string,
  itemId: string,
): Promise<AnswerRow | undefined> {
  return db
    .selectFrom('answer')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
}

/** The attempt still takes answers at `now`: not submitted, its deadline plus the grace not passed. */
const acceptsAnswersAt = (now: number) => (eb: ExpressionBuilder<Database, 'attempt'>) =>
  eb.and([
    eb('submitted_at', 'is', null),
    eb.or([eb('deadline_at', 'is', null), eb('deadline_at', '>=', now - DEADLINE_GRACE_MS)]),
  ]);

/**
 * The participant's open attempt that still accepts answers at `now`, marked as being answered;
 * undefined when there is none. Inside a transaction this takes the attempt's row lock on
 * PostgreSQL in the statement that finds it, so an answer and a submission never interleave.
 */
export async function touchOpenAttemptOf(
  db: Executor,
  assignmentId: string,
  participantHash: string,
  now: number,
): Promise<Pick<AttemptRow, 'id' | 'seed'> | undefined> {
  return db
    .updateTable('attempt')
    .set({ last_answer_at: now })
    .where('assignment_id', '=', assignmentId)
    .where('participant_hash', '=', participantHash)
    .where(acceptsAnswersAt(now))
    .returning(['id', 'seed'])
    .executeTakeFirst();
}

/** Without `replace` the first answer stands; with it a different one overwrites the row. */
const onAnswerConflict = (replace: boolean) => (oc: OnConflictBuilder<Database, 'answer'>) => {
  const target = oc.columns(['attempt_id', 'item_id']);
  if (!replace) return target.doNothing();
  return target
    .doUpdateSet((eb) => ({
      response: eb.ref('excluded.response'),
      score: eb.ref('excluded.score'),
      earned: eb.ref('excluded.earned'),
      max: eb.ref('excluded.max'),
      raw_earned: eb.ref('excluded.raw_earned'),
      raw_max: eb.ref('excluded.raw_max'),
      answered_at: eb.ref('excluded.answered_at'),
      revision: eb(eb.ref('answer.revision'), '+', 1),
    }))
    .whereRef('answer.response', '<>', 'excluded.response');
};

/**
 * Stores an answer in one statement, one row per (attempt, item). With `replace`, a different
 * later answer overwrites the row and bumps its revision; otherwise the first answer stands.
 * Returns the stored revision, or undefined when nothing was written (the same answer again,
 * or, without `replace`, a different one): the caller then reads the row to tell which.
 */
export async function upsertAnswer(
  db: Executor,
  answer: NewAnswer,
  { replace }: { replace: boolean },
): Promise<number | undefined> {
  const row = await db
    .insertInto('answer')
    .values(answer)
    .onConflict(onAnswerConflict(replace))
    .returning('revision')
    .executeTakeFirst();
  return row?.revision;
}

export type StoredInAttempt = { open: false } | { open: true; revision: number | undefined };

/**
 * Stores an answer in a known attempt if it still takes answers at `answer.answered_at`,
 * marking it as being answered under its row lock, as `touchOpenAttemptOf` then `upsertAnswer`
 * in one transaction do. On PostgreSQL this is one statement, so one round trip.
 */
export async function storeAnswerIfOpen(
  db: Db,
  answer: NewAnswer,
  { replace }: { replace: boolean },
): Promise<StoredInAttempt> {
  const now = answer.answered_at;
  if (engineOfDb(db) !== 'postgres') {
    return db.transaction().execute(async (trx) => {
      const touched = await trx
        .updateTable('attempt')
        .set({ last_answer_at: now })
        .where('id', '=', answer.attempt_id)
        .where(acceptsAnswersAt(now))
        .executeTakeFirst();
      if (Number(touched.numUpdatedRows) === 0) return { open: false };
      return { open: true, revision: await upsertAnswer(trx, answer, { replace }) };
    });
  }
  // Parameters in a SELECT list have no type of their own: each is cast to its column's.
  const row = await db
    .with('touched', (qb) =>
      qb
        .updateTable('attempt')
        .set({ last_answer_at: now })
        .where('id', '=', answer.attempt_id)
        .where(acceptsAnswersAt(now))
        .returning('id'),
    )
    .with('stored', (qb) =>
      qb
        .insertInto('answer')
        .columns([
          'attempt_id',
          'item_id',
          'response',
          'score',
          'earned',
          'max',
          'raw_earned',
          'raw_max',
          'answered_at',
          'revision',
        ])
        .expression((eb) =>
          eb
            .selectFrom('touched')
            .select([
              'touched.id',
              sql<string>`${answer.item_id}::text`.as('item_id'),
              sql<string>`${answer.response}::text`.as('response'),
              sql<string>`${answer.score}::text`.as('score'),
              sql<number>`${answer.earned}::double precision`.as('earned'),
              sql<number>`${answer.max}::double precision`.as('max'),
              sql<number>`${answer.raw_earned}::double precision`.as('raw_earned'),
              sql<number>`${answer.raw_max}::double precision`.as('raw_max'),
              sql<number>`${now}::bigint`.as('answered_at'),
              sql<number>`${answer.revision}::integer`.as('revision'),
            ]),
        )
        .onConflict(onAnswerConflict(replace))
        .returning('revision'),
    )
    .selectNoFrom((eb) => [
      eb.selectFrom('touched').select(eb.fn.countAll<number>().as('n')).as('touched'),
      eb.selectFrom('stored').select('revision').as('revision'),
    ])
    .executeTakeFirstOrThrow();
  if (Number(row.touched) === 0) return { open: false };
  return { open: true, revision: row.revision ?? undefined };
}

/**
 * Ends an open attempt with its total; false when it had already ended. Two statements in the
 * caller's transaction: the first takes the attempt's row lock, waiting for an answer that holds
 * it, and the second sums the answers in a fresh snapshot. In one statement PostgreSQL would
 * sum in the snapshot taken before the wait and leave out the answer it waited for.
 */
export async function finishAttempt(
  trx: Transaction<Database>,
  attemptId: string,
  at: number,
  reason: string,
): Promise<boolean> {
  const ended = await trx
    .updateTable('attempt')
    .set({ submitted_at: at, submitted_reason: reason })
    .where('id', '=', attemptId)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  if (Number(ended.numUpdatedRows) === 0) return false;
  await trx
    .updateTable('attempt')
    .set((eb) => ({
      earned: eb.fn.coalesce(
        eb
          .selectFrom('answer')
          .select((inner) => inner.fn.sum<number>('answer.earned').as('total'))
          .whereRef('answer.attempt_id', '=', 'attempt.id'),
        eb.lit(0),
      ),
    }))
    .where('id', '=', attemptId)
    .execute();
  return true;
}

/** Open attempts of an assignment (to end them when it closes). */
export async function openAttemptIds(db: Executor, assignmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attempt')
    .select('id')
    .where('assignment_id', '=', assignmentId)
    .where('submitted_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}
