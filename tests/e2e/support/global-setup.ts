/**
 * Builds the app when needed and starts the production server for the end-to-end tests,
 * on a free port with its own throw-away data directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    project.provide('baseURL', process.env.E2E_BASE_URL);
    return undefined;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'attache-e2e-'));
  const server = await startServer({
    // Grades an LMS refused are tried again after 1 s, 2 s… so the LTI journey can see it.
    env: { DATA_DIR: dataDir, ATTACHE_E2E: '1', LTI_RETRY_SECONDS: '1' },
    output: 'show',
  });
  project.provide('baseURL', server.base);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
