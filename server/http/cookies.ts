import type { NextRequest, NextResponse } from 'next/server';
import type { RequestHead } from './api-request';
import { setCookieHeader, type SetCookie } from './cookie-header';
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

function attributesOf(
  request: RequestHead,
  options: CookieOptions,
): Omit<SetCookie, 'name' | 'value'> {
  const https = isHttps(request);
  return {
    httpOnly: true,
    secure: https,
    // Browsers drop SameSite=None without Secure; over plain http (local use) stay with Lax.
    sameSite: options.crossSite && https ? 'none' : 'lax',
    path: options.path ?? '/',
    maxAgeSeconds: options.maxAgeSeconds,
  };
}

export function setSecureCookie(
  request: NextRequest,
  response: NextResponse,
  name: string,
  value: string,
  options: CookieOptions,
): void {
  const { maxAgeSeconds, ...attributes } = attributesOf(request, options);
  response.cookies.set(name, value, { ...attributes, maxAge: maxAgeSeconds });
}

/** The same cookie as a Set-Cookie header, for a reply that is not a NextResponse. */
export function secureCookieHeader(
  request: RequestHead,
  name: string,
  value: string,
  options: CookieOptions,
  now = Date.now(),
): string {
  return setCookieHeader({ name, value, ...attributesOf(request, options) }, now);
}

export function clearCookie(request: NextRequest, response: NextResponse, name: string): void {
  setSecureCookie(request, response, name, '', { maxAgeSeconds: 0 });
}
