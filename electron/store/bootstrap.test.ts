import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations } from './bootstrap';
import { SNAPSHOT } from './files';
import { migrations } from './schema';
import { readSnapshotCoverage } from './snapshot';
import { SqlDb } from './sql-db';
import { loadSqlJs } from './sqljs';
import { openStore } from './store';
import { crashImage, removeTempDirs, tempDir } from './test-helpers';

afterEach(() => removeTempDirs());

describe('migrations', () => {
  it('run in order, once, each atomically', async () => {
    const SQL = await loadSqlJs();
    const db = new SqlDb(new SQL.Database());
    const list = [
      { version: 2, name: 'b', sql: "INSERT INTO t VALUES ('two')" },
      { version: 1, name: 'a', sql: 'CREATE TABLE t (x TEXT)' },
    ];
    expect(runMigrations(db, list)).toBe(2);
    expect(runMigrations(db, list)).toBe(0);
    expect(db.all('SELECT x FROM t')).toEqual([{ x: 'two' }]);
    expect(() => runMigrations(db, [...list, { version: 3, name: 'bad', sql: "INSERT INTO t VALUES ('3'); SELECT nope FROM nowhere" }])).toThrow();
    expect(db.get('PRAGMA user_version')).toEqual({ user_version: 2 });
    expect(db.all('SELECT x FROM t')).toEqual([{ x: 'two' }]);
    db.close();
  });

  it('a migration added later runs once at the next open, after replay, and is sealed by a snapshot', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir, holder: 't' });
    expect(first.get('PRAGMA user_version')).toEqual({ user_version: migrations.at(-1)!.version });
    first.transact({ userId: null }, (tx) => tx.insert('setting', 'journaled', { value: 'only in the journal' }));
    // The folder as a crash would leave it: the row is in the journal, not in any snapshot.
    const copy = crashImage(dir);
    await first.close();

    const next = { version: migrations.at(-1)!.version + 1, name: 'test: seed a row', sql: "INSERT INTO settings (id, value) VALUES ('from-migration', (SELECT value FROM settings WHERE id = 'journaled'))" };
    migrations.push(next);
    try {
      const coverageBefore = readSnapshotCoverage(path.join(copy, SNAPSHOT))!;
      const a = await openStore({ dataDir: copy, holder: 't' });
      // Ran after the journal replay: it saw the journaled row.
      expect(a.get("SELECT value FROM settings WHERE id = 'from-migration'")).toEqual({ value: 'only in the journal' });
      expect(readSnapshotCoverage(path.join(copy, SNAPSHOT))!.generation).toBeGreaterThan(coverageBefore.generation);
      await a.close();
      const b = await openStore({ dataDir: copy, holder: 't' });
      expect(b.get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE id = 'from-migration'")?.n).toBe(1);
      expect(b.get('PRAGMA user_version')).toEqual({ user_version: next.version });
      await b.close();
    } finally {
      migrations.pop();
    }
  });
});
