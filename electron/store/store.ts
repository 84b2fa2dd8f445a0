import fs from 'node:fs';
import path from 'node:path';
import { HlcClock } from '../../shared/clock/hlc';
import { encodeOps } from './apply-op';
import { appendOps, operationsSince, type ChainHead, type StoredOperation } from './audit-chain';
import { StoreError, usageError } from './errors';
import { journalName, listJournals } from './files';
import { JournalWriter } from './journal';
import { acquireLock, type LockHandle } from './lock';
import { recover, type Recovered } from './recover';
import { writeSnapshot } from './snapshot';
import type { SqlDb } from './sql-db';
import { loadSqlJs } from './sqljs';
import { createTx } from './tx';
import type { Actor, OpenOptions, Params, Row, StoreApi, StoreWarning, Tx } from './types';

export { StoreError, StoreLockedError } from './errors';
export { verifyAuditChain } from './audit-chain';

const DEFAULT_COMPACT_AFTER = 16 * 1024 * 1024;

/** Opens (or creates) the data folder: lock, recover, migrate, and seal the result if needed. */
export async function openStore(opts: OpenOptions): Promise<StoreApi> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const lock = await acquireLock(opts.dataDir, opts.holder);
  try {
    const SQL = await loadSqlJs();
    const compactAfter = opts.compactAfterBytes ?? DEFAULT_COMPACT_AFTER;
    const state = await recover(SQL, opts.dataDir, compactAfter);
    const store = new Store(opts, state, lock, compactAfter);
    if (state.needsCompaction) {
      try {
        await store.compactNow(true);
      } catch (e) {
        await store.close().catch(() => undefined);
        throw e;
      }
    }
    return store;
  } catch (e) {
    lock.release();
    throw e;
  }
}

class Store implements StoreApi {
  readonly dataDir: string;
  readonly deviceId: string;
  readonly warnings: readonly StoreWarning[];
  private readonly db: SqlDb;
  private readonly clock: HlcClock;
  private journal: JournalWriter;
  private head: ChainHead;
  private lastRecordSeq: number;
  private coveredSeq: number;
  private snapshotGen: number | null;
  private prevGen: number | null;
  private inTx = false;
  private closing: Promise<void> | null = null;
  private dbOpen = true;
  /** Compactions run one after another; `pending` is one queued but not yet started. */
  private chain: Promise<void> = Promise.resolve();
  private pending: Promise<void> | null = null;
  private readonly onWarning: OpenOptions['onWarning'];

  constructor(
    opts: OpenOptions,
    state: Recovered,
    private readonly lock: LockHandle,
    private readonly compactAfterBytes: number,
  ) {
    this.dataDir = opts.dataDir;
    this.deviceId = state.deviceId;
    this.warnings = state.warnings;
    this.db = state.db;
    this.journal = state.journal;
    this.head = state.head;
    this.lastRecordSeq = state.lastRecordSeq;
    this.coveredSeq = state.coveredSeq;
    this.snapshotGen = state.snapshotGen;
    this.prevGen = state.prevGen;
    const lastHlc = this.db.get<{ hlc: string }>('SELECT hlc FROM ops ORDER BY seq DESC LIMIT 1')?.hlc;
    this.clock = new HlcClock(this.deviceId, opts.now ?? Date.now, lastHlc);
    this.onWarning = opts.onWarning;
  }

  all<T = Row>(sql: string, params?: Params): T[] {
    this.assertOpen();
    return this.db.all<T>(sql, params);
  }

  get<T = Row>(sql: string, params?: Params): T | undefined {
    this.assertOpen();
    return this.db.get<T>(sql, params);
  }

