/**
 * Opens the database the environment names — PostgreSQL when DATABASE_URL is set, otherwise
 * the embedded SQLite file under DATA_DIR — and migrates it forward.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  SqliteDialect,
  type MigrationResultSet,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import { readEnv, sqliteFileOf, type ServerEnv } from '../env';
import { migrations } from './migrations';
import type { Database } from './schema';

export type DbTarget =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; poolSize?: number };

export type Db = Kysely<Database>;

export function targetOf(env: ServerEnv = readEnv()): DbTarget {
  return env.DATABASE_URL
    ? { engine: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { engine: 'sqlite', file: sqliteFileOf(env) };
}

const PG_INT8 = 20;

/** Which engine each open database runs on (migrations and row locks need to know). */
const engineOf = new WeakMap<Db, DbTarget['engine']>();

export function engineOfDb(db: Db): DbTarget['engine'] | undefined {
  return engineOf.get(db);
}

export function openDb(target: DbTarget): Db {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // Times are bigint milliseconds: well inside Number's exact range, so read them as numbers.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === PG_INT8
            ? (value: string) => Number(value)
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    engineOf.set(db, 'postgres');
    return db;
  }
  if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
  const database = new SQLite(target.file);
  // WAL lets readers go on while one writer writes; busy_timeout waits out another process's write.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  engineOf.set(db, 'sqlite');
  return db;
}

/** Distinct statements kept prepared; the app issues a few dozen, `in (…)` lists a few more. */
const STATEMENTS_KEPT = 500;

/**
 * Kysely's SQLite driver prepares every query anew, which was the largest single cost of an
 * answer under load. The driver runs one query at a time on its one connection and never
 * iterates a statement across awaits (this app streams nothing), so a statement can be reused
 * as soon as it has run. SQLite re-prepares a kept statement itself after a schema change.
 */
export function withStatementCache(
  database: SQLite.Database,
  kept = STATEMENTS_KEPT,
): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sqlText: string) {
      let statement = statements.get(sqlText);
      if (statement) return statement;
      statement = database.prepare(sqlText);
      statements.set(sqlText, statement);
      // Oldest first: a burst of one-off statements cannot push the hot ones out for long.
      if (statements.size > kept) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

/**
 * On PostgreSQL the migration tables live in the connection's current schema: without naming
 * it, Kysely would take a migration table in any other schema of the database as ours.
 */
export async function migratorFor(db: Db): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (engineOf.get(db) === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

/** Runs every migration not yet applied. On PostgreSQL Kysely takes a lock, so several instances may start at once. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await (await migratorFor(db)).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${String(result.error)}`);
  }
  return result;
}
