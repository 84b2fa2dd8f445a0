import { ApiError } from '../../../shared/api/errors';
import type { DataElement, DataElementInput } from '../../../shared/directory/catalog-models';
import type { DataType } from '../../../shared/directory/vocab';
import { newId } from '../../../shared/model/ids';
import type { Page, TableQuery } from '../../../shared/model/table-query';
import type { Scalar } from '../../../shared/sync/operation';
import type { Reader, Tx } from '../../store/types';
import { callerUserId, requireRole, requireSignedIn, type Ctx } from '../context';
import { queryTable, type TableSpec } from '../table-sql';
import { DEFAULT_ELEMENTS } from './defaults';

const table: TableSpec = {
  from: 'SELECT id, identifier, name, definition, data_type, format, synonyms FROM data_elements',
  columns: { identifier: 'identifier', name: 'name', dataType: 'data_type' },
  searchable: ['identifier', 'name', 'synonyms', 'definition'],
  defaultOrder: 'identifier ASC',
};

function toElement(r: Record<string, Scalar>): DataElement {
  return {
    id: String(r.id),
    identifier: String(r.identifier),
    name: String(r.name),
    definition: String(r.definition),
    dataType: r.data_type as DataType,
    format: String(r.format),
    synonyms: JSON.parse(String(r.synonyms)) as string[],
  };
}

export function getElement(db: Reader, id: string): DataElement {
  const row = db.get(`${table.from} WHERE id = ?`, [id]);
  if (!row) throw new ApiError('NOT_FOUND');
  return toElement(row);
}

export function seedElements(tx: Tx): number {
  let added = 0;
  const now = new Date().toISOString();
  for (const e of DEFAULT_ELEMENTS) {
    if (tx.get('SELECT 1 FROM data_elements WHERE identifier = ?', [e.identifier])) continue;
    tx.insert('data_element', newId(), {
      identifier: e.identifier, name: e.name, definition: e.definition, data_type: e.dataType, format: e.format,
      synonyms: JSON.stringify(e.synonyms), created_at: now, updated_at: now,
    });
    added++;
  }
  return added;
}

export function listElements(ctx: Ctx, q: TableQuery): Page<DataElement> {
  requireSignedIn(ctx);
  return queryTable(ctx.store, table, q, toElement);
}

function checkIdentifierFree(db: Reader, identifier: string, exceptId: string | null) {
  const row = db.get<{ id: string }>('SELECT id FROM data_elements WHERE identifier = ?', [identifier]);
  if (row && row.id !== exceptId) throw new ApiError('CONFLICT', 'errors.CONFLICT', {}, [{ path: 'identifier', key: 'errors.CONFLICT' }]);
}

/** The dictionary is the bureau's: only bureau staff and administrators change it. */
export function createElement(ctx: Ctx, input: DataElementInput): DataElement {
  requireRole(ctx, ['admin', 'bureau'], 'elements.create');
  const id = newId();
  const now = new Date().toISOString();
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    checkIdentifierFree(tx, input.identifier, null);
    tx.insert('data_element', id, {
      identifier: input.identifier, name: input.name, definition: input.definition, data_type: input.dataType, format: input.format,
      synonyms: JSON.stringify(input.synonyms), created_at: now, updated_at: now,
    });
  });
  return getElement(ctx.store, id);
}

export function updateElement(ctx: Ctx, id: string, patch: Partial<DataElementInput>): DataElement {
  requireRole(ctx, ['admin', 'bureau'], 'elements.update');
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    if (!tx.get('SELECT 1 FROM data_elements WHERE id = ?', [id])) throw new ApiError('NOT_FOUND');
    if (patch.identifier !== undefined) checkIdentifierFree(tx, patch.identifier, id);
    const fields: Record<string, Scalar> = {};
    if (patch.identifier !== undefined) fields.identifier = patch.identifier;
    if (patch.name !== undefined) fields.name = patch.name;
    if (patch.definition !== undefined) fields.definition = patch.definition;
    if (patch.dataType !== undefined) fields.data_type = patch.dataType;
    if (patch.format !== undefined) fields.format = patch.format;
    if (patch.synonyms !== undefined) fields.synonyms = JSON.stringify(patch.synonyms);
    if (Object.keys(fields).length) tx.update('data_element', id, { ...fields, updated_at: new Date().toISOString() });
  });
  return getElement(ctx.store, id);
}
