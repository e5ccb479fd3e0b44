/**
 * Frozen in time (see the initial migration). LTI 1.3: the tool's signing keys, the platforms
 * (LMSs) instructors registered, logins in flight, accounts and resource links made by launches,
 * and the grades owed to each platform's gradebook.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lti_key')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('private_jwk', 'text', (c) => c.notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('retired_at', 'bigint')
    .execute();

  await db.schema
    .createTable('lti_platform')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('deployment_ids', 'text', (c) => c.notNull())
    .addColumn('auth_url', 'text', (c) => c.notNull())
    .addColumn('token_url', 'text', (c) => c.notNull())
    .addColumn('jwks_url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('lti_platform_issuer_client', ['issuer', 'client_id'])
    .execute();

  await db.schema
    .createTable('lti_registration')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('lti_login')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('lti_platform.id').onDelete('cascade'),
    )
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('lti_account')
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('lti_platform.id').onDelete('cascade'),
    )
    .addColumn('sub', 'text', (c) => c.notNull())
    .addColumn('instructor_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('lti_account_pk', ['platform_id', 'sub'])
    .execute();

  await db.schema
    .createTable('lti_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('lti_platform.id').onDelete('cascade'),
    )
    .addColumn('assignment_id', 'text', (c) =>
      c.notNull().references('assignment.id').onDelete('cascade'),
    )
    .addColumn('context_title', 'text')
    .addColumn('lineitem_url', 'text')
    .addColumn('memberships_url', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lti_link_assignment')
    .on('lti_link')
    .column('assignment_id')
    .execute();

  await db.schema
    .createTable('lti_learner')
    .addColumn('link_id', 'text', (c) => c.notNull().references('lti_link.id').onDelete('cascade'))
    .addColumn('sub', 'text', (c) => c.notNull())
    .addColumn('participant_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lti_learner_pk', ['link_id', 'sub'])
    .execute();

  await db.schema
    .createTable('lti_handoff')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('lti_grade')
    .addColumn('link_id', 'text', (c) => c.notNull().references('lti_link.id').onDelete('cascade'))
    .addColumn('sub', 'text', (c) => c.notNull())
    .addColumn('score_given', 'double precision', (c) => c.notNull())
    .addColumn('score_maximum', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tries', 'integer', (c) => c.notNull())
    .addColumn('next_try_at', 'bigint', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('lti_grade_pk', ['link_id', 'sub'])
    .execute();
  await db.schema
    .createIndex('lti_grade_due')
    .on('lti_grade')
    .columns(['status', 'next_try_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'lti_grade',
    'lti_handoff',
    'lti_learner',
    'lti_link',
    'lti_account',
    'lti_login',
    'lti_registration',
    'lti_platform',
    'lti_key',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
