import { ApiError } from '../../shared/api/errors';
import type { Page, TableQuery } from '../../shared/model/table-query';
import type { Scalar } from '../../shared/sync/operation';
import type { Reader } from '../store/types';
import type { VersionCache } from './version-cache';

/** A piece of WHERE clause with its parameters. */
export interface SqlPart {
  sql: string;
  params: Scalar[];
}

/**
 * Turns the DataTable's query into SQL over a whitelist: sorting, filtering, searching and
 * paging happen in SQLite, so a page costs the same at 100 rows or 100,000.
 */
export interface TableSpec {
  /** `SELECT … FROM … [JOIN …]` without WHERE/ORDER/LIMIT. */
  from: string;
  /** Public column id → SQL expression; only these may be sorted or (by equality) filtered. */
  columns: Record<string, string>;
  /** Filters that are not plain equality (prefix, derived values): id → SQL. */
  filters?: Record<string, (value: string) => SqlPart>;
  /** Columns a free-text search matches with LIKE … */
  searchable: string[];
  /** … unless the table has an index of its own for searching. */
  search?: (text: string) => SqlPart;
  /** Always-on tie-breaker so paging is stable. */
  defaultOrder: string;
  /**
   * Counting needs no joins when the WHERE clause does not name a joined table: `from` is the
   * cheaper FROM clause, used unless `unless` matches the WHERE clause.
   */
  count?: { from: string; unless: RegExp };
  /** A FROM clause that serves a particular first sort column better (e.g. forcing the join order). */
  fromForSort?: (firstSortId: string | undefined) => string | undefined;
}

const own = <T>(record: Record<string, T> | undefined, id: string): T | undefined =>
  record && Object.hasOwn(record, id) ? record[id] : undefined; // never Object.prototype's members

function unknownField(path: string): ApiError {
  return new ApiError('VALIDATION', 'errors.VALIDATION', { fields: path }, [{ path, key: 'field.unknown' }]);
}

/** The WHERE clause of a query (filters + search + the caller's scope), shared by pages and facets. */
export function whereOf(spec: TableSpec, q: Pick<TableQuery, 'filters' | 'search'>, scope?: SqlPart): SqlPart {
  const where: string[] = [];
  const params: Scalar[] = [];
  const add = (part: SqlPart) => {
    where.push(part.sql);
    params.push(...part.params);
  };
  if (scope) add(scope);
  for (const [id, value] of Object.entries(q.filters)) {
    const custom = own(spec.filters, id);
    const expr = own(spec.columns, id);
    if (!custom && !expr) throw unknownField(`filters.${id}`);
    if (value === '') continue;
    add(custom ? custom(value) : { sql: `${expr} = ?`, params: [value] });
  }
  const search = q.search.trim();
  if (search) {
    if (spec.search) add(spec.search(search));
    else {
      const like = `%${search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      add({ sql: `(${spec.searchable.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, params: spec.searchable.map(() => like) });
    }
  }
  return { sql: where.length ? ` WHERE ${where.join(' AND ')}` : '', params };
}

export function queryTable<T>(
  db: Reader,
  spec: TableSpec,
  q: TableQuery,
  mapRow: (row: Record<string, Scalar>) => T,
  scope?: SqlPart,
  counts?: VersionCache<number>,
): Page<T> {
  const where = whereOf(spec, q, scope);
  const order = q.sort.map((s, i) => {
    const expr = own(spec.columns, s.id);
    if (!expr) throw unknownField(`sort.${i}.id`);
    return `${expr} ${s.desc ? 'DESC' : 'ASC'}`;
  });
  order.push(spec.defaultOrder);
  const countSql = spec.count && !spec.count.unless.test(where.sql) ? `SELECT COUNT(*) AS n ${spec.count.from}${where.sql}` : `SELECT COUNT(*) AS n FROM (${spec.from}${where.sql})`;
  const count = () => db.get<{ n: number }>(countSql, where.params)?.n ?? 0;
  // Scrolling asks for page after page of the same query: count it once per data version.
  const total = counts ? counts.get(db, JSON.stringify([countSql, where.params]), count) : count();
  const from = spec.fromForSort?.(q.sort[0]?.id) ?? spec.from;
  const rows = db.all(`${from}${where.sql} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`, [...where.params, q.limit, q.offset]);
  return { rows: rows.map(mapRow), total };
}
