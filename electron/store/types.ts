import type { Operation, Scalar } from '../../shared/sync/operation';

export type Row = Record<string, Scalar>;
export type Params = Scalar[] | Record<string, Scalar>;

/** Who makes a change: recorded on every operation (audit log, sync). */
export interface Actor {
  userId: string | null;
}

/** Reads available everywhere (outside and inside a transaction). */
export interface Reader {
  all<T = Row>(sql: string, params?: Params): T[];
  get<T = Row>(sql: string, params?: Params): T | undefined;
}

/**
 * The one write path. Inside `Store.transact` a service changes records only through these
 * calls; each becomes an Operation (entity, id, changed fields old→new, HLC, user, device).
 * `entity` must be registered in entities.ts; fields must be columns of its table.
 */
export interface Tx extends Reader {
  insert(entity: string, id: string, fields: Record<string, Scalar>): void;
  /** Records only the fields whose value actually changes; a no-op patch records nothing. */
  update(entity: string, id: string, patch: Record<string, Scalar>): void;
  /** Deletes the row and leaves a tombstone (sync must not resurrect it). */
  remove(entity: string, id: string): void;
}

export interface StoreWarning {
  /** i18n key, e.g. `store.snapshotDamaged`. */
  key: string;
  /** What happened, for the log and the console's system page (paths, sequence numbers). */
  detail: string;
}

export interface OpenOptions {
  dataDir: string;
  /** Names the holder in the lock file, e.g. `tongchou web` or `统筹 desktop`. */
  holder: string;
  /** Journal size after which a background compaction is scheduled. Default 16 MiB. */
  compactAfterBytes?: number;
  /** Clock for HLC timestamps (tests inject one). */
  now?: () => number;
  /**
   * Problems found after opening (a background compaction that failed: nothing is lost, the
   * journal still holds every commit, but it keeps growing). The core logs and shows them.
   */
  onWarning?: (warning: StoreWarning) => void;
}

export interface StoreApi extends Reader {
  readonly dataDir: string;
  readonly deviceId: string;
  /** Damage found and recovered from while opening. */
  readonly warnings: readonly StoreWarning[];
  /**
   * Runs `fn` as one atomic transaction. When it returns, the change is in the fsynced journal
   * (survives SIGKILL / power loss). If `fn` throws, nothing is written and the error rethrows.
   */
  transact<T>(actor: Actor, fn: (tx: Tx) => T): T;
  /** Operations committed after `afterSeq` (audit log, sync outbox). */
  operationsSince(afterSeq: number, limit: number): Array<Operation & { seq: number }>;
  /** Write a fresh snapshot now and drop the covered journal (also runs in the background). */
  compact(): Promise<void>;
  close(): Promise<void>;
}
