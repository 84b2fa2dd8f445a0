import type { Reader } from '../../store/types';
import type { Ctx, SessionUser } from '../context';
import type { SqlPart } from '../table-sql';

/**
 * The negative-list rule (负面清单), decided here and nowhere else. Curators (administrators,
 * bureau staff, auditors) see the whole directory; a department sees everything of its own and
 * the published entries of others; of a 不予共享 entry it sees only the catalog entry and basic
 * metadata unless its department holds an approved, unexpired grant.
 */
export type Viewer = { kind: 'system' } | { kind: 'user'; user: SessionUser };

export function viewerOf(ctx: Ctx): Viewer {
  return ctx.caller.kind === 'user' ? { kind: 'user', user: ctx.caller.user } : { kind: 'system' };
}

export function isCurator(v: Viewer): boolean {
  return v.kind === 'system' || ['admin', 'bureau', 'auditor'].includes(v.user.role);
}

export function departmentOf(v: Viewer): string | null {
  return v.kind === 'user' ? v.user.departmentId : null;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Which rows of `resources r` the viewer may list at all (drafts stay inside their department). */
export function listScope(v: Viewer): SqlPart | undefined {
  if (isCurator(v)) return undefined;
  // Unary + keeps the planner from answering the OR through indexes: the scope passes ~90% of
  // rows, so walking the ORDER BY column's index and checking it per row is the fast plan.
  return { sql: "(+r.status IN ('published','retired') OR +r.provider_dept_id = ?)", params: [departmentOf(v) ?? ''] };
}

/** SQL true when the viewer may see the data items of `r` (used to keep item names out of search hits). */
export function itemsVisibleSql(v: Viewer): SqlPart {
  if (isCurator(v)) return { sql: '1', params: [] };
  const dept = departmentOf(v) ?? '';
  return {
    sql: `(r.share_type != 'none' OR r.provider_dept_id = ? OR EXISTS (SELECT 1 FROM access_requests g WHERE g.resource_id = r.id
           AND g.requester_dept_id = ? AND g.status = 'approved' AND g.approved_until >= ?))`,
    params: [dept, dept, today()],
  };
}

export interface ResourceAccess {
  /** May the viewer see this entry at all? */
  visible: boolean;
  /** Everything (items, extended metadata, conditions), or basic metadata only. */
  full: boolean;
  /** With a grant limited to chosen items: only these item ids; null = all items. */
  itemIds: Set<string> | null;
}

export function accessTo(db: Reader, v: Viewer, r: { id: string; status: string; share_type: string; provider_dept_id: string }): ResourceAccess {
  const own = departmentOf(v) !== null && departmentOf(v) === r.provider_dept_id;
  if (isCurator(v) || own) return { visible: true, full: true, itemIds: null };
  if (r.status !== 'published' && r.status !== 'retired') return { visible: false, full: false, itemIds: null };
  if (r.share_type !== 'none') return { visible: true, full: true, itemIds: null };
  const grants = db.all<{ approved_item_ids: string | null }>(
    "SELECT approved_item_ids FROM access_requests WHERE resource_id = ? AND requester_dept_id = ? AND status = 'approved' AND approved_until >= ?",
    [r.id, departmentOf(v) ?? '', today()],
  );
  if (grants.length === 0) return { visible: true, full: false, itemIds: null };
  if (grants.some((g) => g.approved_item_ids === null)) return { visible: true, full: true, itemIds: null };
  const ids = new Set(grants.flatMap((g) => JSON.parse(g.approved_item_ids!) as string[]));
  return { visible: true, full: true, itemIds: ids };
}
