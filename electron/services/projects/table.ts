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
    defaultOrder: 'p.code DESC',
    count: { from: 'FROM projects p', unless: /\bd\./ },
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
