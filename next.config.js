// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The bank is read from questions/ at build and request time; keep it in the server trace.
  outputFileTracingIncludes: { '/**': ['./questions/**/*'] },
};

module.exports = nextConfig;
