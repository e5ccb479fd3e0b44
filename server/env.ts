/**
 * The server's settings, parsed once from the environment. A bad value stops the server
 * with the variable's name and what was expected, instead of failing on first use.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  /** Where the embedded SQLite database lives, e.g. "./data". Ignored when DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL connection string, e.g. "postgres://postgres@127.0.0.1:5432/test". */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection string')
    .optional(),
  /** "1" behind a reverse proxy: trust X-Forwarded-Proto/-Host/-For from it. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** Connections per app instance to PostgreSQL, e.g. 10. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The first wait before sending a grade to an LMS again, e.g. 30; it doubles with each try. */
  LTI_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
});

export type ServerEnv = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse({
    ...source,
    // An empty variable means "not set" (a common way to unset in shells and compose files).
    DATABASE_URL: source.DATABASE_URL || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function sqliteFileOf(env: ServerEnv): string {
  return resolve(env.DATA_DIR, 'attache.sqlite');
}
