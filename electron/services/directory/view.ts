import { ApiError } from '../../../shared/api/errors';
import type { DataItem, ResourceView } from '../../../shared/directory/resource';
import type { DataType, ResourceStatus } from '../../../shared/directory/vocab';
import type { Reader } from '../../store/types';
import { requireSignedIn, type Ctx } from '../context';
import { allowedActions } from './permissions';
import { ROW_COLUMNS, ROW_FROM, toResourceRow } from './resource-table';
import { accessTo, departmentOf, isCurator, today, viewerOf, type Viewer } from './visibility';

interface FullRow extends Record<string, string | number | null> {
  id: string;
  status: ResourceStatus;
  share_type: string;
  provider_dept_id: string;
}

export function findResource(db: Reader, ref: string): FullRow | undefined {
  return db.get<FullRow>(
    `SELECT ${ROW_COLUMNS}, r.share_condition, r.open_condition, r.related_codes, r.source_system, r.extra ${ROW_FROM} WHERE r.id = ? OR r.code = ?`,
    [ref, ref],
  );
}

function itemsOf(db: Reader, resourceId: string): DataItem[] {
  return db
    .all<{ id: string; position: number; name: string; data_type: DataType; length: number | null; description: string; element_id: string | null; element_name: string | null }>(
      `SELECT i.id, i.position, i.name, i.data_type, i.length, i.description, i.element_id, e.name AS element_name
       FROM data_items i LEFT JOIN data_elements e ON e.id = i.element_id WHERE i.resource_id = ? ORDER BY i.position`,
      [resourceId],
    )
    .map((i) => ({ id: i.id, position: i.position, name: i.name, dataType: i.data_type, length: i.length, description: i.description, elementId: i.element_id, elementName: i.element_name }));
}

function historyOf(db: Reader, resourceId: string) {
  return db
    .all<{ id: string; action: string; from_status: ResourceStatus | null; to_status: ResourceStatus; comment: string; user_name: string | null; at: string }>(
      `SELECT e.id, e.action, e.from_status, e.to_status, e.comment, u.display_name AS user_name, e.at
       FROM resource_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.resource_id = ? ORDER BY e.at, e.rowid`,
      [resourceId],
    )
    .map((e) => ({ id: e.id, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, comment: e.comment, userName: e.user_name, at: e.at }));
}

/** Departments holding an approved, unexpired grant ("who uses it"). */
function consumersOf(db: Reader, resourceId: string) {
  return db
    .all<{ department: string; until: string; items: string | null }>(
      `SELECT d.name AS department, a.approved_until AS until, a.approved_item_ids AS items FROM access_requests a
       JOIN departments d ON d.id = a.requester_dept_id WHERE a.resource_id = ? AND a.status = 'approved' AND a.approved_until >= ? ORDER BY d.name`,
      [resourceId, today()],
    )
    .map((c) => ({ department: c.department, until: c.until, items: c.items === null ? null : (JSON.parse(c.items) as string[]).length }));
}

/**
 * One resource as this viewer may see it. Under the negative-list rule the restricted view is
 * built without reading items, extended metadata or conditions at all, so nothing can leak.
 */
export function viewFor(db: Reader, viewer: Viewer, ref: string): ResourceView {
  const row = findResource(db, ref);
  if (!row) throw new ApiError('NOT_FOUND');
  const access = accessTo(db, viewer, row);
  if (!access.visible) throw new ApiError('NOT_FOUND');
  const base = toResourceRow(row);
  const can = allowedActions(viewer, row);
  const consumers = isCurator(viewer) || departmentOf(viewer) === row.provider_dept_id ? consumersOf(db, row.id) : [];
  if (!access.full) {
    return { ...base, restricted: true, shareCondition: null, openCondition: null, relatedCodes: [], sourceSystem: null, extra: null, items: null, history: historyOf(db, row.id), consumers, can };
  }
  const items = itemsOf(db, row.id).filter((i) => access.itemIds === null || access.itemIds.has(i.id));
  return {
    ...base,
    restricted: false,
    shareCondition: String(row.share_condition ?? ''),
    openCondition: String(row.open_condition ?? ''),
    relatedCodes: JSON.parse(String(row.related_codes ?? '[]')) as string[],
    sourceSystem: String(row.source_system ?? ''),
    extra: access.itemIds === null ? (JSON.parse(String(row.extra ?? '{}')) as Record<string, string>) : null,
    items,
    history: historyOf(db, row.id),
    consumers,
    can,
  };
}

export function getResource(ctx: Ctx, ref: string): ResourceView {
  requireSignedIn(ctx);
  return viewFor(ctx.store, viewerOf(ctx), ref);
}
