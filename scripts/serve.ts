/** Helpers for starting the production server on a free port, for the e2e tests and the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
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

/** Resolves once `url` answers 200; fails if `server` exits first or time runs out. */
export async function waitUntilUp(
  url: string,
  timeoutMs: number,
  server?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode}`);
    }
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

export type Server = {
  base: string;
  output: string[];
  /** The process group of npm, Next and the server (its leader's pid). */
  group: number | undefined;
  stop: () => Promise<void>;
};

/**
 * `node scripts/start.mjs` (which builds when the build is stale) on a free port, in a process
 * group of its own so that stopping it stops npm and Next too. Its output is kept, or shown.
 * `command` and `cwd` serve another app the same way (the bench's empty Next.js page): it must
 * listen on $PORT.
 */
export async function startServer({
  env = {},
  output = 'keep',
  timeoutMs = 300_000,
  command = ['node', 'scripts/start.mjs'],
  cwd,
}: {
  env?: Record<string, string>;
  output?: 'keep' | 'show';
  timeoutMs?: number;
  command?: [string, ...string[]];
  cwd?: string;
} = {}): Promise<Server> {
  const port = await freePort();
  const [program, ...programArgs] = command;
  const child = spawn(program, programArgs, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: output === 'show' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server = {
    base: `http://127.0.0.1:${port}`,
    output: lines,
    group: child.pid,
    stop: () => stopGroup(child),
  };
  try {
    await waitUntilUp(`${server.base}/`, timeoutMs, child);
  } catch (error) {
    console.error(lines.slice(-40).join('\n'));
    await server.stop();
    throw error;
  }
  return server;
}

/** SIGTERM to the whole group (npm, next…), SIGKILL if it is still there after 10 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * CPU seconds (user + system) the processes of a group have used so far, from /proc: what the
 * server spent, whatever else the machine was doing. Undefined where there is no /proc.
 */
export function groupCpuSeconds(group: number | undefined): number | undefined {
  if (group === undefined || !existsSync('/proc/self/stat')) return undefined;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // After "pid (comm) ": state ppid pgrp … utime stime are fields 14 and 15 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  // The kernel's USER_HZ is 100 on every Linux this runs on.
  return ticks / 100;
}
