/** What an instructor does with assignments. Every function checks ownership. */
import { randomBytes } from 'node:crypto';
import { joinCodeFrom, JOIN_CODE_LENGTH } from '@/lib/assignments/join-code';
import { selectItems, type SelectContext } from '@/lib/assignments/select';
import type { NewAssignment } from '@/lib/assignments/settings';
import { newId } from '../auth/tokens';
import type { Db } from '../db/connect';
import {
  deleteOwnedAssignment,
  insertAssignment,
  joinCodeTaken,
  listAssignments,
  updateOwnedAssignment,
  type AssignmentListRow,
} from '../db/repositories/assignments';
import { finishAttempt, openAttemptIds } from '../db/repositories/attempts';
import { copyUses } from '../db/repositories/own-items';
import { encodeSnapshot } from '@/lib/items/stored';
import { decodeSettings, type Assignment } from './codec';
import { loadAssignment, newSecret } from './load';

export type CreateResult = { ok: true; assignment: Assignment } | { ok: false; reason: string };

export async function createAssignment(
  db: Db,
  instructorId: string,
  input: NewAssignment,
  bank: SelectContext,
  now: number,
): Promise<CreateResult> {
  const selection = selectItems(input.items, bank);
  if (!selection.ok) return selection;
  const assignment: Assignment = {
    id: newId(),
    instructorId,
    title: input.title,
    joinCode: await freeJoinCode(db),
    secret: newSecret(),
    settings: input.settings,
    items: selection.items,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  await insert(db, assignment);
  return { ok: true, assignment };
}

async function insert(db: Db, assignment: Assignment): Promise<void> {
  await insertAssignment(db, {
    id: assignment.id,
    instructor_id: assignment.instructorId,
    title: assignment.title,
    join_code: assignment.joinCode,
    settings: JSON.stringify(assignment.settings),
    items: encodeSnapshot(assignment.items),
    item_count: assignment.items.length,
    created_at: assignment.createdAt,
    updated_at: assignment.updatedAt,
    closed_at: assignment.closedAt,
    secret: assignment.secret,
  });
}

/** 22^6 ≈ 113 million codes: a clash is rare, and then we draw again. */
async function freeJoinCode(db: Db): Promise<string> {
  for (let tries = 0; tries < 20; tries++) {
    const code = joinCodeFrom(randomBytes(JOIN_CODE_LENGTH));
    if (!(await joinCodeTaken(db, code))) return code;
  }
  throw new Error('could not find a free join code');
}

export type AssignmentSummary = Omit<AssignmentListRow, 'settings'> & {
  settings: Assignment['settings'];
};

export async function assignmentsOf(db: Db, instructorId: string): Promise<AssignmentSummary[]> {
  const rows = await listAssignments(db, instructorId);
  return rows.map((row) => ({ ...row, settings: decodeSettings(row.settings) }));
}

/** The assignment if this instructor owns it; otherwise undefined (the caller answers 404). */
export async function ownedAssignment(
  db: Db,
  instructorId: string,
  id: string,
): Promise<Assignment | undefined> {
  const assignment = await loadAssignment(db, { id });
  return assignment?.instructorId === instructorId ? assignment : undefined;
}

/** Closes the assignment and ends every attempt still open, scoring what was answered. */
export async function closeAssignment(
  db: Db,
  instructorId: string,
  id: string,
  now: number,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await updateOwnedAssignment(trx, id, instructorId, {
      closed_at: now,
      updated_at: now,
    });
    if (!changed) return false;
    for (const attemptId of await openAttemptIds(trx, id)) {
      await finishAttempt(trx, attemptId, now, 'closed');
    }
    return true;
  });
}

export async function reopenAssignment(
  db: Db,
  instructorId: string,
  id: string,
  now: number,
): Promise<boolean> {
  return updateOwnedAssignment(db, id, instructorId, { closed_at: null, updated_at: now });
}

/** A copy with the same items and settings, a new code, and no attempts. */
export async function duplicateAssignment(
  db: Db,
  instructorId: string,
  id: string,
  now: number,
): Promise<Assignment | undefined> {
  const original = await ownedAssignment(db, instructorId, id);
  if (!original) return undefined;
  const copy: Assignment = {
    ...original,
    id: newId(),
    title: `${original.title} (copy)`.slice(0, 120),
    joinCode: await freeJoinCode(db),
    secret: newSecret(),
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  await insert(db, copy);
  await copyUses(db, original.id, copy.id);
  return copy;
}

export async function deleteAssignment(db: Db, instructorId: string, id: string): Promise<boolean> {
  return deleteOwnedAssignment(db, id, instructorId);
}
