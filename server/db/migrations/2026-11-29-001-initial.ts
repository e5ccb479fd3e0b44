/**
 * Frozen in time: migrations never import app code, and take Kysely<any> because the
 * schema they see is the one of their own moment, not today's.
 */
import type { Kysely } from 'kysely';

// "double precision" is REAL on SQLite and float8 on PostgreSQL (real would be float4 there).
const FLOAT = 'double precision';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instructor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instructor_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_instructor').on('session').column('instructor_id').execute();

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

  await db.schema
    .createTable('assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instructor_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('assignment_instructor')
    .on('assignment')
    .columns(['instructor_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) =>
      c.notNull().references('assignment.id').onDelete('cascade'),
    )
    .addColumn('participant_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('deadline_at', 'bigint')
    .addColumn('last_answer_at', 'bigint')
    .addColumn('submitted_at', 'bigint')
    .addColumn('submitted_reason', 'text')
    .addColumn('earned', FLOAT)
    .addColumn('max', FLOAT, (c) => c.notNull())
    .addUniqueConstraint('attempt_participant_number', [
      'assignment_id',
      'participant_hash',
      'number',
    ])
    .execute();

  await db.schema
    .createTable('answer')
    .addColumn('attempt_id', 'text', (c) =>
      c.notNull().references('attempt.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('score', 'text', (c) => c.notNull())
    .addColumn('earned', FLOAT, (c) => c.notNull())
    .addColumn('max', FLOAT, (c) => c.notNull())
    .addColumn('raw_earned', FLOAT, (c) => c.notNull())
    .addColumn('raw_max', FLOAT, (c) => c.notNull())
    .addColumn('answered_at', 'bigint', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_pk', ['attempt_id', 'item_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'answer',
    'attempt',
    'assignment',
    'sign_in_failure',
    'session',
    'instructor',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
