import { randomUUID } from 'node:crypto';
import type { Migration } from './schema';
import type { SqlDb } from './sql-db';

/**
 * The store's own tables, versioned apart from the product's migrations in schema.ts (whose
 * version is `PRAGMA user_version`): the audit log / outbox `ops`, `tombstones` of deleted
 * records, and `meta` (this installation's device id, the internal schema version).
 */
const INTERNAL: Migration[] = [
  {
    version: 1,
    name: 'ops, tombstones, meta',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE ops (
        seq INTEGER PRIMARY KEY,
        op_id TEXT UNIQUE NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('insert','update','delete')),
        fields TEXT NOT NULL,
        hlc TEXT NOT NULL,
        user_id TEXT,
        device_id TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TABLE tombstones (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
      );
      CREATE TRIGGER ops_no_update BEFORE UPDATE ON ops BEGIN SELECT RAISE(ABORT, 'the audit log is insert-only'); END;
      CREATE TRIGGER ops_no_delete BEFORE DELETE ON ops BEGIN SELECT RAISE(ABORT, 'the audit log is insert-only'); END;
    `,
  },
];

/** Creates or upgrades the internal tables; returns this installation's device id. */
export function ensureInternalSchema(db: SqlDb): { deviceId: string; upgraded: boolean } {
  const hasMeta = db.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'meta'") !== undefined;
  let version = hasMeta ? Number(db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'store_version'")?.value ?? 0) : 0;
  let upgraded = false;
  for (const m of INTERNAL) {
    if (m.version <= version) continue;
    inTransaction(db, () => {
      db.exec(m.sql);
      db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('store_version', ?)", [String(m.version)]);
    });
    version = m.version;
    upgraded = true;
  }
  let deviceId = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'device_id'")?.value;
  if (!deviceId) {
    deviceId = randomUUID();
    const id = deviceId;
    inTransaction(db, () => db.run("INSERT INTO meta (key, value) VALUES ('device_id', ?)", [id]));
    upgraded = true;
  }
  return { deviceId, upgraded };
}

/** Runs the product migrations newer than `PRAGMA user_version`, each atomically; returns how many ran. */
export function runMigrations(db: SqlDb, migrations: readonly Migration[]): number {
  const current = db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0;
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    if (!Number.isInteger(m.version) || m.version < 1) throw new Error(`bad migration version ${m.version} (${m.name})`);
    inTransaction(db, () => {
      db.exec(m.sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
    });
  }
  return pending.length;
}

function inTransaction(db: SqlDb, fn: () => void): void {
  db.writable(() => {
    db.exec('BEGIN');
    try {
      fn();
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  });
}
