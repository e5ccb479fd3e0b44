import 'server-only';
import { migrateToLatest, openDb, targetOf, type Db } from './connect';

type Holder = { db: Db; ready: Promise<void> };

// On globalThis: Next.js may load this module once per route bundle, but the process needs one pool.
const globalForDb = globalThis as typeof globalThis & { attacheDb?: Holder };

/** The process's database, migrated to the latest version before the first query runs. */
export async function getDb(): Promise<Db> {
  if (!globalForDb.attacheDb) {
    const db = openDb(targetOf());
    globalForDb.attacheDb = { db, ready: migrateToLatest(db).then(() => undefined) };
  }
  await globalForDb.attacheDb.ready;
  return globalForDb.attacheDb.db;
}

/** Closes the pool (tests switch databases between files). */
export async function closeDb(): Promise<void> {
  const holder = globalForDb.attacheDb;
  globalForDb.attacheDb = undefined;
  await holder?.db.destroy();
}
