import { ApiError } from '../../../shared/api/errors';
import { METHODS_FOR_FORMAT } from '../../../shared/directory/vocab';
import { newId } from '../../../shared/model/ids';
import type { ProjectInput, ProjectView } from '../../../shared/project/project';
import type { ProjectIssue } from '../../../shared/project/validate';
import { nameKey } from '../../../shared/text/normalize';
import type { Tx } from '../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { allocateCode } from '../directory/codes';
import { recordEvent as recordResourceEvent } from '../directory/entries';
import { viewerOf, type Viewer } from '../directory/visibility';
import { allocateProjectCode } from './codes';
import { projectIssues } from './issues';
import { allowedProjectActions, mayDeclareFor } from './permissions';
import { projectView } from './view';

export function refuseIssues(issues: readonly ProjectIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (!errors.length) return;
  throw new ApiError(
    'VALIDATION',
    'errors.VALIDATION',
    { fields: [...new Set(errors.map((i) => i.path))].join(', ') },
    errors.map((i) => ({ path: i.path, key: i.key })),
  );
}

export function recordProjectEvent(tx: Tx, projectId: string, action: string, from: string | null, to: string, comment: string, userId: string | null): void {
  tx.insert('project_event', newId(), { project_id: projectId, action, from_status: from, to_status: to, comment, user_id: userId, at: new Date().toISOString() });
}

/** Replaces a project's child rows, keeping ids of rows that stay (matched by `key`) so history reads well. */
function replaceChildren<T>(tx: Tx, entity: string, table: string, projectId: string, list: readonly T[], key: (t: T) => string, keyColumn: string, fields: (t: T, position: number) => Record<string, string | number | null>): void {
  const existing = new Map(tx.all<{ id: string; k: string }>(`SELECT id, ${keyColumn} AS k FROM ${table} WHERE project_id = ?`, [projectId]).map((r) => [String(r.k), r.id]));
  list.forEach((item, position) => {
    const k = key(item);
    const id = existing.get(k);
    const f = { project_id: projectId, position, ...fields(item, position) };
    if (id) {
      tx.update(entity, id, f);
      existing.delete(k);
    } else tx.insert(entity, newId(), f);
  });
  for (const id of existing.values()) tx.remove(entity, id);
}

/**
 * A promised resource that is not in the directory yet becomes a draft entry of the project's
 * department, with what the project knows; the department completes it (items, conditions)
 * in the directory, where submitting checks every rule of the guide.
 */
function registerPromisedDraft(tx: Tx, departmentId: string, p: ProjectInput['provides'][number], userId: string | null): string {
  const d = p.draft!;
  const id = newId();
  const now = new Date().toISOString();
  tx.insert('resource', id, {
    code: allocateCode(tx, d.classCode),
    name: d.name,
    name_key: nameKey(d.name),
    class_code: d.classCode,
    provider_dept_id: departmentId,
    summary: d.summary,
    format: d.format,
    share_type: p.shareType,
    share_condition: '',
    share_method: p.shareType === 'none' ? null : (d.shareMethod ?? METHODS_FOR_FORMAT[d.format][0] ?? null),
    open_type: p.shareType === 'none' ? 'closed' : d.openType,
    open_condition: '',
    update_cycle: d.updateCycle,
    published_at: null,
    related_codes: '[]',
    source_system: '',
    extra: '{}',
    item_names: '',
    status: 'draft',
    created_by: userId,
    created_at: now,
    updated_at: now,
  });
  recordResourceEvent(tx, id, 'create', null, 'draft', '', userId);
  return id;
}

