/** Rows ↔ domain objects for assignments: JSON columns are read through versioned readers. */
import { settingsSchema, type AssignmentSettings } from '@/lib/assignments/settings';
import type { Item } from '@/lib/items/schema';
import type { ReadResult } from '@/lib/items/stored';
import type { AssignmentMeta } from '../db/repositories/assignments';

export type Assignment = {
  id: string;
  instructorId: string;
  title: string;
  joinCode: string;
  settings: AssignmentSettings;
  /** Empty when the stored snapshot cannot be read; `problem` then says why. */
  items: Item[];
  /** Why the stored items could not be read (a damaged row): pages say so instead of failing. */
  problem?: string;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
};

export function decodeSettings(json: string): AssignmentSettings {
  return settingsSchema.parse(JSON.parse(json));
}

export function assignmentOf(meta: AssignmentMeta, snapshot: ReadResult<Item[]>): Assignment {
  return {
    ...(snapshot.ok ? { items: snapshot.value } : { items: [], problem: snapshot.error }),
    id: meta.id,
    instructorId: meta.instructor_id,
    title: meta.title,
    joinCode: meta.join_code,
    settings: decodeSettings(meta.settings),
    createdAt: meta.created_at,
    updatedAt: meta.updated_at,
    closedAt: meta.closed_at,
  };
}
