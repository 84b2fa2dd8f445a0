import { ApiError } from '../../../shared/api/errors';
import type { AccessApply, AccessDecide, AccessRequest } from '../../../shared/directory/access';
import { newId } from '../../../shared/model/ids';
import type { Page, TableQuery } from '../../../shared/model/table-query';
import type { Scalar } from '../../../shared/sync/operation';
import type { Reader } from '../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { queryTable, type SqlPart, type TableSpec } from '../table-sql';
import { notify, notifyDepartment } from './notifications';
import { isCurator, today, viewerOf } from './visibility';

const bad = (path: string, key: string) => new ApiError('VALIDATION', key, {}, [{ path, key }]);

const table = (): TableSpec => ({
  from: `SELECT a.*, r.code AS resource_code, r.name AS resource_name, p.name AS provider_name, q.name AS requester_dept_name,
           u.display_name AS requester_name,
           CASE WHEN a.status = 'approved' AND a.approved_until < '${today()}' THEN 'expired' ELSE a.status END AS effective_status
         FROM access_requests a JOIN resources r ON r.id = a.resource_id JOIN departments p ON p.id = r.provider_dept_id
         JOIN departments q ON q.id = a.requester_dept_id LEFT JOIN users u ON u.id = a.requester_user_id`,
  columns: { createdAt: 'a.created_at', resourceName: 'r.name', resourceCode: 'r.code', status: 'effective_status', requesterDeptName: 'q.name', providerName: 'p.name' },
  filters: {
    resource: (v) => ({ sql: 'a.resource_id = ?', params: [v] }),
    status: (v) => ({ sql: `(CASE WHEN a.status = 'approved' AND a.approved_until < ? THEN 'expired' ELSE a.status END) = ?`, params: [today(), v] }),
  },
  searchable: ['r.name', 'r.code', 'q.name', 'a.purpose'],
  defaultOrder: 'a.created_at DESC',
});

function itemNames(db: Reader, json: Scalar | undefined): string[] | null {
  if (json === null || json === undefined) return null;
  const ids = JSON.parse(String(json)) as string[];
  const names = new Map(db.all<{ id: string; name: string }>(`SELECT id, name FROM data_items WHERE id IN (${ids.map(() => '?').join(',') || "''"})`, ids).map((r) => [r.id, r.name]));
  return ids.map((id) => names.get(id) ?? id);
}

function toRequest(db: Reader, r: Record<string, Scalar>): AccessRequest {
  const s = (k: string) => String(r[k] ?? '');
  return {
    id: s('id'), resourceId: s('resource_id'), resourceCode: s('resource_code'), resourceName: s('resource_name'), providerName: s('provider_name'),
    requesterDeptName: s('requester_dept_name'), requesterName: r.requester_name === null ? null : s('requester_name'),
    itemIds: r.item_ids === null || r.item_ids === undefined ? null : (JSON.parse(String(r.item_ids)) as string[]),
    itemNames: itemNames(db, r.item_ids), purpose: s('purpose'), legalBasis: s('legal_basis'), periodFrom: s('period_from'), periodTo: s('period_to'),
    status: s('effective_status') as AccessRequest['status'], approvedItemIds: r.approved_item_ids === null || r.approved_item_ids === undefined ? null : (JSON.parse(String(r.approved_item_ids)) as string[]),
    approvedItemNames: itemNames(db, r.approved_item_ids),
    approvedUntil: r.approved_until === null ? null : s('approved_until'), reason: s('reason'), createdAt: s('created_at'),
    decidedAt: r.decided_at === null ? null : s('decided_at'),
  };
}

function getRequest(db: Reader, id: string): AccessRequest {
  const row = db.get(`${table().from} WHERE a.id = ?`, [id]);
  if (!row) throw new ApiError('NOT_FOUND');
  return toRequest(db, row);
}