/** Writes the project's fields and child rows (systems, items, needs, promises). */
export function writeProjectBody(tx: Tx, id: string, input: ProjectInput, userId: string | null): void {
  replaceChildren(tx, 'project_system', 'project_systems', id, input.systems, (s) => s.name, 'name', (s) => ({ name: s.name, functions: JSON.stringify(s.functions) }));
  // Items keyed by name key: the stored name is compared through the same normalisation.
  const itemKeys = new Map(tx.all<{ id: string; name: string }>('SELECT id, name FROM project_items WHERE project_id = ?', [id]).map((r) => [r.id, nameKey(r.name)]));
  const byKey = new Map([...itemKeys].map(([rowId, k]) => [k, rowId]));
  input.dataItems.forEach((item, position) => {
    const f = { project_id: id, position, name: item.name, data_type: item.dataType, length: item.length, description: item.description, element_id: item.elementId };
    const rowId = byKey.get(nameKey(item.name));
    if (rowId) {
      tx.update('project_item', rowId, f);
      byKey.delete(nameKey(item.name));
    } else tx.insert('project_item', newId(), f);
  });
  for (const rowId of byKey.values()) tx.remove('project_item', rowId);
  replaceChildren(tx, 'project_consume', 'project_consumes', id, input.consumes, (c) => c.resourceId, 'resource_id', (c) => ({ resource_id: c.resourceId, purpose: c.purpose }));
  const provides = input.provides.map((p) => ({ resourceId: p.resourceId ?? registerPromisedDraft(tx, input.departmentId, p, userId), shareType: p.shareType }));
  replaceChildren(tx, 'project_provide', 'project_provides', id, provides, (p) => p.resourceId, 'resource_id', (p) => ({ resource_id: p.resourceId, share_type: p.shareType }));
}

/** The projects table's columns for a declaration (the number and status are the workflow's). */
function projectFields(input: ProjectInput) {
  return {
    name: input.name,
    name_key: nameKey(input.name),
    department_id: input.departmentId,
    type: input.type,
    year: input.year,
    budget: input.budget,
    funding_source: input.fundingSource,
    content: input.content,
  };
}

/** Registers a draft project in one transaction (form, import, demo). Returns its id. */
export function insertProject(tx: Tx, viewer: Viewer, userId: string | null, input: ProjectInput): string {
  if (!mayDeclareFor(viewer, input.departmentId)) throw new ApiError('FORBIDDEN', 'proj.rule.notOwnDepartment');
  refuseIssues(projectIssues(tx, input, null));
  const id = newId();
  const now = new Date().toISOString();
  tx.insert('project', id, {
    ...projectFields(input),
    code: allocateProjectCode(tx, input.year),
    status: 'draft',
    submitted_at: null,
    created_by: userId,
    created_at: now,
    updated_at: now,
  });
  writeProjectBody(tx, id, input, userId);
  recordProjectEvent(tx, id, 'create', null, 'draft', '', userId);
  return id;
}

export function checkProject(ctx: Ctx, id: string | null, input: ProjectInput): { issues: ProjectIssue[] } {
  requireSignedIn(ctx);
  return { issues: projectIssues(ctx.store, input, id) };
}

export function createProject(ctx: Ctx, input: ProjectInput): ProjectView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const id = ctx.store.transact({ userId }, (tx) => insertProject(tx, viewer, userId, input));
  ctx.log.info('project.created', { id, by: userId });
  return projectView(ctx.store, viewer, id);
}

export function updateProject(ctx: Ctx, id: string, input: ProjectInput): ProjectView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  ctx.store.transact({ userId }, (tx) => {
    const current = tx.get<{ status: ProjectView['status']; department_id: string; year: number; code: string }>('SELECT status, department_id, year, code FROM projects WHERE id = ?', [id]);
    if (!current) throw new ApiError('NOT_FOUND');
    if (!allowedProjectActions(viewer, current).includes('edit')) {
      ctx.log.warn('forbidden', { action: 'projects.update', project: id, userId });
      throw new ApiError('FORBIDDEN', mayDeclareFor(viewer, current.department_id) ? 'proj.rule.notEditable' : 'proj.rule.notOwnDepartment');
    }
    if (!mayDeclareFor(viewer, input.departmentId)) throw new ApiError('FORBIDDEN', 'proj.rule.notOwnDepartment');
    refuseIssues(projectIssues(tx, input, id));
    tx.update('project', id, { ...projectFields(input), updated_at: new Date().toISOString() });
    writeProjectBody(tx, id, input, userId);
    recordProjectEvent(tx, id, 'update', current.status, current.status, '', userId);
  });
  ctx.log.info('project.updated', { id, by: userId });
  return projectView(ctx.store, viewer, id);
}

