/**
 * The two engines every repository test runs on: SQLite in memory, and PostgreSQL in a
 * schema of its own inside the `test` database (dropped afterwards), so runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDb, type Db } from '@/server/db/connect';

export const POSTGRES_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Engine = {
  name: 'sqlite' | 'postgres';
  /** A migrated, empty database and a function that throws it away. */
  open: () => Promise<{ db: Db; url?: string; dispose: () => Promise<void> }>;
};

export async function createPostgresSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `attache_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = `${POSTGRES_URL}${POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export const engines: Engine[] = [
  {
    name: 'sqlite',
    open: async () => {
      const db = openDb({ engine: 'sqlite', file: ':memory:' });
      await migrateToLatest(db);
      return { db, dispose: () => db.destroy() };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const { url, drop } = await createPostgresSchema();
      const db = openDb({ engine: 'postgres', url, poolSize: 4 });
      await migrateToLatest(db);
      return {
        db,
        url,
        dispose: async () => {
          await db.destroy();
          await drop();
        },
      };
    },
  },
];

/**
 * The two engines for route tests, which reach the database as the app does (through the
 * environment): a throw-away SQLite file under DATA_DIR, or a fresh PostgreSQL schema.
 * `setUp` points the environment at it and returns what throws it away.
 */
export function routeEngines(prefix: string) {
  return [
    {
      name: 'sqlite',
      setUp: async () => {
        const dir = mkdtempSync(join(tmpdir(), `attache-${prefix}-`));
        process.env.DATA_DIR = dir;
        delete process.env.DATABASE_URL;
        return async () => rmSync(dir, { recursive: true, force: true });
      },
    },
    {
      name: 'postgres',
      setUp: async () => {
        const { url, drop } = await createPostgresSchema();
        process.env.DATABASE_URL = url;
        return drop;
      },
    },
  ];
}
