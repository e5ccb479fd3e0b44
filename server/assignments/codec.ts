/** Rows ↔ domain objects for assignments: JSON columns are read through versioned readers. */
import { z } from 'zod';
import { DATE_RANGE, settingsSchema, type AssignmentSettings } from '@/lib/assignments/settings';
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
  /** Key of the opaque ids its attempt pages show (hex); never sent to a browser. */
  secret: string;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
};

/**
 * Settings as stored. Rows written before dates were bounded may hold a date no page can show;
 * such a date is brought back inside the range rather than failing every page that reads it.
 */
export function decodeSettings(json: string): AssignmentSettings {
  // Every answer reads its assignment's row: parse each distinct settings text once. The value
  // is frozen because callers share it.
  const kept = decodedSettings.get(json);
  if (kept) return kept;
  const settings = Object.freeze(parseSettings(json));
  decodedSettings.set(json, settings);
  if (decodedSettings.size > SETTINGS_KEPT) {
    decodedSettings.delete(decodedSettings.keys().next().value!);
  }
  return settings;
}

const SETTINGS_KEPT = 1000;
const decodedSettings = new Map<string, AssignmentSettings>();

function parseSettings(json: string): AssignmentSettings {
  const raw: unknown = JSON.parse(json);
  const current = settingsSchema.safeParse(raw);
  if (current.success) return current.data;
  const lenient = settingsSchema.safeParse(repairDates(raw));
  if (lenient.success) return lenient.data;
  throw new Error(`unreadable assignment settings: ${z.prettifyError(current.error)}`);
}

const storedDates = z.looseObject({
  opensAt: z.number().nullable(),
  dueAt: z.number().nullable(),
});

function repairDates(raw: unknown): unknown {
  const dates = storedDates.safeParse(raw);
  if (!dates.success || raw === null || typeof raw !== 'object') return raw;
  const clamp = (ms: number | null) =>
    ms === null ? null : Math.min(DATE_RANGE.max, Math.max(DATE_RANGE.min, Math.trunc(ms)));
  const opensAt = clamp(dates.data.opensAt);
  const dueAt = clamp(dates.data.dueAt);
  return {
    ...raw,
    opensAt,
    dueAt: dueAt !== null && opensAt !== null && dueAt <= opensAt ? null : dueAt,
  };
}

export function assignmentOf(
  meta: AssignmentMeta & { secret: string },
  snapshot: ReadResult<Item[]>,
): Assignment {
  return {
    secret: meta.secret,
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
