import type { Db } from '../connect';

export async function recordSignInFailure(
  db: Db,
  failure: { id: string; subjects: string[]; at: number },
): Promise<void> {
  await db
    .insertInto('sign_in_failure')
    .values(
      failure.subjects.map((subject, index) => ({
        id: `${failure.id}-${index}`,
        subject,
        at: failure.at,
      })),
    )
    .execute();
}

export async function countSignInFailures(db: Db, subject: string, since: number): Promise<number> {
  const row = await db
    .selectFrom('sign_in_failure')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('subject', '=', subject)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearSignInFailures(db: Db, subject: string): Promise<void> {
  await db.deleteFrom('sign_in_failure').where('subject', '=', subject).execute();
}

export async function deleteSignInFailuresBefore(db: Db, before: number): Promise<void> {
  await db.deleteFrom('sign_in_failure').where('at', '<', before).execute();
}
