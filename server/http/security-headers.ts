/**
 * Response headers, shared by next.config.ts (every response Next.js serves) and the student
 * API's direct routes (server/http/direct-routes.ts), which Next.js's router does not see.
 */

// 'unsafe-eval' only for `next dev` (React's dev tools need it); a build made under another
// NODE_ENV (a test runner's "test") is still a production build.
const development = process.env.NODE_ENV === 'development';

/**
 * Scripts may be inline because Next.js streams its data in inline scripts and the learner pages
 * stay static (nonces would make every page dynamic); everything else is 'self' only, the page
 * cannot be framed, and no plugin or <base> can be injected.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export type HeaderPair = { key: string; value: string };

/** Sent with every response but an LMS launch's (server/lti/html.ts sets its own). */
export const securityHeaders: HeaderPair[] = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
];

/** Pages and answers that belong to a person: never stored by a browser or a shared cache. */
export const noStore: HeaderPair[] = [{ key: 'Cache-Control', value: 'private, no-store' }];

/** What next.config.ts sends on /api/…: the direct routes send the same. */
export const apiHeaders: HeaderPair[] = [...securityHeaders, ...noStore];
