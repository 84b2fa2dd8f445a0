import type { Operation } from '../../shared/sync/operation';
import { applyOp, decodeOps } from './apply-op';
import { appendOps, type ChainHead } from './audit-chain';
import type { SqlDb } from './sql-db';

/**
 * Re-applies one committed journal record: the same `applyOp` and `appendOps` the live write
 * path used, in one SQL transaction, so the tables and the audit chain come back identical.
 */
export function replayRecord(db: SqlDb, payload: Buffer, head: ChainHead): ChainHead {
  const ops: Operation[] = decodeOps(payload);
  db.exec('BEGIN');
  try {
    for (const op of ops) applyOp(db, op);
    const next = appendOps(db, ops, head);
    db.writable(() => db.exec('COMMIT')); // FTS4 writes its pending terms at commit
    return next;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
