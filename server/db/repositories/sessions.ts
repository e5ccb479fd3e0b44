import type { Db } from '../connect';
import type { InstructorRow } from '../schema';

export type SessionRecord = {
  id: string;
  instructorId: string;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
};

export async function insertSession(db: Db, session: SessionRecord): Promise<void> {
  await db
    .insertInto('session')
    .values({
      id: session.id,
      instructor_id: session.instructorId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session and its instructor, if the session exists and has not expired. */
export async function findLiveSession(
  db: Db,
  id: string,
  now: number,
): Promise<{ session: SessionRecord; instructor: InstructorRow } | undefined> {
  const row = await db
    .selectFrom('session')
    .innerJoin('instructor', 'instructor.id', 'session.instructor_id')
    .select([
      'session.id as session_id',
      'session.csrf_token',
      'session.created_at as session_created_at',
      'session.expires_at',
      'instructor.id',
      'instructor.email',
      'instructor.display_name',
      'instructor.password_hash',
      'instructor.created_at',
    ])
    .where('session.id', '=', id)
    .where('session.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.session_id,
      instructorId: row.id,
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
    },
    instructor: {
      id: row.id,
      email: row.email,
      display_name: row.display_name,
      password_hash: row.password_hash,
      created_at: row.created_at,
    },
  };
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Db, now: number): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
}
