/**
 * Builds the app when needed and starts the production server for the end-to-end tests,
 * on a free port with its own throw-away data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!process.env.E2E_BASE_URL) {
    // scripts/start.mjs builds only when the build is missing or stale.
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'attache-e2e-'));
    const server = spawn('node', ['scripts/start.mjs'], {
      env: { ...env, PORT: String(port), DATA_DIR: dataDir, ATTACHE_E2E: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    const baseURL = `http://127.0.0.1:${port}`;
    await waitFor(`${baseURL}/`, server, 300_000);
    project.provide('baseURL', baseURL);
    return () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  project.provide('baseURL', process.env.E2E_BASE_URL);
  return undefined;
}
