import type { NextRequest, NextResponse } from 'next/server';
import { isHttps } from './origin';

export const SESSION_COOKIE = 'attache_session';
/** One per assignment: a student can take several assignments in one browser. */
export const participantCookie = (assignmentId: string) => `attache_p_${assignmentId}`;

/** Days a student's cookie lasts: long enough to come back to see deferred feedback. */
export const PARTICIPANT_DAYS = 180;

type CookieOptions = {
  maxAgeSeconds: number;
  path?: string;
  /** For a cookie that must come back on another site's form post (an LMS's launch); https only. */
  crossSite?: boolean;
};

export function setSecureCookie(
  request: NextRequest,
  response: NextResponse,
  name: string,
  value: string,
  options: CookieOptions,
): void {
  response.cookies.set(name, value, {
    httpOnly: true,
    secure: isHttps(request),
    // Browsers drop SameSite=None without Secure; over plain http (local use) stay with Lax.
    sameSite: options.crossSite && isHttps(request) ? 'none' : 'lax',
    path: options.path ?? '/',
    maxAge: options.maxAgeSeconds,
  });
}

export function clearCookie(request: NextRequest, response: NextResponse, name: string): void {
  setSecureCookie(request, response, name, '', { maxAgeSeconds: 0 });
}
