import { engineOfDb, type Db } from '../connect';
import type { ThrottleTable } from '../schema';

/**
 * Reads a bucket and writes its new state in one transaction, so parallel callers take turns:
 * PostgreSQL locks the row (FOR UPDATE); SQLite runs one write transaction at a time.
 */
export async function updateThrottle<T>(
  db: Db,
  key: string,
  change: (current: ThrottleTable | undefined) => { next?: ThrottleTable; result: T },
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    // Make sure the row exists so that it can be locked, then lock it.
    await trx
      .insertInto('throttle')
      .values({ key, attempts: 0, next_at: 0, window_start: 0 })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    let query = trx.selectFrom('throttle').selectAll().where('key', '=', key);
    if (engineOfDb(db) === 'postgres') query = query.forUpdate();
    const current = await query.executeTakeFirst();
    const fresh = current && current.attempts === 0 ? undefined : current;
    const { next, result } = change(fresh);
    if (next) {
      await trx
        .updateTable('throttle')
        .set({ attempts: next.attempts, next_at: next.next_at, window_start: next.window_start })
        .where('key', '=', key)
        .execute();
    } else {
      await trx.deleteFrom('throttle').where('key', '=', key).execute();
    }
    return result;
  });
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('throttle').where('key', '=', key).execute();
}

/** Buckets idle for longer than their window carry no information; they go. */
export async function deleteThrottlesIdleSince(db: Db, before: number): Promise<void> {
  await db.deleteFrom('throttle').where('next_at', '<', before).execute();
}
