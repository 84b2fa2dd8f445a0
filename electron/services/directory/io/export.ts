import { newId } from '../../../../shared/model/ids';
import type { DataType, Format, OpenType, ResourceStatus, ShareMethod, ShareType, UpdateCycle } from '../../../../shared/directory/vocab';
import type { Reader } from '../../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../../context';
import { whereOf } from '../../table-sql';
import { resourceTable, ROW_COLUMNS, ROW_FROM } from '../resource-table';
import { accessTo, listScope, viewerOf, type Viewer } from '../visibility';
import { toDcat, type DcatEntry } from './dcat';
import { writeCsv, writeWorkbook, type FileEntry, type FileItem } from './template';

export type ExportFormat = 'xlsx' | 'csv' | 'dcat';

export interface ExportOptions {
  format: ExportFormat;
  /** The directory table's filters (provider, classCode, classKind, format, shareType, …) and search. */
  filters?: Record<string, string>;
  search?: string;
  taskId?: string;
}

interface Row {
  id: string;
  code: string;
  name: string;
  class_code: string;
  class_name: string | null;
  provider_dept_id: string;
  provider_name: string;
  provider_code: string;
  summary: string;
  format: Format;
  share_type: ShareType;
  share_method: ShareMethod | null;
  open_type: OpenType;
  update_cycle: UpdateCycle;
  status: ResourceStatus;
  published_at: string | null;
  updated_at: string;
  share_condition: string;
  open_condition: string;
  related_codes: string;
  source_system: string;
  extra: string;
}

interface ItemRow {
  id: string;
  resource_id: string;
  name: string;
  data_type: DataType;
  length: number | null;
  description: string;
  identifier: string | null;
}

export interface ExportedEntry extends FileEntry {
  className: string | null;
  publishedAt: string | null;
  updatedAt: string;
  restricted: boolean;
}

/**
 * The entries the caller may list (the directory's scope and filters), each as the caller may see
 * it: the negative-list rule is decided by `accessTo`, the same function as `viewFor`, so a
 * restricted entry leaves without its items, extended metadata, conditions, related codes and
 * source system, and a grant for chosen items gives just those items.
 */
export function exportEntries(db: Reader, viewer: Viewer, filters: Record<string, string> = {}, search = ''): ExportedEntry[] {
  const where = whereOf(resourceTable(viewer), { filters, search }, listScope(viewer));
  const rows = db.all<Row>(
    `SELECT ${ROW_COLUMNS}, r.share_condition, r.open_condition, r.related_codes, r.source_system, r.extra ${ROW_FROM}${where.sql} ORDER BY r.code`,
    where.params,
  );
  const itemsOf = new Map<string, ItemRow[]>();
  const items = db.all<ItemRow>(
    `SELECT i.id, i.resource_id, i.name, i.data_type, i.length, i.description, e.identifier
     FROM data_items i LEFT JOIN data_elements e ON e.id = i.element_id
     WHERE i.resource_id IN (SELECT r.id ${ROW_FROM}${where.sql}) ORDER BY i.resource_id, i.position`,
    where.params,
  );
  for (const it of items) {
    const list = itemsOf.get(it.resource_id);
    if (list) list.push(it);
    else itemsOf.set(it.resource_id, [it]);
  }
  const out: ExportedEntry[] = [];
  for (const r of rows) {
    const access = accessTo(db, viewer, r);
    if (!access.visible) continue;
    const base = {
      code: r.code,
      name: r.name,
      classCode: r.class_code,
      className: r.class_name,
      providerCode: r.provider_code,
      providerName: r.provider_name,
      summary: r.summary,
      format: r.format,
      shareType: r.share_type,
      shareMethod: r.share_method,
      openType: r.open_type,
      updateCycle: r.update_cycle,
      status: r.status,
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
    };
    if (!access.full) {
      out.push({ ...base, restricted: true, shareCondition: '', openCondition: '', relatedCodes: [], sourceSystem: '', extra: {}, items: null });
      continue;
    }
    const fileItems: FileItem[] = (itemsOf.get(r.id) ?? [])
      .filter((i) => access.itemIds === null || access.itemIds.has(i.id))
      .map((i) => ({ name: i.name, dataType: i.data_type, length: i.length, description: i.description, elementIdentifier: i.identifier }));
    out.push({
      ...base,
      restricted: false,
      shareCondition: r.share_condition ?? '',
      openCondition: r.open_condition ?? '',
      relatedCodes: JSON.parse(r.related_codes || '[]') as string[],
      sourceSystem: r.source_system ?? '',
      extra: access.itemIds === null ? (JSON.parse(r.extra || '{}') as Record<string, string>) : {},
      items: fileItems,
    });
  }
  return out;
}

const stamp = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/**
 * Exports the directory as the caller may see it: the import template (.xlsx, or .csv with the
 * items inline) so the file imports again, or DCAT JSON-LD of the published open resources.
 */
export async function exportDirectory(ctx: Ctx, opts: ExportOptions): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  requireSignedIn(ctx);
  const taskId = opts.taskId ?? newId();
  const viewer = viewerOf(ctx);
  ctx.events.emit('progress', { taskId, label: 'progress.export', done: 0, total: 2 });
  const entries = exportEntries(ctx.store, viewer, opts.filters ?? {}, opts.search ?? '');
  ctx.events.emit('progress', { taskId, label: 'progress.export', done: 1, total: 2 });
  let out: { fileName: string; bytes: Buffer; count: number };
  if (opts.format === 'dcat') {
    const open: DcatEntry[] = entries.filter((e) => e.openType === 'open' && e.status === 'published' && !e.restricted);
    out = { fileName: `政务数据资源目录-开放-${stamp()}.jsonld`, bytes: Buffer.from(JSON.stringify(toDcat(open), null, 2) + '\n', 'utf8'), count: open.length };
  } else if (opts.format === 'csv') {
    out = { fileName: `政务数据资源目录-${stamp()}.csv`, bytes: writeCsv(entries), count: entries.length };
  } else {
    out = { fileName: `政务数据资源目录-${stamp()}.xlsx`, bytes: await writeWorkbook(entries), count: entries.length };
  }
  ctx.events.emit('progress', { taskId, label: 'progress.export', done: 2, total: 2 });
  ctx.log.info('directory.exported', { format: opts.format, resources: out.count, by: callerUserId(ctx) });
  return out;
}
