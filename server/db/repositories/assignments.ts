import type { Db } from '../connect';
import type { AssignmentRow } from '../schema';

export async function insertAssignment(db: Db, row: AssignmentRow): Promise<void> {
  await db.insertInto('assignment').values(row).execute();
}

/** Every column but the item snapshot, which is large and never changes (see assignments/load.ts). */
export type AssignmentMeta = Omit<AssignmentRow, 'items'>;

const META_COLUMNS = [
  'id',
  'instructor_id',
  'title',
  'join_code',
  'settings',
  'item_count',
  'created_at',
  'updated_at',
  'closed_at',
  'secret',
] as const;

export async function findAssignmentMeta(
  db: Db,
  by: { id: string } | { joinCode: string },
): Promise<AssignmentMeta | undefined> {
  const query = db.selectFrom('assignment').select(META_COLUMNS);
  return (
    'id' in by ? query.where('id', '=', by.id) : query.where('join_code', '=', by.joinCode)
  ).executeTakeFirst();
}

export async function findAssignmentItems(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('assignment')
    .select('items')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.items;
}

/** Sets the secret of an assignment made before secrets existed, unless another process just did. */
export async function setAssignmentSecretIfMissing(
  db: Db,
  id: string,
  secret: string,
): Promise<void> {
  await db
    .updateTable('assignment')
    .set({ secret })
    .where('id', '=', id)
    .where('secret', 'is', null)
    .execute();
}

export async function joinCodeTaken(db: Db, joinCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('assignment')
    .select('id')
    .where('join_code', '=', joinCode)
    .executeTakeFirst();
  return row !== undefined;
}

export type AssignmentListRow = Pick<
  AssignmentRow,
  'id' | 'title' | 'join_code' | 'settings' | 'item_count' | 'created_at' | 'closed_at'
> & { attempts: number; submitted: number };

/** An instructor's assignments, newest first, with how many attempts each has. */
const LIST_COLUMNS = [
  'assignment.id',
  'assignment.title',
  'assignment.join_code',
  'assignment.settings',
  'assignment.item_count',
  'assignment.created_at',
  'assignment.closed_at',
] as const;

export async function listAssignments(db: Db, instructorId: string): Promise<AssignmentListRow[]> {
  const rows = await db
    .selectFrom('assignment')
    .leftJoin('attempt', 'attempt.assignment_id', 'assignment.id')
    .select((eb) => [
      ...LIST_COLUMNS,
      eb.fn.count<number | string>('attempt.id').as('attempts'),
      eb.fn.count<number | string>('attempt.submitted_at').as('submitted'),
    ])
    .where('assignment.instructor_id', '=', instructorId)
    // PostgreSQL wants every selected column grouped.
    .groupBy([...LIST_COLUMNS])
    .orderBy('assignment.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    ...row,
    attempts: Number(row.attempts),
    submitted: Number(row.submitted),
  }));
}

/** Updates an assignment only if `instructorId` owns it; false when it did not. */
export async function updateOwnedAssignment(
  db: Db,
  id: string,
  instructorId: string,
  changes: Partial<Pick<AssignmentRow, 'closed_at' | 'updated_at' | 'title' | 'settings'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('assignment')
    .set(changes)
    .where('id', '=', id)
    .where('instructor_id', '=', instructorId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteOwnedAssignment(
  db: Db,
  id: string,
  instructorId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('assignment')
    .where('id', '=', id)
    .where('instructor_id', '=', instructorId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
