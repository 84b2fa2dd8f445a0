import { ApiError } from '../../shared/api/errors';
import type { Role } from '../../shared/model/roles';
import type { User } from '../../shared/model/user';
import { requireSignedIn, type Ctx, type SessionUser } from './context';
import { dummyHash, verifyPassword } from './passwords';
import { getUser, insertUser } from './users';

export function authStatus(ctx: Ctx) {
  const users = ctx.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM users')?.n ?? 0;
  const departments = ctx.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM departments')?.n ?? 0;
  return { needsSetup: users === 0, hasDemoData: departments > 0 };
}

/** First run: create the administrator. Refused once any user exists. */
export async function setup(ctx: Ctx, input: { username: string; displayName: string; password: string }) {
  if (!authStatus(ctx).needsSetup) throw new ApiError('ALREADY_SET_UP');
  // Re-checked inside the transaction: two first-run forms submitted at once make one administrator.
  const user = await insertUser(ctx, { ...input, role: 'admin', departmentId: null }, (tx) => {
    if ((tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM users')?.n ?? 0) > 0) throw new ApiError('ALREADY_SET_UP');
  });
  ctx.log.info('auth.setup', { userId: user.id });
  return { session: ctx.sessions.create(user.id), user };
}

export async function login(ctx: Ctx, input: { username: string; password: string }) {
  if (authStatus(ctx).needsSetup) throw new ApiError('SETUP_REQUIRED');
  const key = input.username.toLowerCase();
  const wait = ctx.limiter.retryAfter(key);
  if (wait > 0) {
    ctx.log.warn('auth.rateLimited', { length: key.length });
    throw new ApiError('RATE_LIMITED', 'errors.RATE_LIMITED', { seconds: wait });
  }
  const row = ctx.store.get<{ id: string; password_hash: string; active: number }>(
    'SELECT id, password_hash, active FROM users WHERE username = ?',
    [key],
  );
  // Verify against a dummy hash for unknown names so timing does not reveal which names exist.
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash()));
  if (!row || !ok) {
    ctx.limiter.fail(key);
    // An unknown name may be a password typed into the wrong field: log only known names.
    ctx.log.warn('auth.failed', row ? { userId: row.id } : { unknownUser: true });
    throw new ApiError('BAD_CREDENTIALS');
  }
  if (row.active !== 1) {
    ctx.log.warn('auth.inactive', { userId: row.id });
    throw new ApiError('FORBIDDEN', 'errors.user.inactive');
  }
  ctx.limiter.succeed(key);
  ctx.log.info('auth.login', { userId: row.id });
  return { session: ctx.sessions.create(row.id), user: getUser(ctx.store, row.id) };
}

export function logout(ctx: Ctx) {
  if (ctx.caller.kind === 'user') {
    ctx.sessions.end(ctx.caller.session);
    ctx.log.info('auth.logout', { userId: ctx.caller.user.id });
  }
  return {};
}

export function me(ctx: Ctx): User {
  const user = requireSignedIn(ctx);
  if (!user) throw new ApiError('UNAUTHENTICATED');
  return getUser(ctx.store, user.id);
}

/** The caller behind a session token, or null when it is unknown, expired or deactivated. */
export function resolveSessionUser(ctx: Pick<Ctx, 'store' | 'sessions'>, token: string | null): SessionUser | null {
  const userId = ctx.sessions.resolve(token);
  if (!userId) return null;
  const row = ctx.store.get<{ id: string; username: string; role: Role; department_id: string | null; active: number }>(
    'SELECT id, username, role, department_id, active FROM users WHERE id = ?',
    [userId],
  );
  if (!row || row.active !== 1) return null;
  return { id: row.id, username: row.username, role: row.role, departmentId: row.department_id };
}
