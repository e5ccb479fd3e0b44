/**
 * A small summary of the latest unfinished quiz, mirrored from the device's store into a
 * cookie so the server can render "Continue where you left off" without a layout shift.
 */
import * as z from 'zod/mini';

export { RESUME_COOKIE, serialiseResume } from './resume-cookie';

export const resumeSchema = z.strictObject({
  href: z.string().check(z.startsWith('/quiz?'), z.maxLength(2000)),
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  answered: z.int().check(z.minimum(0), z.maximum(100)),
  total: z.int().check(z.minimum(1), z.maximum(100)),
});
export type Resume = z.infer<typeof resumeSchema>;

export function parseResume(raw: string | undefined): Resume | undefined {
  if (!raw) return undefined;
  try {
    const parsed = resumeSchema.safeParse(JSON.parse(decodeURIComponent(raw)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
