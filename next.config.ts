import type { NextConfig } from 'next';
import { noStore, securityHeaders } from './server/http/security-headers';

const nextConfig: NextConfig = {
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
      // server/http/security-headers.ts's apiHeaders must stay what these two rules give /api/….
      { source: '/api/:path*', headers: noStore },
      { source: '/instructor', headers: noStore },
      { source: '/instructor/:path*', headers: noStore },
      { source: '/a/:path*', headers: noStore },
      { source: '/join', headers: noStore },
    ];
  },
};

export default nextConfig;
