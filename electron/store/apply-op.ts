import { operationSchema, type Operation, type Scalar } from '../../shared/sync/operation';
import { usageError } from './errors';
import { entities } from './entities';
import type { SqlDb } from './sql-db';

/**
 * Applies one operation to the tables. The live write path (Tx) and journal replay both call this
 * very function, so the state rebuilt after a crash is the state that was committed.
 */
export interface EntityDef {
  table: string;
  columns: readonly string[];
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function entityDef(entity: string): EntityDef {
  const def = Object.hasOwn(entities, entity) ? entities[entity] : undefined;
  if (!def) throw usageError('store.unknownEntity', { entity }, `entity ${entity} is not registered in entities.ts`);
  return def;
}

export function checkColumns(entity: string, def: EntityDef, names: Iterable<string>): void {
  for (const name of names) {
    // The registry is the whitelist that makes building SQL from these names safe.
    if (!def.columns.includes(name) || !IDENT.test(name)) {
      throw usageError('store.unknownColumn', { entity, column: name }, `${entity}.${name} is not a registered column`);
    }
  }
}

/** Scalars as SQLite keeps them: booleans are 0/1; numbers must be finite (JSON cannot hold others). */
export function normalize(entity: string, column: string, value: Scalar): Scalar {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw usageError('store.badValue', { entity, column }, `${entity}.${column} = ${value} is not a finite number`);
  }
  if (value === undefined) throw usageError('store.badValue', { entity, column }, `${entity}.${column} is undefined`);
  return value;
}

export function applyOp(db: SqlDb, op: Operation): void {
  const def = entityDef(op.entity);
  const cols = Object.keys(op.fields);
  checkColumns(op.entity, def, cols);
  const t = quote(def.table);
  db.writable(() => {
    switch (op.kind) {
      case 'insert': {
        const names = ['id', ...cols].map(quote).join(', ');
        const marks = ['?', ...cols.map(() => '?')].join(', ');
        db.run(`INSERT INTO ${t} (${names}) VALUES (${marks})`, [op.entityId, ...cols.map((c) => op.fields[c]!.new)]);
        // A deliberately re-created record is alive again.
        db.run('DELETE FROM tombstones WHERE entity = ? AND entity_id = ?', [op.entity, op.entityId]);
        break;
      }
      case 'update': {
        if (cols.length === 0) return;
        const sets = cols.map((c) => `${quote(c)} = ?`).join(', ');
        const changed = db.run(`UPDATE ${t} SET ${sets} WHERE "id" = ?`, [...cols.map((c) => op.fields[c]!.new), op.entityId]);
        if (changed !== 1) throw missing(op);
        break;
      }
      case 'delete': {
        if (db.run(`DELETE FROM ${t} WHERE "id" = ?`, [op.entityId]) !== 1) throw missing(op);
        db.run('INSERT OR REPLACE INTO tombstones (entity, entity_id, hlc) VALUES (?, ?, ?)', [op.entity, op.entityId, op.hlc]);
        break;
      }
    }
  });
}

function missing(op: Operation) {
  return usageError('store.notFound', { entity: op.entity, id: op.entityId }, `${op.kind} of missing ${op.entity} ${op.entityId}`);
}

export function quote(name: string): string {
  if (!IDENT.test(name)) throw usageError('store.unknownColumn', { column: name }, `bad identifier ${name}`);
  return `"${name}"`;
}

/** A journal record's payload: the transaction's operations, as JSON. */
export function encodeOps(ops: readonly Operation[]): Buffer {
  return Buffer.from(JSON.stringify({ v: 1, ops }), 'utf8');
}

export function decodeOps(payload: Buffer): Operation[] {
  const parsed = JSON.parse(payload.toString('utf8')) as { v?: unknown; ops?: unknown };
  if (parsed.v !== 1 || !Array.isArray(parsed.ops)) throw new Error('unknown journal payload');
  return parsed.ops.map((op) => operationSchema.parse(op));
}
