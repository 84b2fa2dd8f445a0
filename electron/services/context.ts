import { ApiError } from '../../shared/api/errors';
import type { Role } from '../../shared/model/roles';
import type { StoreApi, StoreWarning } from '../store/types';
import type { EventBus } from './events';
import type { Logger } from './log';
import type { LoginLimiter, Sessions } from './sessions';

/** A signed-in user as the services see it (no password hash). */
export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  departmentId: string | null;
}

/**
 * Who is calling. `system` is the local operator of the CLI (they hold the data folder);
 * `anonymous` is a console before sign-in.
 */
export type Caller = { kind: 'user'; user: SessionUser; session: string } | { kind: 'system' } | { kind: 'anonymous' };

export interface Services {
  store: StoreApi;
  sessions: Sessions;
  limiter: LoginLimiter;
  events: EventBus;
  log: Logger;
  mode: 'desktop' | 'browser' | 'cli';
  version: string;
  /** What the store recovered from at open, and problems since (shown to signed-in users). */
  warnings: readonly StoreWarning[];
}

export interface Ctx extends Services {
  caller: Caller;
}

export function callerUserId(ctx: Ctx): string | null {
  return ctx.caller.kind === 'user' ? ctx.caller.user.id : null;
}

export function requireSignedIn(ctx: Ctx): SessionUser | null {
  if (ctx.caller.kind === 'anonymous') throw new ApiError('UNAUTHENTICATED');
  return ctx.caller.kind === 'user' ? ctx.caller.user : null;
}

/** Authorise at the service layer: the system caller (CLI operator) acts as administrator. */
export function requireRole(ctx: Ctx, roles: readonly Role[], action: string): void {
  const user = requireSignedIn(ctx);
  if (user === null) return;
  if (!roles.includes(user.role)) {
    ctx.log.warn('forbidden', { action, userId: user.id, role: user.role });
    throw new ApiError('FORBIDDEN');
  }
}
