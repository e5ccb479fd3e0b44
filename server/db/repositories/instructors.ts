import type { Db } from '../connect';
import type { InstructorRow } from '../schema';

export async function insertInstructor(db: Db, row: InstructorRow): Promise<void> {
  await db.insertInto('instructor').values(row).execute();
}

export async function findInstructorByEmail(
  db: Db,
  email: string,
): Promise<InstructorRow | undefined> {
  return db.selectFrom('instructor').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findInstructorById(db: Db, id: string): Promise<InstructorRow | undefined> {
  return db.selectFrom('instructor').selectAll().where('id', '=', id).executeTakeFirst();
}
