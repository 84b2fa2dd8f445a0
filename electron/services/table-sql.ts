import { ApiError } from '../../shared/api/errors';
import type { Page, TableQuery } from '../../shared/model/table-query';
import type { Scalar } from '../../shared/sync/operation';
import type { Reader } from '../store/types';

/**
 * Turns the DataTable's query into SQL over a whitelist: sorting, filtering, searching and
 * paging happen in SQLite, so a page costs the same at 100 rows or 100,000.
 */
export interface TableSpec {
  /** `SELECT … FROM … [JOIN …]` without WHERE/ORDER/LIMIT. */
  from: string;
  /** Public column id → SQL expression; only these may be sorted or filtered. */
  columns: Record<string, string>;
  /** Columns a free-text search matches with LIKE. */
  searchable: string[];
  /** Always-on tie-breaker so paging is stable. */
  defaultOrder: string;
}

export function queryTable<T>(db: Reader, spec: TableSpec, q: TableQuery, mapRow: (row: Record<string, Scalar>) => T): Page<T> {
  const where: string[] = [];
  const params: Scalar[] = [];
  // Own properties only: 'constructor' or '__proto__' must not find Object.prototype's members.
  const column = (id: string) => (Object.hasOwn(spec.columns, id) ? spec.columns[id] : undefined);
  for (const [id, value] of Object.entries(q.filters)) {
    const expr = column(id);
    if (!expr) throw new ApiError('VALIDATION', 'errors.VALIDATION', { fields: `filters.${id}` }, [{ path: `filters.${id}`, key: 'field.unknown' }]);
    if (value === '') continue;
    where.push(`${expr} = ?`);
    params.push(value);
  }
  const search = q.search.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    where.push(`(${spec.searchable.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < spec.searchable.length; i++) params.push(like);
  }
  const order = q.sort.map((s, i) => {
    const expr = column(s.id);
    if (!expr) throw new ApiError('VALIDATION', 'errors.VALIDATION', { fields: `sort.${i}.id` }, [{ path: `sort.${i}.id`, key: 'field.unknown' }]);
    return `${expr} COLLATE NOCASE ${s.desc ? 'DESC' : 'ASC'}`;
  });
  order.push(spec.defaultOrder);
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${spec.from}${whereSql})`, params)?.n ?? 0;
  const rows = db.all(`${spec.from}${whereSql} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
  return { rows: rows.map(mapRow), total };
}
