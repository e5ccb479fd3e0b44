/** The bodies the own-item routes accept. */
import { z } from 'zod';
import { MAX_SCENARIO_BYTES } from '@/lib/authoring/check';
import { ITEM_STATUSES } from './service';

/** A scenario of at most 64 KB, as JSON, with room for the envelope. */
export const ITEM_BODY_BYTES = MAX_SCENARIO_BYTES + 1024;

export const saveRequestSchema = z.strictObject({
  /** The scenario as written in the editor (bank schema; a draft may be incomplete). */
  scenario: z.record(z.string(), z.unknown()),
  /** "draft" saves whatever is there; "ready" requires every check to pass. */
  status: z.enum(ITEM_STATUSES),
});

export const checkRequestSchema = z.strictObject({
  scenario: z.record(z.string(), z.unknown()),
  /** The item being edited, so it is not compared with itself. */
  id: z
    .string()
    .regex(/^[a-z2-7]{12}$/)
    .optional(),
});
