#!/usr/bin/env node
// npm start: build when the build is missing or older than the sources, then serve on $PORT (default 3000).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const buildId = join(root, '.next', 'BUILD_ID');
const sources = [
  'app',
  'components',
  'lib',
  'stores',
  'server',
  'questions',
  'public',
  'package.json',
  'next.config.js',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const stale =
  !existsSync(buildId) ||
  sources.some((s) => newestMtime(join(root, s)) > statSync(buildId).mtimeMs);
if (stale) {
  console.warn('Building Attaché (first run or sources changed)…');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const server = spawn('npx', ['next', 'start', '-p', port, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
