import type { BindParams, Database, SqlValue, Statement } from 'sql.js';
import type { Scalar } from '../../shared/sync/operation';
import { registerSqlFunctions } from './sql-functions';
import type { Params, Row } from './types';

/**
 * The one sql.js connection, with a bounded cache of prepared statements (sql.js statements must
 * be freed or they leak wasm memory) and the connection settings the store relies on.
 *
 * `query_only` stays ON except inside `writable()`: reads handed to services cannot change data
 * behind the write path's back, so every change is an operation in the journal and audit log.
 */
const CACHE_LIMIT = 256;

export class SqlDb {
  private readonly cache = new Map<string, Statement>();
  private writeDepth = 0;

  constructor(readonly raw: Database) {
    this.applyPragmas();
  }

  /** Connection settings; re-applied after every export because sql.js has reset them in the past. */
  applyPragmas(): void {
    registerSqlFunctions(this.raw);
    this.raw.exec(
      'PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;',
    );
    this.raw.exec(`PRAGMA query_only = ${this.writeDepth > 0 ? 'OFF' : 'ON'}`);
  }

  all<T = Row>(sql: string, params?: Params): T[] {
    const stmt = this.statement(sql);
    try {
      bind(stmt, params);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.reset();
    }
  }

  get<T = Row>(sql: string, params?: Params): T | undefined {
    const stmt = this.statement(sql);
    try {
      bind(stmt, params);
      return stmt.step() ? (stmt.getAsObject() as T) : undefined;
    } finally {
      stmt.reset();
    }
  }

  /** Runs one statement; returns the number of rows it changed. */
  run(sql: string, params?: Params): number {
    const stmt = this.statement(sql);
    try {
      bind(stmt, params);
      stmt.step();
    } finally {
      stmt.reset();
    }
    return this.raw.getRowsModified();
  }

  /** Several statements, no parameters, not cached (DDL, BEGIN/COMMIT). */
  exec(sql: string): void {
    this.raw.exec(sql);
  }

  /** Lifts `query_only` for the store's own writes. */
  writable<T>(fn: () => T): T {
    if (this.writeDepth++ === 0) this.raw.exec('PRAGMA query_only = OFF');
    try {
      return fn();
    } finally {
      if (--this.writeDepth === 0) this.raw.exec('PRAGMA query_only = ON');
    }
  }

  /** The whole database as SQLite file bytes (must not be called inside a transaction). */
  export(): Uint8Array {
    this.clearCache();
    const bytes = this.raw.export();
    this.applyPragmas();
    return bytes;
  }

  close(): void {
    this.clearCache();
    this.raw.close();
  }

  private statement(sql: string): Statement {
    let stmt = this.cache.get(sql);
    if (stmt) {
      // Map order is insertion order: move to the back so the least recently used goes first.
      this.cache.delete(sql);
      this.cache.set(sql, stmt);
      return stmt;
    }
    stmt = this.raw.prepare(sql);
    this.cache.set(sql, stmt);
    if (this.cache.size > CACHE_LIMIT) {
      const [oldestSql, oldest] = this.cache.entries().next().value as [string, Statement];
      this.cache.delete(oldestSql);
      oldest.free();
    }
    return stmt;
  }

  private clearCache(): void {
    for (const stmt of this.cache.values()) stmt.free();
    this.cache.clear();
  }
}

/** Booleans become 0/1; named parameters may be given without their `:` prefix. */
export function toSql(value: Scalar): SqlValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function bind(stmt: Statement, params: Params | undefined): void {
  if (!params) return;
  let bound: BindParams;
  if (Array.isArray(params)) bound = params.map(toSql);
  else {
    const named: Record<string, SqlValue> = {};
    for (const [key, value] of Object.entries(params)) named[/^[:@$]/.test(key) ? key : `:${key}`] = toSql(value);
    bound = named;
  }
  stmt.bind(bound);
}
