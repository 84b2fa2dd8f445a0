import type { FACET_DIMENSIONS } from '../../../shared/api/directory-contract';
import type { ResourceRow } from '../../../shared/directory/resource';
import type { Page, TableQuery } from '../../../shared/model/table-query';
import { requireSignedIn, type Ctx } from '../context';
import { queryTable, whereOf } from '../table-sql';
import { VersionCache } from '../version-cache';
import { resourceTable, ROW_FROM, toResourceRow } from './resource-table';
import { listScope, viewerOf } from './visibility';

type Dimension = (typeof FACET_DIMENSIONS)[number];

/** Directory rows the caller may list: catalog entry and basic metadata only, sorted and paged in SQL. */
export function listResources(ctx: Ctx, q: TableQuery): Page<ResourceRow> {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  return queryTable(ctx.store, resourceTable(viewer), q, toResourceRow, listScope(viewer), listCounts);
}

const listCounts = new VersionCache<number>(256);

const DIMENSIONS: Record<Dimension, { filter: string; expr: string; label?: string }> = {
  provider: { filter: 'provider', expr: 'r.provider_dept_id', label: 'd.name' },
  classKind: { filter: 'classKind', expr: "CASE substr(r.class_code, 1, 1) WHEN '1' THEN 'base' WHEN '2' THEN 'theme' ELSE 'dept' END" },
  format: { filter: 'format', expr: 'r.format' },
  shareType: { filter: 'shareType', expr: 'r.share_type' },
  openType: { filter: 'openType', expr: 'r.open_type' },
  updateCycle: { filter: 'updateCycle', expr: 'r.update_cycle' },
  status: { filter: 'status', expr: 'r.status' },
};

/**
 * Facet counts: for each dimension, how many rows each value would give with the other filters
 * applied (a dimension's own filter is left out, so its alternatives stay visible).
 */
export function directoryFacets(ctx: Ctx, q: Pick<TableQuery, 'filters' | 'search'>) {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const spec = resourceTable(viewer);
  const scope = listScope(viewer);
  const key = JSON.stringify([scope?.params ?? null, isCuratorKey(ctx), q.filters, q.search.trim()]);
  return facetCache.get(ctx.store, key, () => {
    const out = {} as Record<Dimension, { value: string; count: number }[]>;
    for (const [dim, def] of Object.entries(DIMENSIONS) as [Dimension, (typeof DIMENSIONS)[Dimension]][]) {
      const filters = Object.fromEntries(Object.entries(q.filters).filter(([id]) => id !== def.filter));
      const where = whereOf(spec, { filters, search: q.search }, scope);
      // Counting needs no joins unless a filter names a joined column; GROUP BY then walks an index.
      const from = /\b[dc]\./.test(where.sql) ? ROW_FROM : 'FROM resources r';
      const rows = ctx.store.all<{ value: string; count: number }>(
        `SELECT ${def.expr} AS value, COUNT(*) AS count ${from}${where.sql} GROUP BY 1 ORDER BY count DESC, value LIMIT 200`,
        where.params,
      );
      out[dim] = rows.map((r) => ({ value: String(r.value), count: r.count }));
    }
    return out;
  });
}

const facetCache = new VersionCache<Record<Dimension, { value: string; count: number }[]>>();
const isCuratorKey = (ctx: Ctx) => (ctx.caller.kind === 'user' ? `${ctx.caller.user.role}:${ctx.caller.user.departmentId}` : 'system');
