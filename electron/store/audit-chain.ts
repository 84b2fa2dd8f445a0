import { createHash } from 'node:crypto';
import type { Operation } from '../../shared/sync/operation';
import type { SqlDb } from './sql-db';
import { entities } from './entities';
import type { Reader } from './types';

/**
 * The ops table is the audit log: insert-only (triggers refuse UPDATE/DELETE) and hash-chained,
 * hash = sha256(prev_hash + canonical JSON of {seq, op}), so an edited, removed or re-ordered entry
 * breaks the chain. Appending reads only the head kept in memory: cost does not grow with history.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainHead {
  seq: number;
  hash: string;
}

export type StoredOperation = Operation & { seq: number };

/** JSON with object keys sorted at every level, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashOp(prevHash: string, seq: number, op: Operation): string {
  const body = canonicalJson({
    seq,
    opId: op.opId,
    entity: op.entity,
    entityId: op.entityId,
    kind: op.kind,
    fields: op.fields,
    hlc: op.hlc,
    userId: op.userId,
    deviceId: op.deviceId,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

export const REDACTED = '[secret]';

/** The operation as the audit log keeps it: secret columns (password hashes) show only that they changed. */
export function redactSecrets(op: Operation): Operation {
  const secret = entities[op.entity]?.secret;
  if (!secret?.some((c) => Object.hasOwn(op.fields, c))) return op;
  const fields = { ...op.fields };
  for (const c of secret) {
    const f = fields[c];
    if (f) fields[c] = { old: f.old === null ? null : REDACTED, new: f.new === null ? null : REDACTED };
  }
  return { ...op, fields };
}

/** Inserts `ops` after `head` and returns the new head (the caller commits or rolls back). */
export function appendOps(db: SqlDb, ops: readonly Operation[], head: ChainHead): ChainHead {
  let { seq, hash } = head;
  db.writable(() => {
    for (const real of ops) {
      const op = redactSecrets(real);
      seq += 1;
      const prev = hash;
      hash = hashOp(prev, seq, op);
      db.run(
        `INSERT INTO ops (seq, op_id, entity, entity_id, kind, fields, hlc, user_id, device_id, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [seq, op.opId, op.entity, op.entityId, op.kind, canonicalJson(op.fields), op.hlc, op.userId, op.deviceId, prev, hash],
      );
    }
  });
  return { seq, hash };
}

export function readChainHead(db: Reader): ChainHead {
  const row = db.get<{ seq: number; hash: string }>('SELECT seq, hash FROM ops ORDER BY seq DESC LIMIT 1');
  return row ? { seq: row.seq, hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
}

interface OpRow {
  seq: number;
  op_id: string;
  entity: string;
  entity_id: string;
  kind: Operation['kind'];
  fields: string;
  hlc: string;
  user_id: string | null;
  device_id: string;
  prev_hash: string;
  hash: string;
}

export function rowToOperation(row: OpRow): StoredOperation {
  return {
    seq: row.seq,
    opId: row.op_id,
    entity: row.entity,
    entityId: row.entity_id,
    kind: row.kind,
    fields: JSON.parse(row.fields) as Operation['fields'],
    hlc: row.hlc,
    userId: row.user_id,
    deviceId: row.device_id,
  };
}

export function operationsSince(db: Reader, afterSeq: number, limit: number): StoredOperation[] {
  return db.all<OpRow>('SELECT * FROM ops WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, limit]).map(rowToOperation);
}

/**
 * Walks the whole chain; returns the seq of the first entry whose hash or link does not match,
 * or null when every entry verifies. (Cutting entries off the end leaves a valid shorter chain:
 * the journal and sync server are the witnesses for that.)
 */
export function verifyAuditChain(store: Reader, pageSize = 2000): number | null {
  let prev = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows = store.all<OpRow>('SELECT * FROM ops WHERE seq > ? ORDER BY seq LIMIT ?', [after, pageSize]);
    for (const row of rows) {
      // Sequence numbers are dense from 1: a gap is a removed entry.
      if (row.seq !== after + 1 || row.prev_hash !== prev) return row.seq;
      let expected: string;
      try {
        expected = hashOp(prev, row.seq, rowToOperation(row));
      } catch {
        return row.seq; // fields no longer parse: tampered
      }
      if (row.hash !== expected) return row.seq;
      prev = row.hash;
      after = row.seq;
    }
    if (rows.length < pageSize) return null;
  }
}
