import type { ProjectRow } from '../../../shared/project/project';
import type { Page, TableQuery } from '../../../shared/model/table-query';
import type { Scalar } from '../../../shared/sync/operation';
import { requireSignedIn, type Ctx } from '../context';
import { viewerOf, type Viewer } from '../directory/visibility';
import { queryTable, type SqlPart, type TableSpec } from '../table-sql';
import { VersionCache } from '../version-cache';
import { projectScope, queueStatuses } from './permissions';

const COLUMNS = `p.id, p.code, p.name, p.department_id, d.name AS department_name, p.type, p.year, p.budget, p.funding_source,
  p.status, p.submitted_at, p.updated_at`;

const amount = (v: string): number => {
  const n = Number(v);
  return Number.isFinite(n) ? n : NaN;
};
const none: SqlPart = { sql: '0', params: [] };

/** A run of two or more CJK ideographs (the unified blocks, which NFKC leaves alone). */
const CJK_RUN = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,}$/u;

/**
 * Free-text search: a substring of name, code or content, ASCII letters in any case (LIKE).
 * A fragment of Chinese characters — what people type — takes its candidates from the bigram
 * index (project_fts): every text holding the fragment holds its bigrams side by side in one run,
 * so the phrase of bigrams finds all of them (`+p.rowid` keeps them a filter, so a sort still
 * walks its index and stops at the page). Anything else is one sequential pass over the table in
 * a subquery (cheaper than testing row by row along a sort index when hits are rare). Without
 * ASCII letters instr() is the same test as LIKE, only cheaper; with letters, instr() of the
 * longest part without them (which any match holds verbatim) runs before the LIKE. The result is
 * exactly the substring match whichever way it is found.
 */
function searchPart(text: string): SqlPart {
  const like = `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const part = text.split(/[A-Za-z]+/).reduce((a, b) => ([...b].length > [...a].length ? b : a), '');
  const test = (column: string): SqlPart => {
    if (part === text) return { sql: `instr(${column}, ?) > 0`, params: [text] };
    if ([...part].length >= 2) return { sql: `(instr(${column}, ?) > 0 AND ${column} LIKE ? ESCAPE '\\')`, params: [part, like] };
    return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [like] };
  };
  const substring = (alias: string): SqlPart => {
    const tests = ['name', 'code', 'content'].map((c) => test(`${alias}.${c}`));
    return { sql: `(${tests.map((t) => t.sql).join(' OR ')})`, params: tests.flatMap((t) => t.params) };
  };
  if (!CJK_RUN.test(text)) {
    const inner = substring('x');
    return { sql: `p.rowid IN (SELECT x.rowid FROM projects x WHERE ${inner.sql})`, params: inner.params };
  }
  const chars = [...text];
  const phrase = `"${chars.slice(1).map((c, i) => chars[i]! + c).join(' ')}"`;
  const confirm = substring('p');
  return { sql: `(+p.rowid IN (SELECT rowid FROM project_fts WHERE project_fts MATCH ?) AND ${confirm.sql})`, params: [phrase, ...confirm.params] };
}

/** The register as a DataTable: filters, sorting and paging in SQL, within the viewer's scope. */
export function projectTable(viewer: Viewer): TableSpec {
  return {
    from: `SELECT ${COLUMNS} FROM projects p JOIN departments d ON d.id = p.department_id`,
    columns: {
      code: 'p.code',
      name: 'p.name',
      departmentName: 'd.name',
      type: 'p.type',
      year: 'p.year',
      budget: 'p.budget',
      fundingSource: 'p.funding_source',
      status: 'p.status',
      submittedAt: 'p.submitted_at',
      updatedAt: 'p.updated_at',
    },
    filters: {
      department: (v) => ({ sql: 'p.department_id = ?', params: [v] }),
      year: (v) => (/^\d{4}$/.test(v) ? { sql: 'p.year = ?', params: [Number(v)] } : none),
      budgetMin: (v) => (Number.isNaN(amount(v)) ? none : { sql: 'p.budget >= ?', params: [amount(v)] }),
      budgetMax: (v) => (Number.isNaN(amount(v)) ? none : { sql: 'p.budget <= ?', params: [amount(v)] }),
      /** 项目待审: the statuses the viewer has a step in. */
      queue: (v) => {
        if (v !== '1') return { sql: '1', params: [] };
        const statuses = queueStatuses(viewer);
        return statuses.length ? { sql: `p.status IN (${statuses.map(() => '?').join(',')})`, params: statuses } : none;
      },
      /** 我的项目: the viewer's department's projects. */
      mine: (v) => (v === '1' ? { sql: 'p.department_id = ?', params: [viewer.kind === 'user' ? (viewer.user.departmentId ?? '') : ''] } : { sql: '1', params: [] }),
    },
    searchable: ['p.name', 'p.code', 'p.content'],
    search: searchPart,
    defaultOrder: 'p.code DESC',
    count: { from: 'FROM projects p', unless: /\bd\./ },
    // Sorted by department name, walk departments by name and each one's projects by index
    // (CROSS JOIN fixes that order) instead of sorting the whole register.
    fromForSort: (id) => (id === 'departmentName' ? `SELECT ${COLUMNS} FROM departments d CROSS JOIN projects p ON p.department_id = d.id` : undefined),
  };
}

export function toProjectRow(r: Record<string, Scalar>): ProjectRow {
  const str = (k: string) => String(r[k] ?? '');
  return {
    id: str('id'),
    code: str('code'),
    name: str('name'),
    departmentId: str('department_id'),
    departmentName: str('department_name'),
    type: str('type') as ProjectRow['type'],
    year: Number(r.year),
    budget: Number(r.budget),
    fundingSource: str('funding_source') as ProjectRow['fundingSource'],
    status: str('status') as ProjectRow['status'],
    submittedAt: r.submitted_at === null || r.submitted_at === undefined ? null : String(r.submitted_at),
    updatedAt: str('updated_at'),
  };
}

const counts = new VersionCache<number>(128);

export function listProjects(ctx: Ctx, q: TableQuery): Page<ProjectRow> {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  return queryTable(ctx.store, projectTable(viewer), q, toProjectRow, projectScope(viewer), counts);
}
