import type { DataType, ShareType } from '../../../../shared/directory/vocab';
import { newId } from '../../../../shared/model/ids';
import type { Reader } from '../../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../../context';
import { viewerOf, type Viewer } from '../../directory/visibility';
import { whereOf, type SqlPart } from '../../table-sql';
import { projectScope } from '../permissions';
import { projectTable, toProjectRow } from '../table';
import { writeDeclaration, writeProjectCsv, type FileProject } from './template';

export interface ProjectExportOptions {
  format: 'xlsx' | 'csv';
  /** The register's filters (department, type, year, status, budgetMin, budgetMax, queue, mine) and search, as `projects.list` takes them. */
  filters?: Record<string, string>;
  search?: string;
  taskId?: string;
}

type Child<T> = T & { project_id: string };

/** Child rows of the listed projects, grouped by project, in their order. */
function byProject<T>(db: Reader, sql: string, ids: SqlPart): Map<string, Child<T>[]> {
  const out = new Map<string, Child<T>[]>();
  for (const row of db.all<Child<T>>(sql.replace('$IDS', ids.sql), ids.params)) {
    const list = out.get(row.project_id);
    if (list) list.push(row);
    else out.set(row.project_id, [row]);
  }
  return out;
}

/**
 * The projects the caller may list, with the register's filters and search (the same
 * `projectTable` + `projectScope` as `projects.list`, so a department exports only its own), each
 * with its systems, data items, needs and promises as the declaration sheet holds them.
 */
export function exportedProjects(db: Reader, viewer: Viewer, filters: Record<string, string> = {}, search = ''): FileProject[] {
  const spec = projectTable(viewer);
  const where = whereOf(spec, { filters, search }, projectScope(viewer));
  const rows = db.all<Record<string, string | number | null>>(`${spec.from}${where.sql} ORDER BY p.code`, where.params);
  const ids = { sql: `SELECT id FROM (${spec.from}${where.sql})`, params: where.params };
  const content = byProject<{ content: string }>(db, 'SELECT id AS project_id, content FROM projects WHERE id IN ($IDS)', ids);
  const systems = byProject<{ name: string; functions: string }>(db, 'SELECT project_id, name, functions FROM project_systems WHERE project_id IN ($IDS) ORDER BY project_id, position', ids);
  const items = byProject<{ name: string; data_type: DataType; length: number | null; description: string; identifier: string | null }>(
    db,
    'SELECT i.project_id, i.name, i.data_type, i.length, i.description, e.identifier FROM project_items i LEFT JOIN data_elements e ON e.id = i.element_id WHERE i.project_id IN ($IDS) ORDER BY i.project_id, i.position',
    ids,
  );
  const resourceRows = (table: string, extra: string) =>
    `SELECT x.project_id, ${extra}, r.code, r.name FROM ${table} x LEFT JOIN resources r ON r.id = x.resource_id WHERE x.project_id IN ($IDS) ORDER BY x.project_id, x.position`;
  const consumes = byProject<{ purpose: string; code: string | null; name: string | null }>(db, resourceRows('project_consumes', 'x.purpose'), ids);
  const provides = byProject<{ share_type: ShareType; code: string | null; name: string | null }>(db, resourceRows('project_provides', 'x.share_type'), ids);
  return rows.map((r) => {
    const p = toProjectRow(r);
    return {
      code: p.code,
      name: p.name,
      department: p.departmentName,
      type: p.type,
      year: p.year,
      budget: p.budget,
      fundingSource: p.fundingSource,
      content: content.get(p.id)?.[0]?.content ?? '',
      status: p.status,
      systems: (systems.get(p.id) ?? []).map((s) => ({ name: s.name, functions: JSON.parse(s.functions || '[]') as string[] })),
      dataItems: (items.get(p.id) ?? []).map((i) => ({ name: i.name, dataType: i.data_type, length: i.length, description: i.description, elementIdentifier: i.identifier })),
      consumes: (consumes.get(p.id) ?? []).map((c) => ({ code: c.code ?? '', name: c.name ?? '', purpose: c.purpose })),
      provides: (provides.get(p.id) ?? []).map((x) => ({ code: x.code ?? '', name: x.name ?? '', shareType: x.share_type })),
    };
  });
}

const stamp = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/**
 * Exports the register as the caller may list it: the declaration workbook (.xlsx, the template's
 * layout plus 项目编号 and 状态, so the file imports again) or one CSV row per project.
 */
export async function exportProjects(ctx: Ctx, opts: ProjectExportOptions): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  requireSignedIn(ctx);
  const taskId = opts.taskId ?? newId();
  const progress = (done: number) => ctx.events.emit('progress', { taskId, label: 'proj.progress.export', done, total: 2 });
  progress(0);
  const projects = exportedProjects(ctx.store, viewerOf(ctx), opts.filters ?? {}, opts.search ?? '');
  progress(1);
  const bytes = opts.format === 'csv' ? writeProjectCsv(projects) : await writeDeclaration(projects, true);
  progress(2);
  ctx.log.info('projects.exported', { format: opts.format, projects: projects.length, by: callerUserId(ctx) });
  return { fileName: `信息化项目-${stamp()}.${opts.format}`, bytes, count: projects.length };
}
