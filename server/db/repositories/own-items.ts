import type { Db } from '../connect';
import type { OwnItemRow } from '../schema';

export async function insertOwnItem(db: Db, row: OwnItemRow): Promise<void> {
  await db.insertInto('own_item').values(row).execute();
}

export async function insertOwnItems(db: Db, rows: readonly OwnItemRow[]): Promise<void> {
  // Bounded batches: PostgreSQL takes at most 65,535 parameters per statement, SQLite 32,766.
  for (let start = 0; start < rows.length; start += 200) {
    await db
      .insertInto('own_item')
      .values(rows.slice(start, start + 200))
      .execute();
  }
}

export async function updateOwnItem(
  db: Db,
  id: string,
  ownerId: string,
  values: Pick<OwnItemRow, 'slug' | 'title' | 'status' | 'version' | 'body' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('own_item')
    .set(values)
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteOwnItem(db: Db, id: string, ownerId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('own_item')
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findOwnItem(db: Db, id: string): Promise<OwnItemRow | undefined> {
  return db.selectFrom('own_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function ownItemsOfOwner(db: Db, ownerId: string): Promise<OwnItemRow[]> {
  return db
    .selectFrom('own_item')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function countOwnItems(db: Db, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('own_item')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ready items of every owner who shares with this instructor, with the owner's name. */
export async function itemsSharedWith(
  db: Db,
  granteeId: string,
): Promise<(OwnItemRow & { owner_name: string })[]> {
  return db
    .selectFrom('item_share')
    .innerJoin('own_item', 'own_item.owner_id', 'item_share.owner_id')
    .innerJoin('instructor', 'instructor.id', 'item_share.owner_id')
    .selectAll('own_item')
    .select('instructor.display_name as owner_name')
    .where('item_share.grantee_id', '=', granteeId)
    .where('own_item.status', '=', 'ready')
    .orderBy('instructor.display_name')
    .orderBy('own_item.title')
    .execute();
}

export async function isSharedWith(db: Db, ownerId: string, granteeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('item_share')
    .select('owner_id')
    .where('owner_id', '=', ownerId)
    .where('grantee_id', '=', granteeId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertShare(
  db: Db,
  ownerId: string,
  granteeId: string,
  now: number,
): Promise<void> {
  await db
    .insertInto('item_share')
    .values({ owner_id: ownerId, grantee_id: granteeId, created_at: now })
    .onConflict((oc) => oc.columns(['owner_id', 'grantee_id']).doNothing())
    .execute();
}

export async function deleteShare(db: Db, ownerId: string, granteeId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('item_share')
    .where('owner_id', '=', ownerId)
    .where('grantee_id', '=', granteeId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function sharesOf(
  db: Db,
  ownerId: string,
): Promise<{ id: string; email: string; name: string }[]> {
  return db
    .selectFrom('item_share')
    .innerJoin('instructor', 'instructor.id', 'item_share.grantee_id')
    .select(['instructor.id as id', 'instructor.email as email', 'instructor.display_name as name'])
    .where('item_share.owner_id', '=', ownerId)
    .orderBy('instructor.email')
    .execute();
}

export async function insertUses(
  db: Db,
  uses: readonly { item_id: string; assignment_id: string; version: number }[],
): Promise<void> {
  if (uses.length === 0) return;
  await db
    .insertInto('own_item_use')
    .values([...uses])
    .onConflict((oc) => oc.columns(['item_id', 'assignment_id']).doNothing())
    .execute();
}

export async function usesOfItem(
  db: Db,
  itemId: string,
): Promise<{ assignment_id: string; title: string; instructor_id: string; version: number }[]> {
  return db
    .selectFrom('own_item_use')
    .innerJoin('assignment', 'assignment.id', 'own_item_use.assignment_id')
    .select([
      'own_item_use.assignment_id',
      'assignment.title',
      'assignment.instructor_id',
      'own_item_use.version',
    ])
    .where('own_item_use.item_id', '=', itemId)
    .orderBy('assignment.created_at', 'desc')
    .execute();
}

export async function itemUseCounts(db: Db, ownerId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('own_item_use')
    .innerJoin('own_item', 'own_item.id', 'own_item_use.item_id')
    .select(['own_item_use.item_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('own_item.owner_id', '=', ownerId)
    .groupBy('own_item_use.item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.n)]));
}

/** A duplicated assignment holds the same versions as its original. */
export async function copyUses(
  db: Db,
  fromAssignment: string,
  toAssignment: string,
): Promise<void> {
  const uses = await db
    .selectFrom('own_item_use')
    .select(['item_id', 'version'])
    .where('assignment_id', '=', fromAssignment)
    .execute();
  await insertUses(
    db,
    uses.map((u) => ({ ...u, assignment_id: toAssignment })),
  );
}
