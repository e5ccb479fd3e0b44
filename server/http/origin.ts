/**
 * Where a request comes from. Behind a reverse proxy (TRUST_PROXY=1) the forwarded headers
 * tell the public scheme, host and client address; otherwise they are ignored, since anyone
 * could send them.
 */
import type { NextResponse } from 'next/server';
import type { RequestHead } from './api-request';
import { problem, type ErrorBody } from './responses';
import { readEnv } from '../env';

/**
 * Read for every request that sets a cookie or changes state; reading and checking the whole
 * environment each time was 3 % of the server's work while a class joined. Checked again
 * whenever the variable changes (the tests set it).
 */
let trusted: { raw: string | undefined; value: boolean } | undefined;
function trustProxy(): boolean {
  const raw = process.env.TRUST_PROXY;
  if (!trusted || trusted.raw !== raw) trusted = { raw, value: readEnv().TRUST_PROXY === '1' };
  return trusted.value;
}

function firstValue(header: string | null): string | undefined {
  return header?.split(',')[0]?.trim() || undefined;
}

/** The origin the browser sees, e.g. "https://attache.example.edu". */
export function publicOrigin(request: RequestHead): string {
  return originFromHeaders(request.headers, new URL(request.url));
}

/** The same, from a Server Component's headers(). */
export function originFromHeaders(headers: RequestHead['headers'], url?: URL): string {
  const proxied = trustProxy();
  const proto =
    (proxied && firstValue(headers.get('x-forwarded-proto'))) ||
    url?.protocol.replace(':', '') ||
    'http';
  const host =
    (proxied && firstValue(headers.get('x-forwarded-host'))) ||
    headers.get('host') ||
    url?.host ||
    'localhost';
  return `${proto}://${host}`;
}

export function isHttps(request: RequestHead): boolean {
  return publicOrigin(request).startsWith('https://');
}

/**
 * The client's network address, for rate limiting: known only from a trusted proxy. Without one,
 * Next.js does not expose the socket address, and a shared "unknown" bucket would let one client
 * lock everyone out, so the per-address limit is skipped (the per-account limit still holds).
 */
export function clientIp(request: RequestHead): string | undefined {
  return trustProxy() ? firstValue(request.headers.get('x-forwarded-for')) : undefined;
}

/**
 * CSRF defence that needs no token: a state-changing request must say it comes from our own
 * pages. Browsers send Origin on every cross-site POST and Sec-Fetch-Site on every request.
 */
export function isSameOrigin(request: RequestHead): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === publicOrigin(request);
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  // Neither header: not a browser (curl, a test, the load benchmark); cookies are not at risk.
  return true;
}

/** The 403 to send when a state-changing request comes from another site; undefined when it may go on. */
export function crossSiteRefusal(request: RequestHead): NextResponse<ErrorBody> | undefined {
  return isSameOrigin(request) ? undefined : problem(403, 'Cross-site request refused.');
}
