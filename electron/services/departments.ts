import { ApiError } from '../../shared/api/errors';
import type { Department, DepartmentInput } from '../../shared/model/department';
import { newId } from '../../shared/model/ids';
import type { TableQuery, Page } from '../../shared/model/table-query';
import type { Scalar } from '../../shared/sync/operation';
import type { Reader } from '../store/types';
import { callerUserId, requireRole, requireSignedIn, type Ctx } from './context';
import { queryTable, type TableSpec } from './table-sql';

const EDITORS = ['admin', 'bureau'] as const;

const table: TableSpec = {
  from: `SELECT d.id, d.code, d.name, d.level, d.parent_id, p.name AS parent_name, d.created_at, d.updated_at
         FROM departments d LEFT JOIN departments p ON p.id = d.parent_id`,
  columns: { code: 'd.code', name: 'd.name', level: 'd.level', parentName: 'p.name', parentId: 'd.parent_id', updatedAt: 'd.updated_at' },
  searchable: ['d.code', 'd.name'],
  defaultOrder: 'd.code ASC',
};

function toDepartment(r: Record<string, Scalar>): Department {
  return {
    id: String(r.id),
    code: String(r.code),
    name: String(r.name),
    level: r.level as Department['level'],
    parentId: r.parent_id === null ? null : String(r.parent_id),
    parentName: r.parent_name === null || r.parent_name === undefined ? null : String(r.parent_name),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

export function listDepartments(ctx: Ctx, q: TableQuery): Page<Department> {
  requireSignedIn(ctx);
  return queryTable(ctx.store, table, q, toDepartment);
}

export function departmentOptions(ctx: Ctx) {
  requireSignedIn(ctx);
  return ctx.store.all<{ id: string; code: string; name: string; level: Department['level'] }>(
    'SELECT id, code, name, level FROM departments ORDER BY level, code',
  );
}

export function getDepartment(db: Reader, id: string): Department {
  const row = db.get(`${table.from} WHERE d.id = ?`, [id]);
  if (!row) throw new ApiError('NOT_FOUND');
  return toDepartment(row);
}

export function getDepartmentForCaller(ctx: Ctx, id: string): Department {
  requireSignedIn(ctx);
  return getDepartment(ctx.store, id);
}

function checkParent(db: Reader, id: string | null, parentId: string | null): void {
  if (parentId === null) return;
  if (!db.get('SELECT 1 FROM departments WHERE id = ?', [parentId])) {
    throw new ApiError('VALIDATION', 'errors.department.parentMissing', {}, [{ path: 'parentId', key: 'errors.department.parentMissing' }]);
  }
  // Walk up from the new parent: meeting `id` means the change would make a cycle.
  let cursor: string | null = parentId;
  for (let depth = 0; cursor !== null && depth < 64; depth++) {
    if (cursor === id) throw new ApiError('VALIDATION', 'errors.department.parentCycle', {}, [{ path: 'parentId', key: 'errors.department.parentCycle' }]);
    cursor = db.get<{ parent_id: string | null }>('SELECT parent_id FROM departments WHERE id = ?', [cursor])?.parent_id ?? null;
  }
}

function checkCodeFree(db: Reader, code: string, exceptId: string | null): void {
  const taken = db.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [code]);
  if (taken && taken.id !== exceptId) {
    throw new ApiError('CONFLICT', 'errors.department.codeTaken', { code }, [{ path: 'code', key: 'errors.department.codeTaken' }]);
  }
}

export function createDepartment(ctx: Ctx, input: DepartmentInput): Department {
  requireRole(ctx, EDITORS, 'departments.create');
  const id = newId();
  const now = new Date().toISOString();
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    checkCodeFree(tx, input.code, null);
    checkParent(tx, id, input.parentId);
    tx.insert('department', id, {
      code: input.code,
      name: input.name,
      level: input.level,
      parent_id: input.parentId,
      created_at: now,
      updated_at: now,
    });
  });
  ctx.log.info('department.created', { id, code: input.code, by: callerUserId(ctx) });
  return getDepartment(ctx.store, id);
}

export function updateDepartment(ctx: Ctx, id: string, patch: Partial<DepartmentInput>): Department {
  requireRole(ctx, EDITORS, 'departments.update');
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    if (!tx.get('SELECT 1 FROM departments WHERE id = ?', [id])) throw new ApiError('NOT_FOUND');
    if (patch.code !== undefined) checkCodeFree(tx, patch.code, id);
    if (patch.parentId !== undefined) checkParent(tx, id, patch.parentId);
    const fields: Record<string, Scalar> = {};
    if (patch.code !== undefined) fields.code = patch.code;
    if (patch.name !== undefined) fields.name = patch.name;
    if (patch.level !== undefined) fields.level = patch.level;
    if (patch.parentId !== undefined) fields.parent_id = patch.parentId;
    if (Object.keys(fields).length === 0) return;
    tx.update('department', id, { ...fields, updated_at: new Date().toISOString() });
  });
  ctx.log.info('department.updated', { id, by: callerUserId(ctx) });
  return getDepartment(ctx.store, id);
}
