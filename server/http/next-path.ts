import { z } from 'zod';

/** Where to go after signing in: a path on this site only (never an open redirect). */
export function safeNextPath(value: unknown): string {
  const parsed = z
    .string()
    .max(300)
    .regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
    .safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : '/instructor';
}
