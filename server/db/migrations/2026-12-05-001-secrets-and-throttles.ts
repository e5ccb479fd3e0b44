/**
 * Frozen in time (see the initial migration). Adds a per-assignment secret for the opaque ids an
 * attempt page shows, and throttle buckets that replace counting sign-in failures.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Nullable: assignments made before this migration get theirs the first time they are loaded.
  await db.schema.alterTable('assignment').addColumn('secret', 'text').execute();

  await db.schema
    .createTable('throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_at', 'bigint', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema.dropTable('sign_in_failure').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_failure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failure_subject_at')
    .on('sign_in_failure')
    .columns(['subject', 'at'])
    .execute();
  await db.schema.dropTable('throttle').execute();
  await db.schema.alterTable('assignment').dropColumn('secret').execute();
}
