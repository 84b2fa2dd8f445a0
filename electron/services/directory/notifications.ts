import type { Notification } from '../../../shared/directory/access';
import { newId } from '../../../shared/model/ids';
import type { Tx } from '../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../context';

type Params = Record<string, string | number>;

/** A console notification for one user (decisions on their applications, review outcomes). */
export function notify(tx: Tx, userId: string | null, key: string, params: Params, refId: string | null): void {
  if (!userId) return;
  tx.insert('notification', newId(), { user_id: userId, key, params: JSON.stringify(params), ref_id: refId, created_at: new Date().toISOString(), read_at: null });
}

/** Notifies every registrant of a department (e.g. an application arrived for its resource). */
export function notifyDepartment(tx: Tx, departmentId: string, key: string, params: Params, refId: string | null): void {
  for (const u of tx.all<{ id: string }>("SELECT id FROM users WHERE department_id = ? AND role = 'registrant' AND active = 1", [departmentId])) notify(tx, u.id, key, params, refId);
}

export function listNotifications(ctx: Ctx): { items: Notification[]; unread: number } {
  const user = requireSignedIn(ctx);
  if (!user) return { items: [], unread: 0 };
  const rows = ctx.store.all<{ id: string; key: string; params: string; ref_id: string | null; created_at: string; read_at: string | null }>(
    'SELECT id, key, params, ref_id, created_at, read_at FROM notifications WHERE user_id = ? ORDER BY created_at DESC LIMIT 50',
    [user.id],
  );
  const unread = ctx.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL', [user.id])?.n ?? 0;
  return {
    items: rows.map((r) => ({ id: r.id, key: r.key, params: JSON.parse(r.params) as Params, refId: r.ref_id, createdAt: r.created_at, read: r.read_at !== null })),
    unread,
  };
}

/** Marks the caller's own notifications read (others' ids are ignored). */
export function markRead(ctx: Ctx, ids: string[]): Record<string, never> {
  const user = requireSignedIn(ctx);
  if (!user || ids.length === 0) return {};
  const now = new Date().toISOString();
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    for (const id of ids) {
      if (tx.get('SELECT 1 FROM notifications WHERE id = ? AND user_id = ? AND read_at IS NULL', [id, user.id])) tx.update('notification', id, { read_at: now });
    }
  });
  return {};
}
