/** The city-wide views' shared pieces: who may see the scan, and paging derived rows in JS. */

import { ApiError } from '../../../shared/api/errors';
import type { TableQuery } from '../../../shared/model/table-query';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { isCurator, viewerOf, type Viewer } from '../directory/visibility';
import { engineConfigured } from './engine-host';

// ————————————————————————————————————————————————— who may

export const mayScan = (v: Viewer) => isCurator(v);

export function requireScanRole(ctx: Ctx, action: string): Viewer {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  if (!mayScan(viewer)) {
    ctx.log.warn('forbidden', { action, userId: callerUserId(ctx) });
    throw new ApiError('FORBIDDEN');
  }
  return viewer;
}

export function requireEngine(): void {
  if (!engineConfigured()) throw new ApiError('CONFLICT', 'review.rule.engineUnavailable');
}

// ————————————————————————————————————————————————— pages in JS

export type Key = string | number;

export function unknownField(path: string): ApiError {
  return new ApiError('VALIDATION', 'errors.VALIDATION', { fields: path }, [{ path, key: 'field.unknown' }]);
}

export const own = (record: Record<string, unknown>, id: string) => Object.hasOwn(record, id);

/**
 * Sorting, filtering and paging of a derived list, with the same rules as the SQL tables: unknown
 * sort or filter ids are refused naming the field; ties fall back to the default order.
 */
export function pageOf<T>(
  rows: readonly T[],
  q: TableQuery,
  spec: {
    sorts: Record<string, (r: T) => Key>;
    filters: Record<string, (r: T, value: string) => boolean>;
    search: (r: T) => string;
    defaultSort: { id: string; desc: boolean }[];
  },
): { rows: T[]; total: number } {
  const all = selectRows(rows, q, spec);
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

export function selectRows<T>(
  rows: readonly T[],
  q: Pick<TableQuery, 'sort' | 'filters' | 'search'>,
  spec: { sorts: Record<string, (r: T) => Key>; filters: Record<string, (r: T, value: string) => boolean>; search: (r: T) => string; defaultSort: { id: string; desc: boolean }[] },
): T[] {
  const sort = [...q.sort, ...spec.defaultSort];
  sort.forEach((s, i) => {
    if (!own(spec.sorts, s.id)) throw unknownField(`sort.${i}.id`);
  });
  const filters = Object.entries(q.filters).filter(([, v]) => v !== '');
  for (const [id] of filters) if (!own(spec.filters, id)) throw unknownField(`filters.${id}`);
  const needle = q.search.trim().normalize('NFKC').toLowerCase();
  const out = rows.filter((r) => filters.every(([id, v]) => spec.filters[id]!(r, v)) && (!needle || spec.search(r).toLowerCase().includes(needle)));
  const keys = sort.map((s) => ({ get: spec.sorts[s.id]!, dir: s.desc ? -1 : 1 }));
  return out.sort((a, b) => {
    for (const k of keys) {
      const x = k.get(a);
      const y = k.get(b);
      if (x === y) continue;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (c !== 0) return c * k.dir;
    }
    return 0;
  });
}

export const collator = new Intl.Collator('zh-CN');
