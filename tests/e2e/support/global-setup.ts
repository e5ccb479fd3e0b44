/**
 * Builds the app when needed and starts the production server for the end-to-end tests,
 * on a free port with its own throw-away data directory.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, waitUntilUp } from '../../../scripts/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
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
    await waitUntilUp(`${baseURL}/`, 300_000, server);
    project.provide('baseURL', baseURL);
    return () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  project.provide('baseURL', process.env.E2E_BASE_URL);
  return undefined;
}
