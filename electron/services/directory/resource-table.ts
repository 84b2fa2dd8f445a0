import type { ResourceRow } from '../../../shared/directory/resource';
import { searchTokens } from '../../../shared/text/normalize';
import type { Scalar } from '../../../shared/sync/operation';
import type { SqlPart, TableSpec } from '../table-sql';
import { itemsVisibleSql, type Viewer } from './visibility';

export const ROW_COLUMNS = `r.id, r.code, r.name, r.class_code, c.name AS class_name, r.provider_dept_id, d.name AS provider_name,
  d.code AS provider_code, r.summary, r.format, r.share_type, r.share_method, r.open_type, r.update_cycle, r.status,
  r.published_at, r.updated_at`;
export const ROW_FROM = `FROM resources r JOIN departments d ON d.id = r.provider_dept_id LEFT JOIN classifications c ON c.id = r.class_code`;

/** FTS4 query text: every token must occur (AND); a lone character matches as a prefix of bigrams. */
export function ftsQuery(text: string, column?: 'basic' | 'items'): string | null {
  const tokens = [...new Set(searchTokens(text))];
  if (tokens.length === 0) return null;
  const prefix = column ? `${column}:` : '';
  return tokens.map((t) => (tokens.length === 1 && [...t].length === 1 ? `${prefix}${t}*` : `${prefix}${t}`)).join(' ');
}

/**
 * Full-text search: names and summaries for everyone, data-item names only where the viewer may
 * see the items (a hit must not reveal what a non-public resource holds).
 */
function searchPart(viewer: Viewer, text: string): SqlPart {
  const basic = ftsQuery(text, 'basic');
  const all = ftsQuery(text);
  if (!basic || !all) return { sql: '0', params: [] };
  const items = itemsVisibleSql(viewer);
  // Curators see every item: one match over all columns is enough.
  if (items.sql === '1') return { sql: 'r.rowid IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?)', params: [all] };
  return {
    sql: `(r.rowid IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?)
           OR (r.rowid IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?) AND ${items.sql}))`,
    params: [basic, all, ...items.params],
  };
}

export function resourceTable(viewer: Viewer): TableSpec {
  return {
    from: `SELECT ${ROW_COLUMNS} ${ROW_FROM}`,
    columns: {
      code: 'r.code',
      name: 'r.name',
      providerName: 'd.name',
      classCode: 'r.class_code',
      format: 'r.format',
      shareType: 'r.share_type',
      openType: 'r.open_type',
      updateCycle: 'r.update_cycle',
      status: 'r.status',
      updatedAt: 'r.updated_at',
      publishedAt: 'r.published_at',
    },
    filters: {
      provider: (v) => ({ sql: 'r.provider_dept_id = ?', params: [v] }),
      classCode: (v) => ({ sql: "r.class_code LIKE ? ESCAPE '\\'", params: [`${v.replace(/[\\%_]/g, (c) => '\\' + c)}%`] }),
      classKind: (v) => ({ sql: 'substr(r.class_code, 1, 1) = ?', params: [{ base: '1', theme: '2', dept: '3' }[v] ?? '-'] }),
    },
    searchable: [],
    search: (text) => searchPart(viewer, text),
    defaultOrder: 'r.code ASC',
    count: { from: 'FROM resources r', unless: /\b[dc]\./ },
    // Sorted by provider name, walk departments by name and each one's entries by index
    // (CROSS JOIN fixes that order) instead of sorting all 100,000 rows.
    fromForSort: (id) =>
      id === 'providerName'
        ? `SELECT ${ROW_COLUMNS} FROM departments d CROSS JOIN resources r ON r.provider_dept_id = d.id LEFT JOIN classifications c ON c.id = r.class_code`
        : undefined,
  };
}

export function toResourceRow(r: Record<string, Scalar>): ResourceRow {
  const str = (k: string) => String(r[k] ?? '');
  const opt = (k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
  return {
    id: str('id'),
    code: str('code'),
    name: str('name'),
    classCode: str('class_code'),
    className: opt('class_name'),
    providerDeptId: str('provider_dept_id'),
    providerName: str('provider_name'),
    providerCode: str('provider_code'),
    summary: str('summary'),
    format: str('format') as ResourceRow['format'],
    shareType: str('share_type') as ResourceRow['shareType'],
    shareMethod: opt('share_method') as ResourceRow['shareMethod'],
    openType: str('open_type') as ResourceRow['openType'],
    updateCycle: str('update_cycle') as ResourceRow['updateCycle'],
    status: str('status') as ResourceRow['status'],
    publishedAt: opt('published_at'),
    updatedAt: str('updated_at'),
  };
}
