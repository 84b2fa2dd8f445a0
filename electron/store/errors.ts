import { ApiError, type ErrorCode } from '../../shared/api/errors';

/**
 * Errors of the store carry an i18n key (and params) so the console can explain them to a person;
 * `detail` keeps the technical facts (paths, sequence numbers) for the log.
 */
export class StoreError extends ApiError {
  readonly detail: string;
  constructor(key: string, params: Record<string, string | number> = {}, detail = '', code: ErrorCode = 'STORE_UNAVAILABLE') {
    super(code, key, params);
    this.name = 'StoreError';
    this.detail = detail;
    if (detail) this.message = `${this.message}: ${detail}`;
  }
}

/** Another process (or another open in this one) holds the data folder. */
export class StoreLockedError extends StoreError {
  readonly holder: string;
  readonly pid: number;
  readonly hostname: string;
  constructor(holder: string, pid: number, hostname: string, lockPath: string) {
    super('store.locked', { holder, pid, hostname }, `${lockPath} is held by ${holder} (pid ${pid} on ${hostname})`);
    this.name = 'StoreLockedError';
    this.holder = holder;
    this.pid = pid;
    this.hostname = hostname;
  }
}

/** Programming errors on the write path (unknown entity, nested transaction, …). */
export function usageError(key: string, params: Record<string, string | number>, detail: string): StoreError {
  return new StoreError(key, params, detail, 'INTERNAL');
}
