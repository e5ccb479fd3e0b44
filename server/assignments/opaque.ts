/** The opaque ids of an assignment's attempt pages, keyed with its secret and kept per process. */
import { createHmac } from 'node:crypto';
import { opaqueIds, type IdMap } from '@/lib/assignments/opaque';
import type { Assignment } from './codec';

const KEPT = 500;
const maps = new Map<string, IdMap>();

export function idMapOf(assignment: Assignment): IdMap {
  const kept = maps.get(assignment.id);
  if (kept) return kept;
  const map = opaqueIds(assignment.items, (text) =>
    createHmac('sha256', assignment.secret).update(text).digest('hex'),
  );
  maps.set(assignment.id, map);
  if (maps.size > KEPT) maps.delete(maps.keys().next().value!);
  return map;
}
