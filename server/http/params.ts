import { z } from 'zod';
import { isJoinCode, normaliseJoinCode } from '@/lib/assignments/join-code';

/** Row ids are 22 url-safe base64 characters. */
export const rowIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** A join code as typed or linked; anything that cannot be a code is simply unknown (404). */
export const joinCodeSchema = z
  .string()
  .max(20)
  .transform(normaliseJoinCode)
  .refine(isJoinCode, 'a six-character join code');

/** Own item ids are 12 characters of [a-z2-7]. */
export const ownItemIdSchema = z.string().regex(/^[a-z2-7]{12}$/);