  transact<T>(actor: Actor, fn: (tx: Tx) => T): T {
    this.assertOpen();
    if (this.inTx) throw usageError('store.nestedTransaction', {}, 'transact() called inside a transaction');
    this.inTx = true;
    const tx = createTx({ db: this.db, clock: this.clock, deviceId: this.deviceId, actor });
    let began = false;
    try {
      this.db.exec('BEGIN');
      began = true;
      const result = fn(tx);
      if (isThenable(result)) throw usageError('store.asyncTransaction', {}, 'transact() callbacks must be synchronous');
      tx.end();
      if (tx.ops.length > 0) {
        const head = appendOps(this.db, tx.ops, this.head);
        const seq = this.lastRecordSeq + 1;
        this.journal.append(seq, encodeOps(tx.ops)); // fsynced: from here on it survives a crash
        try {
          // FTS4 flushes its pending terms at COMMIT: the commit itself writes.
          this.db.writable(() => this.db.exec('COMMIT'));
        } catch (e) {
          this.journal.undoLastAppend();
          throw e;
        }
        this.head = head;
        this.lastRecordSeq = seq;
        if (this.journal.size > this.compactAfterBytes && !this.pending) this.compact().catch((e: unknown) => this.reportCompactionFailure(e));
      } else {
        this.db.writable(() => this.db.exec('COMMIT'));
      }
      return result;
    } catch (e) {
      tx.end();
      if (began) rollbackQuietly(this.db);
      throw e;
    } finally {
      this.inTx = false;
    }
  }

  operationsSince(afterSeq: number, limit: number): StoredOperation[] {
    this.assertOpen();
    return operationsSince(this.db, afterSeq, limit);
  }

  compact(): Promise<void> {
    if (this.closing) return this.closing;
    return this.enqueueCompaction();
  }

  /** Queues a compaction; one queued but not started already covers every commit made so far. */
  private enqueueCompaction(): Promise<void> {
    if (this.pending) return this.pending;
    const job = this.chain
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        this.pending = null;
        return this.compactNow(false);
      });
    this.pending = job;
    this.chain = job.catch(() => undefined);
    return job;
  }

  /**
   * Export and journal rotation happen synchronously together, so every commit is either in the
   * exported bytes or in the new generation — commits may go on while the file is written.
   */
  async compactNow(force: boolean): Promise<void> {
    if (!this.dbOpen) return;
    if (this.inTx) throw usageError('store.compactInTransaction', {}, 'compaction inside a transaction');
    if (!force && this.lastRecordSeq === this.coveredSeq) return;
    const bytes = this.db.export();
    const coverage = { generation: this.journal.generation, seq: this.lastRecordSeq };
    const next = JournalWriter.create(this.dataDir, coverage.generation + 1);
    this.journal.close();
    this.journal = next;

    const { keptPrevious } = await writeSnapshot(this.dataDir, bytes, coverage);
    if (keptPrevious) this.prevGen = this.snapshotGen;
    this.snapshotGen = coverage.generation;
    this.coveredSeq = coverage.seq;
    // Journals the *previous* snapshot covers are no longer needed by either snapshot.
    const drop = this.prevGen;
    if (drop !== null) {
      for (const gen of listJournals(this.dataDir)) {
        if (gen <= drop) await fs.promises.rm(path.join(this.dataDir, journalName(gen)), { force: true });
      }
    }
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    try {
      // Best effort: what is not in the snapshot is still in the fsynced journal.
      await this.enqueueCompaction().catch(() => undefined);
    } finally {
      this.journal.close();
      this.dbOpen = false;
      this.db.close();
      this.lock.release();
    }
  }

  private reportCompactionFailure(e: unknown): void {
    this.onWarning?.({ key: 'store.compactionFailed', detail: e instanceof Error ? e.message : String(e) });
  }

  private assertOpen(): void {
    if (this.closing) throw new StoreError('store.closed', {}, `${this.dataDir} is closed`, 'INTERNAL');
  }
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function rollbackQuietly(db: SqlDb): void {
  try {
    db.exec('ROLLBACK');
  } catch {
    // SQLite already rolled back (a failed COMMIT does that).
  }
}
