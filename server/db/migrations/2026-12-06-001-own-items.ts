/**
 * Frozen in time (see the initial migration). Instructors' own items, the co-instructors they
 * share them with, and which assignments took which version of an item.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('own_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    // The scenario's id as the instructor wrote it; null while a draft has none.
    .addColumn('slug', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('own_item_owner_slug', ['owner_id', 'slug'])
    .execute();

  await db.schema
    .createTable('item_share')
    .addColumn('owner_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addColumn('grantee_id', 'text', (c) =>
      c.notNull().references('instructor.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_share_pk', ['owner_id', 'grantee_id'])
    .execute();
  await db.schema.createIndex('item_share_grantee').on('item_share').column('grantee_id').execute();

  await db.schema
    .createTable('own_item_use')
    .addColumn('item_id', 'text', (c) => c.notNull().references('own_item.id').onDelete('cascade'))
    .addColumn('assignment_id', 'text', (c) =>
      c.notNull().references('assignment.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('own_item_use_pk', ['item_id', 'assignment_id'])
    .execute();
  await db.schema
    .createIndex('own_item_use_assignment')
    .on('own_item_use')
    .column('assignment_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('own_item_use').execute();
  await db.schema.dropTable('item_share').execute();
  await db.schema.dropTable('own_item').execute();
}
