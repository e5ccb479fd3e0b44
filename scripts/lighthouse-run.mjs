#!/usr/bin/env node
// One Lighthouse run against a Chromium already listening on a DevTools port, for scripts/lighthouse.ts.
// Plain Node on purpose: under tsx, functions that Lighthouse sends to the page carry esbuild's
// `__name` helper and fail there ("__name is not defined").
// Usage: node scripts/lighthouse-run.mjs <url> <port> <report.json> [extra headers as JSON]
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';

const [url, port, reportPath, headers] = process.argv.slice(2);
if (!url || !port || !reportPath) {
  console.error('usage: lighthouse-run.mjs <url> <port> <report.json> [headers JSON]');
  process.exit(2);
}
// The default config: mobile, simulated Slow 4G and 4× CPU slowdown.
const result = await lighthouse(url, {
  port: Number(port),
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance'],
  extraHeaders: headers ? JSON.parse(headers) : null,
});
if (!result) {
  console.error(`Lighthouse returned nothing for ${url}`);
  process.exit(1);
}
writeFileSync(reportPath, JSON.stringify(result.lhr));
