import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, verifyAuditChain } from './audit-chain';
import { SNAPSHOT } from './files';
import { readSnapshot, writeSnapshot } from './snapshot';
import { loadSqlJs } from './sqljs';
import { openStore } from './store';
import { removeTempDirs, tempDir } from './test-helpers';
import type { StoreApi } from './types';

afterEach(() => removeTempDirs());

/** A folder holding a closed store with five committed operations. */
async function folderWithHistory(): Promise<string> {
  const dir = tempDir();
  const store = await openStore({ dataDir: dir, holder: 'audit test' });
  for (let i = 1; i <= 5; i++) store.transact({ userId: 'u1' }, (tx) => tx.insert('setting', `k${i}`, { value: String(i) }));
  await store.close();
  return dir;
}

/** Someone with file access edits the database behind the app's back (and fixes the checksum). */
async function tamper(dir: string, sql: string): Promise<void> {
  const read = await readSnapshot(path.join(dir, SNAPSHOT));
  if (!read.ok) throw new Error(read.reason);
  const SQL = await loadSqlJs();
  const db = new SQL.Database(read.bytes);
  db.exec(`DROP TRIGGER ops_no_update; DROP TRIGGER ops_no_delete; ${sql}`);
  const bytes = db.export();
  db.close();
  await writeSnapshot(dir, bytes, read.coverage);
}

async function verifyAt(dir: string): Promise<number | null> {
  const store: StoreApi = await openStore({ dataDir: dir, holder: 'audit test' });
  try {
    return verifyAuditChain(store);
  } finally {
    await store.close();
  }
}

describe('audit chain', () => {
  it('verifies an untouched history', async () => {
    expect(await verifyAt(await folderWithHistory())).toBeNull();
  });

  it('finds an edited entry', async () => {
    const dir = await folderWithHistory();
    await tamper(dir, `UPDATE ops SET fields = replace(fields, '"3"', '"33"') WHERE seq = 3`);
    expect(await verifyAt(dir)).toBe(3);
  });

  it('finds an entry whose author was changed even when its own hash was recomputed naively', async () => {
    const dir = await folderWithHistory();
    await tamper(dir, `UPDATE ops SET user_id = 'someone-else', hash = 'x' || substr(hash, 2) WHERE seq = 2`);
    expect(await verifyAt(dir)).toBe(2);
  });

  it('finds a removed entry', async () => {
    const dir = await folderWithHistory();
    await tamper(dir, 'DELETE FROM ops WHERE seq = 4');
    expect(await verifyAt(dir)).toBe(5);
  });

  it('refuses UPDATE and DELETE on the audit log inside the database itself', async () => {
    const store = await openStore({ dataDir: tempDir(), holder: 't' });
    store.transact({ userId: null }, (tx) => tx.insert('setting', 'a', { value: '1' }));
    const SQL = await loadSqlJs();
    await store.close();
    const read = await readSnapshot(path.join(store.dataDir, SNAPSHOT));
    if (!read.ok) throw new Error(read.reason);
    const db = new SQL.Database(read.bytes);
    expect(() => db.exec("UPDATE ops SET user_id = 'x'")).toThrow(/insert-only/);
    expect(() => db.exec('DELETE FROM ops')).toThrow(/insert-only/);
    db.close();
  });

  it('hashes canonical JSON: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: { d: null, c: 'x' } })).toBe('{"a":{"c":"x","d":null},"b":1}');
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});

describe('secret columns', () => {
  it('keep password hashes out of the audit log, yet restore them on replay', async () => {
    const dir = tempDir();
    const hash = 'scrypt$32768$8$1$c2FsdA==$a2V5';
    let store = await openStore({ dataDir: dir, holder: 'audit test' });
    store.transact({ userId: null }, (tx) =>
      tx.insert('user', 'u1', { username: 'li', display_name: '李', role: 'admin', department_id: null, password_hash: hash, active: 1, created_at: 't', updated_at: 't' }),
    );
    store.transact({ userId: 'u1' }, (tx) => tx.update('user', 'u1', { password_hash: hash.replace('a2V5', 'bmV3') }));
    const logged = store.all<{ fields: string }>("SELECT fields FROM ops WHERE entity = 'user'");
    expect(logged).toHaveLength(2);
    for (const row of logged) expect(row.fields).not.toContain('scrypt$');
    expect(JSON.parse(logged[1]!.fields)).toEqual({ password_hash: { old: '[secret]', new: '[secret]' } });
    expect(store.operationsSince(0, 10).some((op) => JSON.stringify(op).includes('scrypt$'))).toBe(false);
    await store.close();
    // Reopen from snapshot + journal: the real hash is back in the table, the chain verifies.
    store = await openStore({ dataDir: dir, holder: 'audit test' });
    expect(store.get<{ password_hash: string }>("SELECT password_hash FROM users WHERE id = 'u1'")?.password_hash).toBe(hash.replace('a2V5', 'bmV3'));
    expect(verifyAuditChain(store)).toBeNull();
    await store.close();
  });
});
