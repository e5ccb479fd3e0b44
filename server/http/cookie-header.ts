/**
 * Cookie headers read and written without Next.js's request and response objects, for the
 * student API's direct routes (server/http/api-request.ts), exactly as Next.js reads and writes
 * them (tests/unit/cookie-header.test.ts compares the two on any input).
 */

/** A cookie's value in a Cookie header: as `NextRequest.cookies.get(name)?.value` gives it. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  // Next.js keeps the last of several same-named pairs, and skips a value it cannot decode.
  for (const pair of header.split(/; */)) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    if (equals === -1) {
      if (pair === name) found = 'true';
      continue;
    }
    if (pair.slice(0, equals) !== name) continue;
    try {
      found = decodeURIComponent(pair.slice(equals + 1));
    } catch {
      // As Next.js: an undecodable pair is ignored.
    }
  }
  return found;
}

export type SetCookie = {
  name: string;
  value: string;
  maxAgeSeconds: number;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'lax' | 'none' | 'strict';
};

/** A Set-Cookie header as `NextResponse.cookies.set` writes it, at `now` (ms). */
export function setCookieHeader(cookie: SetCookie, now: number): string {
  // As Next.js: a cookie cleared with Max-Age=0 carries no Expires.
  const expires = cookie.maxAgeSeconds
    ? [`Expires=${new Date(now + cookie.maxAgeSeconds * 1000).toUTCString()}`]
    : [];
  return [
    `${cookie.name}=${encodeURIComponent(cookie.value)}`,
    `Path=${cookie.path}`,
    ...expires,
    `Max-Age=${cookie.maxAgeSeconds}`,
    ...(cookie.secure ? ['Secure'] : []),
    ...(cookie.httpOnly ? ['HttpOnly'] : []),
    `SameSite=${cookie.sameSite}`,
  ].join('; ');
}
