import type { NextRequest, NextResponse } from 'next/server';
import { isHttps } from './origin';

export const SESSION_COOKIE = 'attache_session';
/** One per assignment: a student can take several assignments in one browser. */
export const participantCookie = (assignmentId: string) => `attache_p_${assignmentId}`;

type CookieOptions = { maxAgeSeconds: number; path?: string };

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
    sameSite: 'lax',
    path: options.path ?? '/',
    maxAge: options.maxAgeSeconds,
  });
}

export function clearCookie(request: NextRequest, response: NextResponse, name: string): void {
  setSecureCookie(request, response, name, '', { maxAgeSeconds: 0 });
}
