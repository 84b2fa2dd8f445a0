import { randomUUID } from 'node:crypto';
import type { HlcClock } from '../../shared/clock/hlc';
import type { FieldChange, Operation, Scalar } from '../../shared/sync/operation';
import { applyOp, checkColumns, entityDef, normalize, quote } from './apply-op';
import { usageError } from './errors';
import type { SqlDb } from './sql-db';
import type { Actor, Params, Row, Tx } from './types';

/**
 * The transaction handle given to `transact`'s callback. Each call changes the tables at once
 * (so later reads in the same transaction see it) and records the Operation describing it.
 */
export interface TxContext {
  db: SqlDb;
  clock: HlcClock;
  deviceId: string;
  actor: Actor;
}

export interface OpenTx extends Tx {
  readonly ops: Operation[];
  /** Makes the handle unusable once `transact` has finished with it. */
  end(): void;
}

export function createTx(ctx: TxContext): OpenTx {
  const { db } = ctx;
  const ops: Operation[] = [];
  let open = true;

  const live = (): void => {
    if (!open) throw usageError('store.txClosed', {}, 'a Tx was used after its transaction ended');
  };

  const record = (entity: string, entityId: string, kind: Operation['kind'], fields: Record<string, FieldChange>): Operation => {
    if (typeof entityId !== 'string' || entityId.length === 0 || entityId.length > 128) {
      throw usageError('store.badId', { entity }, `bad id for ${entity}: ${String(entityId).slice(0, 40)}`);
    }
    return { opId: randomUUID(), entity, entityId, kind, fields, hlc: ctx.clock.next(), userId: ctx.actor.userId, deviceId: ctx.deviceId };
  };

  const readRow = (table: string, columns: readonly string[], id: string): Row | undefined =>
    db.get(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} WHERE "id" = ?`, [id]);

  return {
    ops,
    end: () => {
      open = false;
    },
    all<T = Row>(sql: string, params?: Params): T[] {
      live();
      return db.all<T>(sql, params);
    },
    get<T = Row>(sql: string, params?: Params): T | undefined {
      live();
      return db.get<T>(sql, params);
    },

    insert(entity, id, values) {
      live();
      const def = entityDef(entity);
      checkColumns(entity, def, Object.keys(values));
      const fields: Record<string, FieldChange> = {};
      for (const c of def.columns) if (Object.hasOwn(values, c)) fields[c] = { old: null, new: normalize(entity, c, values[c]!) };
      const op = record(entity, id, 'insert', fields);
      applyOp(db, op);
      // Columns left to their DEFAULT are recorded too, so replay and sync rebuild the same row.
      const omitted = def.columns.filter((c) => !Object.hasOwn(values, c));
      if (omitted.length > 0) {
        const row = readRow(def.table, omitted, id) ?? {};
        for (const c of omitted) fields[c] = { old: null, new: (row[c] ?? null) as Scalar };
        op.fields = Object.fromEntries(def.columns.map((c) => [c, fields[c]!]));
      }
      ops.push(op);
    },

    update(entity, id, patch) {
      live();
      const def = entityDef(entity);
      const names = Object.keys(patch);
      checkColumns(entity, def, names);
      if (names.length === 0) return;
      const current = readRow(def.table, names, id);
      if (!current) throw usageError('store.notFound', { entity, id }, `update of missing ${entity} ${id}`);
      const fields: Record<string, FieldChange> = {};
      for (const c of names) {
        const next = normalize(entity, c, patch[c]!);
        const old = (current[c] ?? null) as Scalar;
        if (old !== next) fields[c] = { old, new: next };
      }
      if (Object.keys(fields).length === 0) return; // nothing changes, nothing recorded
      const op = record(entity, id, 'update', fields);
      applyOp(db, op);
      ops.push(op);
    },

    remove(entity, id) {
      live();
      const def = entityDef(entity);
      const current = readRow(def.table, def.columns, id);
      if (!current) throw usageError('store.notFound', { entity, id }, `delete of missing ${entity} ${id}`);
      const fields: Record<string, FieldChange> = {};
      for (const c of def.columns) fields[c] = { old: (current[c] ?? null) as Scalar, new: null };
      const op = record(entity, id, 'delete', fields);
      applyOp(db, op);
      ops.push(op);
    },
  };
}
