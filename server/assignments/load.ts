/**
 * Loads assignments. The item snapshot is the large part of a row and never changes once
 * written (a duplicate gets a new id), so each process keeps the parsed snapshots of the
 * assignments in use: an answer then costs one small row read instead of re-reading and
 * re-parsing every item.
 */
import type { Db } from '../db/connect';
import { randomBytes } from 'node:crypto';
import {
  findAssignmentItems,
  findAssignmentMeta,
  setAssignmentSecretIfMissing,
} from '../db/repositories/assignments';
import { readSnapshot } from '@/lib/items/stored';
import { assignmentOf, type Assignment } from './codec';

/** Enough for every assignment a busy instance serves at once; the oldest unused go first. */
const SNAPSHOTS_KEPT = 500;
const snapshots = new Map<string, ReturnType<typeof readSnapshot>>();

async function snapshotOf(
  db: Db,
  id: string,
): Promise<ReturnType<typeof readSnapshot> | undefined> {
  const kept = snapshots.get(id);
  if (kept) {
    snapshots.delete(id);
    snapshots.set(id, kept);
    return kept;
  }
  const json = await findAssignmentItems(db, id);
  if (json === undefined) return undefined;
  const items = readSnapshot(json);
  snapshots.set(id, items);
  if (snapshots.size > SNAPSHOTS_KEPT) snapshots.delete(snapshots.keys().next().value!);
  return items;
}

export async function loadAssignment(
  db: Db,
  by: { id: string } | { joinCode: string },
): Promise<Assignment | undefined> {
  let meta = await findAssignmentMeta(db, by);
  if (!meta) return undefined;
  if (meta.secret === null) {
    // Made before opaque ids: give it a secret once (a racing process may win; reread).
    await setAssignmentSecretIfMissing(db, meta.id, newSecret());
    meta = await findAssignmentMeta(db, { id: meta.id });
    if (!meta?.secret) return undefined;
  }
  const items = await snapshotOf(db, meta.id);
  return items && assignmentOf({ ...meta, secret: meta.secret }, items);
}

/** 256 random bits, hex. */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}
