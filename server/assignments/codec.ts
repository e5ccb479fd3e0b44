/** Rows ↔ domain objects for assignments: JSON columns are parsed, never cast blindly. */
import { z } from 'zod';
import { ITEM_KIND_LABEL, type Item } from '@/lib/bank/items';
import { settingsSchema, type AssignmentSettings } from '@/lib/assignments/settings';
import type { AssignmentMeta } from '../db/repositories/assignments';

export type Assignment = {
  id: string;
  instructorId: string;
  title: string;
  joinCode: string;
  settings: AssignmentSettings;
  items: Item[];
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
};

export const SNAPSHOT_VERSION = 1;

/**
 * The items are written by this app from the validated bank; on read we check the envelope
 * and each item's identity so a corrupted row fails loudly instead of rendering nonsense.
 */
const snapshotSchema = z.strictObject({
  version: z.literal(SNAPSHOT_VERSION),
  items: z.array(
    z.looseObject({
      id: z.string().min(1),
      kind: z.enum(Object.keys(ITEM_KIND_LABEL) as [Item['kind'], ...Item['kind'][]]),
      frameworkId: z.string().min(1),
    }),
  ),
});

export function encodeItems(items: readonly Item[]): string {
  return JSON.stringify({ version: SNAPSHOT_VERSION, items });
}

export function decodeItems(json: string): Item[] {
  // The loose object keeps every field; its shape was checked above, the rest is our own writing.
  return snapshotSchema.parse(JSON.parse(json)).items as unknown as Item[];
}

export function decodeSettings(json: string): AssignmentSettings {
  return settingsSchema.parse(JSON.parse(json));
}

export function assignmentOf(meta: AssignmentMeta, items: Item[]): Assignment {
  return {
    id: meta.id,
    instructorId: meta.instructor_id,
    title: meta.title,
    joinCode: meta.join_code,
    settings: decodeSettings(meta.settings),
    items,
    createdAt: meta.created_at,
    updatedAt: meta.updated_at,
    closedAt: meta.closed_at,
  };
}
