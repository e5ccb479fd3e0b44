// @ts-check

const production = process.env.NODE_ENV === 'production';

/**
 * Sent with every response. Scripts may be inline because Next.js streams its data in inline
 * scripts and the learner pages stay static (nonces would make every page dynamic); everything
 * else is 'self' only, the page cannot be framed, and no plugin or <base> can be injected.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
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

const securityHeaders = [
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
const noStore = [{ key: 'Cache-Control', value: 'private, no-store' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The bank is read from questions/ at build and request time; keep it in the server trace.
  outputFileTracingIncludes: { '/**': ['./questions/**/*'] },
  async headers() {
    return [
      // Not /lti/… nor the deep-linking answer: a launch's answer may be framed by the LMS that
      // sent it and a deep-linking answer posts to it, so those responses carry their own policy
      // (server/lti/html.ts).
      { source: '/:path((?!lti/|api/lti/deep-link/).*)', headers: securityHeaders },
      { source: '/api/:path*', headers: noStore },
      { source: '/instructor', headers: noStore },
      { source: '/instructor/:path*', headers: noStore },
      { source: '/a/:path*', headers: noStore },
      { source: '/join', headers: noStore },
    ];
  },
};

module.exports = nextConfig;
