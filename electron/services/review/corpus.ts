import type { Reader } from '../../store/types';

/**
 * The duplicate engine reads projects and resources in the bureau's exchange format (the format of
 * the labelled dev set, so any labelled history can be measured too). These adapt the console's
 * records to it. Resource identity in the engine is its code; projects keep their ids.
 */
export type { DataItem as CorpusItem, Project as CorpusProject, Resource as CorpusResource } from '../../../shared/dedupe/types';
import type { Project as CorpusProject, Resource as CorpusResource } from '../../../shared/dedupe/types';

const SHARE: Record<string, string> = { unconditional: '无条件共享', conditional: '有条件共享', none: '不予共享' };
const OPEN: Record<string, string> = { open: '开放', conditional: '有条件开放', closed: '不开放' };

/** Projects another project may duplicate: declared and later, not drafts or refused ones. */
export const COMPARED_PROJECT_STATUSES = ['submitted', 'sharing_review', 'returned', 'approved', 'filed', 'building', 'acceptance', 'operating'];

const byId = <T extends { id: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(r.id) ?? m.set(r.id, []).get(r.id)!).push(r);
  return m;
};

/** Projects as the engine reads them; `ids` limits the load (a refresh), else every compared project. */
export function loadProjects(db: Reader, ids?: readonly string[]): CorpusProject[] {
  const where = ids ? `p.id IN (${ids.map(() => '?').join(',')})` : `p.status IN (${COMPARED_PROJECT_STATUSES.map(() => '?').join(',')})`;
  const params = ids ? [...ids] : COMPARED_PROJECT_STATUSES;
  if (ids && ids.length === 0) return [];
  const projects = db.all<{ id: string; name: string; department: string; year: number; budget: number; content: string }>(
    `SELECT p.id, p.name, d.name AS department, p.year, p.budget, p.content FROM projects p JOIN departments d ON d.id = p.department_id WHERE ${where}`,
    params,
  );
  if (projects.length === 0) return [];
  const scope = ids ? `WHERE x.project_id IN (${ids.map(() => '?').join(',')})` : '';
  const scopeParams = ids ? [...ids] : [];
  const systems = byId(db.all<{ id: string; name: string; functions: string }>(`SELECT x.project_id AS id, x.name, x.functions FROM project_systems x ${scope} ORDER BY x.project_id, x.position`, scopeParams));
  const items = byId(db.all<{ id: string; name: string; data_type: string; length: number | null }>(`SELECT x.project_id AS id, x.name, x.data_type, x.length FROM project_items x ${scope} ORDER BY x.project_id, x.position`, scopeParams));
  const consumes = byId(
    db.all<{ id: string; code: string }>(`SELECT x.project_id AS id, r.code FROM project_consumes x JOIN resources r ON r.id = x.resource_id ${scope} ORDER BY x.project_id, x.position`, scopeParams),
  );
  return projects.map((p) => ({
    id: p.id,
    name: p.name,
    department: p.department,
    year: p.year,
    budgetWan: p.budget,
    description: p.content,
    systems: (systems.get(p.id) ?? []).map((s) => ({ name: s.name, functions: JSON.parse(s.functions) as string[] })),
    dataItems: (items.get(p.id) ?? []).map((i) => ({ name: i.name, type: i.data_type, length: i.length ?? 0 })),
    consumes: (consumes.get(p.id) ?? []).map((c) => c.code),
  }));
}

/** The engine's category of a classification code: 基础库/<base library>, 主题库/<theme>, or 部门库. */
export function categoryOf(classCode: string, names: ReadonlyMap<string, string>): string {
  const top = classCode.slice(0, 3);
  if (classCode.startsWith('1')) return `基础库/${names.get(top) ?? top}`;
  if (classCode.startsWith('2')) return `主题库/${names.get(top) ?? top}`;
  return '部门库';
}

/** Published resources as the engine reads them; `ids` limits the load (a refresh). */
export function loadResources(db: Reader, ids?: readonly string[]): CorpusResource[] {
  if (ids && ids.length === 0) return [];
  const names = new Map(db.all<{ id: string; name: string }>('SELECT id, name FROM classifications').map((c) => [c.id, c.name]));
  const where = ids ? `r.id IN (${ids.map(() => '?').join(',')}) AND r.status = 'published'` : "r.status = 'published'";
  const rows = db.all<{ id: string; code: string; name: string; department: string; class_code: string; summary: string; share_type: string; open_type: string }>(
    `SELECT r.id, r.code, r.name, d.name AS department, r.class_code, r.summary, r.share_type, r.open_type FROM resources r JOIN departments d ON d.id = r.provider_dept_id WHERE ${where}`,
    ids ? [...ids] : [],
  );
  if (rows.length === 0) return [];
  const scope = ids ? `WHERE i.resource_id IN (${ids.map(() => '?').join(',')})` : "JOIN resources r2 ON r2.id = i.resource_id AND r2.status = 'published'";
  const items = byId(db.all<{ id: string; name: string; data_type: string; length: number | null }>(`SELECT i.resource_id AS id, i.name, i.data_type, i.length FROM data_items i ${scope} ORDER BY i.resource_id, i.position`, ids ? [...ids] : []));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    department: r.department,
    category: categoryOf(r.class_code, names),
    summary: r.summary,
    shareType: SHARE[r.share_type] ?? r.share_type,
    openType: OPEN[r.open_type] ?? r.open_type,
    dataItems: (items.get(r.id) ?? []).map((i) => ({ name: i.name, type: i.data_type, length: i.length ?? 0 })),
  }));
}
