import { ApiError } from '../../shared/api/errors';
import { newId } from '../../shared/model/ids';
import type { Role } from '../../shared/model/roles';
import type { Page, TableQuery } from '../../shared/model/table-query';
import type { User, UserInput } from '../../shared/model/user';
import type { Scalar } from '../../shared/sync/operation';
import type { Reader } from '../store/types';
import { callerUserId, requireRole, requireSignedIn, type Ctx } from './context';
import { hashPassword, verifyPassword } from './passwords';
import { queryTable, type TableSpec } from './table-sql';

const table: TableSpec = {
  from: `SELECT u.id, u.username, u.display_name, u.role, u.department_id, d.name AS department_name, u.active, u.created_at, u.updated_at
         FROM users u LEFT JOIN departments d ON d.id = u.department_id`,
  columns: {
    username: 'u.username',
    displayName: 'u.display_name',
    role: 'u.role',
    departmentName: 'd.name',
    departmentId: 'u.department_id',
    active: 'u.active',
    updatedAt: 'u.updated_at',
  },
  searchable: ['u.username', 'u.display_name', 'd.name'],
  defaultOrder: 'u.username ASC',
};

export function toUser(r: Record<string, Scalar>): User {
  return {
    id: String(r.id),
    username: String(r.username),
    displayName: String(r.display_name),
    role: r.role as Role,
    departmentId: r.department_id === null ? null : String(r.department_id),
    departmentName: r.department_name === null || r.department_name === undefined ? null : String(r.department_name),
    active: r.active === 1 || r.active === true,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

export function getUser(db: Reader, id: string): User {
  const row = db.get(`${table.from} WHERE u.id = ?`, [id]);
  if (!row) throw new ApiError('NOT_FOUND');
  return toUser(row);
}

export function listUsers(ctx: Ctx, q: TableQuery): Page<User> {
  requireRole(ctx, ['admin'], 'users.list');
  return queryTable(ctx.store, table, q, toUser);
}

/** Every role but the administrator works for a department (registrants edit only its records). */
function checkDepartment(db: Reader, role: Role, departmentId: string | null): void {
  if (departmentId === null) {
    if (role !== 'admin') throw new ApiError('VALIDATION', 'errors.user.departmentRequired', {}, [{ path: 'departmentId', key: 'errors.user.departmentRequired' }]);
    return;
  }
  if (!db.get('SELECT 1 FROM departments WHERE id = ?', [departmentId])) {
    throw new ApiError('VALIDATION', 'errors.user.departmentMissing', {}, [{ path: 'departmentId', key: 'errors.user.departmentMissing' }]);
  }
}

/**
 * Inserts a user; shared by setup (first administrator), the users page, the CLI and demo data.
 * `guard` runs inside the transaction, after the (slow) password hashing, to re-check a condition.
 */
export async function insertUser(ctx: Ctx, input: UserInput, guard?: (tx: Reader) => void): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  const now = new Date().toISOString();
  ctx.store.transact({ userId: callerUserId(ctx) ?? id }, (tx) => {
    guard?.(tx);
    if (tx.get('SELECT 1 FROM users WHERE username = ?', [input.username])) {
      throw new ApiError('CONFLICT', 'errors.user.usernameTaken', { username: input.username }, [{ path: 'username', key: 'errors.user.usernameTaken' }]);
    }
    checkDepartment(tx, input.role, input.departmentId);
    tx.insert('user', id, {
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      department_id: input.departmentId,
      password_hash: passwordHash,
      active: 1,
      created_at: now,
      updated_at: now,
    });
  });
  ctx.log.info('user.created', { id, username: input.username, role: input.role, by: callerUserId(ctx) });
  return getUser(ctx.store, id);
}

export async function createUser(ctx: Ctx, input: UserInput): Promise<User> {
  requireRole(ctx, ['admin'], 'users.create');
  return insertUser(ctx, input);
}

interface UserPatch {
  displayName?: string;
  role?: Role;
  departmentId?: string | null;
  active?: boolean;
}

export function updateUser(ctx: Ctx, id: string, patch: UserPatch): User {
  requireRole(ctx, ['admin'], 'users.update');
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    const current = tx.get<{ role: Role; department_id: string | null; active: number }>('SELECT role, department_id, active FROM users WHERE id = ?', [id]);
    if (!current) throw new ApiError('NOT_FOUND');
    const role = patch.role ?? current.role;
    const departmentId = patch.departmentId !== undefined ? patch.departmentId : current.department_id;
    checkDepartment(tx, role, departmentId);
    const stillAdmin = role === 'admin' && (patch.active ?? current.active === 1);
    if (current.role === 'admin' && current.active === 1 && !stillAdmin) {
      const admins = tx.get<{ n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1")?.n ?? 0;
      if (admins <= 1) throw new ApiError('CONFLICT', 'errors.user.lastAdmin');
    }
    const fields: Record<string, Scalar> = {};
    if (patch.displayName !== undefined) fields.display_name = patch.displayName;
    if (patch.role !== undefined) fields.role = patch.role;
    if (patch.departmentId !== undefined) fields.department_id = patch.departmentId;
    if (patch.active !== undefined) fields.active = patch.active ? 1 : 0;
    if (Object.keys(fields).length === 0) return;
    tx.update('user', id, { ...fields, updated_at: new Date().toISOString() });
  });
  if (patch.active === false || patch.role !== undefined) ctx.sessions.endAllFor(id);
  ctx.log.info('user.updated', { id, fields: Object.keys(patch), by: callerUserId(ctx) });
  return getUser(ctx.store, id);
}

/**
 * Administrators reset anyone else's password; a user changes their own only by proving the
 * current one (a stolen session alone cannot take the account). Other sessions of the user end.
 */
export async function setPassword(ctx: Ctx, id: string, password: string, currentPassword: string | undefined): Promise<Record<string, never>> {
  const me = requireSignedIn(ctx);
  if (me && me.id !== id) requireRole(ctx, ['admin'], 'users.setPassword');
  if (me && me.id === id) {
    const stored = ctx.store.get<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = ?', [id])?.password_hash;
    if (!stored || currentPassword === undefined || !(await verifyPassword(currentPassword, stored))) {
      ctx.log.warn('user.passwordChangeRefused', { id });
      throw new ApiError('VALIDATION', 'errors.user.currentPasswordWrong', {}, [{ path: 'currentPassword', key: 'errors.user.currentPasswordWrong' }]);
    }
  }
  const passwordHash = await hashPassword(password);
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    if (!tx.get('SELECT 1 FROM users WHERE id = ?', [id])) throw new ApiError('NOT_FOUND');
    tx.update('user', id, { password_hash: passwordHash, updated_at: new Date().toISOString() });
  });
  ctx.sessions.endAllFor(id, ctx.caller.kind === 'user' ? ctx.caller.session : undefined);
  ctx.log.info('user.passwordChanged', { id, by: callerUserId(ctx) });
  return {};
}
