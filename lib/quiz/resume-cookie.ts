/**
 * Writing the resume cookie, on the client. Kept apart from its zod check (resume.ts, used by
 * the server when reading it) so the browser does not download the schema.
 */
import type { Resume } from './resume';

export const RESUME_COOKIE = 'attache_resume';

export function serialiseResume(resume: Resume): string {
  return encodeURIComponent(JSON.stringify(resume));
}
