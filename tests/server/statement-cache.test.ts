import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '@/server/db/connect';

describe('the SQLite statement cache', () => {
  it('prepares a statement once and hands the same one back for the same text', () => {
    const cached = withStatementCache(new SQLite(':memory:'));

    const first = cached.prepare('select 1 as one');
    const again = cached.prepare('select 1 as one');

    expect(again).toBe(first);
    expect(cached.prepare('select 2 as two')).not.toBe(first);
  });

  it('keeps at most `kept` statements, dropping the oldest first', () => {
    const cached = withStatementCache(new SQLite(':memory:'), 2);
    const oldest = cached.prepare('select 1');
    cached.prepare('select 2');
    const newest = cached.prepare('select 3');

    expect(cached.prepare('select 3')).toBe(newest);
    expect(cached.prepare('select 1')).not.toBe(oldest);
  });

  it('still runs a kept statement after the schema changes under it', () => {
    const database = new SQLite(':memory:');
    const cached = withStatementCache(database);
    database.exec('create table t (a integer)');
    database.exec('insert into t values (1)');
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1 }]);

    database.exec('alter table t add column b integer default 2');

    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1, b: 2 }]);
  });
});