/** 申请取用: the caller's department applies for a published resource of another department. */
export function applyForAccess(ctx: Ctx, input: AccessApply): AccessRequest {
  const user = requireSignedIn(ctx);
  if (!user?.departmentId) throw new ApiError('FORBIDDEN');
  const dept = user.departmentId;
  if (input.periodTo < input.periodFrom) throw bad('periodTo', 'dir.access.periodOrder');
  const id = newId();
  ctx.store.transact({ userId: user.id }, (tx) => {
    const r = tx.get<{ id: string; name: string; status: string; provider_dept_id: string }>('SELECT id, name, status, provider_dept_id FROM resources WHERE id = ?', [input.resourceId]);
    if (!r) throw new ApiError('NOT_FOUND');
    if (r.provider_dept_id === dept) throw bad('resourceId', 'dir.access.ownResource');
    if (r.status !== 'published') throw bad('resourceId', 'dir.access.notApplicable');
    if (input.itemIds) {
      const known = new Set(tx.all<{ id: string }>('SELECT id FROM data_items WHERE resource_id = ?', [r.id]).map((i) => i.id));
      if (!input.itemIds.every((i) => known.has(i))) throw bad('itemIds', 'dir.access.itemsUnknown');
    }
    if (tx.get("SELECT 1 FROM access_requests WHERE resource_id = ? AND requester_dept_id = ? AND status = 'pending'", [r.id, dept])) {
      throw new ApiError('CONFLICT', 'dir.access.alreadyPending');
    }
    tx.insert('access_request', id, {
      resource_id: r.id, requester_dept_id: dept, requester_user_id: user.id, item_ids: input.itemIds ? JSON.stringify(input.itemIds) : null,
      purpose: input.purpose, legal_basis: input.legalBasis, period_from: input.periodFrom, period_to: input.periodTo, status: 'pending',
      approved_item_ids: null, approved_until: null, reason: '', decided_by: null, decided_at: null, created_at: new Date().toISOString(),
    });
    const deptName = tx.get<{ name: string }>('SELECT name FROM departments WHERE id = ?', [dept])?.name ?? '';
    notifyDepartment(tx, r.provider_dept_id, 'dir.notify.accessRequested', { department: deptName, resource: r.name }, id);
  });
  ctx.log.info('access.applied', { id, resource: input.resourceId, by: user.id });
  return getRequest(ctx.store, id);
}

/** The provider department decides: approve (possibly fewer items, a shorter period) or deny with a reason. */
export function decideAccess(ctx: Ctx, input: AccessDecide): AccessRequest {
  const user = requireSignedIn(ctx);
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    const a = tx.get<{ id: string; status: string; item_ids: string | null; period_to: string; requester_user_id: string | null; provider_dept_id: string; resource_id: string; name: string }>(
      'SELECT a.id, a.status, a.item_ids, a.period_to, a.requester_user_id, r.provider_dept_id, a.resource_id, r.name FROM access_requests a JOIN resources r ON r.id = a.resource_id WHERE a.id = ?',
      [input.id],
    );
    if (!a) throw new ApiError('NOT_FOUND');
    if (user && !(user.role === 'registrant' && user.departmentId === a.provider_dept_id)) {
      ctx.log.warn('forbidden', { action: 'access.decide', request: input.id, userId: user.id });
      throw new ApiError('FORBIDDEN', 'dir.access.notProvider');
    }
    if (a.status !== 'pending') throw new ApiError('CONFLICT', 'dir.access.notPending');
    const now = new Date().toISOString();
    if (input.decision === 'deny') {
      if (!input.reason.trim()) throw bad('reason', 'dir.access.reasonRequired');
      tx.update('access_request', a.id, { status: 'denied', reason: input.reason, decided_by: callerUserId(ctx), decided_at: now });
      notify(tx, a.requester_user_id, 'dir.notify.accessDenied', { resource: a.name, reason: input.reason }, a.id);
      return;
    }
    const asked = a.item_ids ? new Set(JSON.parse(a.item_ids) as string[]) : null;
    const items = input.itemIds ?? (asked ? [...asked] : null);
    if (items) {
      const known = new Set(tx.all<{ id: string }>('SELECT id FROM data_items WHERE resource_id = ?', [a.resource_id]).map((i) => i.id));
      if (!items.every((i) => known.has(i) && (asked === null || asked.has(i)))) throw bad('itemIds', 'dir.access.widerThanAsked');
    }
    const until = input.until ?? a.period_to;
    if (until > a.period_to) throw bad('until', 'dir.access.untilBeyondRequest');
    tx.update('access_request', a.id, {
      status: 'approved', approved_item_ids: items ? JSON.stringify(items) : null, approved_until: until, reason: input.reason, decided_by: callerUserId(ctx), decided_at: now,
    });
    notify(tx, a.requester_user_id, 'dir.notify.accessApproved', { resource: a.name, until }, a.id);
  });
  ctx.log.info('access.decided', { id: input.id, decision: input.decision, by: callerUserId(ctx) });
  return getRequest(ctx.store, input.id);
}

function scoped(ctx: Ctx, q: TableQuery, scope: (dept: string) => SqlPart): Page<AccessRequest> {
  const user = requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const where = isCurator(viewer) && !user?.departmentId ? undefined : scope(user?.departmentId ?? '');
  return queryTable(ctx.store, table(), q, (r) => toRequest(ctx.store, r), where);
}

/** Applications made by the caller's department. */
export const myRequests = (ctx: Ctx, q: TableQuery) => scoped(ctx, q, (dept) => ({ sql: 'a.requester_dept_id = ?', params: [dept] }));

/** Applications for the caller's department's resources (all of them for the bureau). */
export function incomingRequests(ctx: Ctx, q: TableQuery): Page<AccessRequest> {
  const viewer = viewerOf(ctx);
  if (isCurator(viewer)) return scoped(ctx, q, () => ({ sql: '1', params: [] }));
  return scoped(ctx, q, (dept) => ({ sql: 'r.provider_dept_id = ?', params: [dept] }));
}
