/**
 * A small summary of the latest unfinished quiz, mirrored from the device's store into a
 * cookie so the server can render "Continue where you left off" without a layout shift.
 */
import { z } from 'zod';

export const RESUME_COOKIE = 'attache_resume';

export const resumeSchema = z.strictObject({
  href: z.string().startsWith('/quiz?').max(2000),
  title: z.string().min(1).max(120),
  answered: z.number().int().min(0).max(100),
  total: z.number().int().min(1).max(100),
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

export function serialiseResume(resume: Resume): string {
  return encodeURIComponent(JSON.stringify(resume));
}
