import { WORKFLOW, EDITABLE_STATUSES, type ProjectAction, type ProjectStatus, type StepOwner } from '../../../shared/project/workflow';
import type { SqlPart } from '../table-sql';
import type { Viewer } from '../directory/visibility';

/**
 * Who may see and do what to a project, decided here and nowhere else. Bureau staff, auditors and
 * administrators see the whole register; a department sees its own projects only (budgets and
 * plans are not published to other departments).
 */
export const isBureau = (v: Viewer) => v.kind === 'system' || v.user.role === 'admin' || v.user.role === 'bureau';
export const isAuditor = (v: Viewer) => v.kind === 'system' || v.user.role === 'auditor';
const seesAll = (v: Viewer) => v.kind === 'system' || ['admin', 'bureau', 'auditor'].includes(v.user.role);

/** A registrant of the project's own department. */
export const isOwnRegistrant = (v: Viewer, departmentId: string) =>
  v.kind === 'user' && v.user.role === 'registrant' && v.user.departmentId === departmentId;

export function maySee(v: Viewer, departmentId: string): boolean {
  return seesAll(v) || (v.kind === 'user' && v.user.departmentId === departmentId);
}

/** Rows of `projects p` the viewer may list. */
export function projectScope(v: Viewer): SqlPart | undefined {
  if (seesAll(v)) return undefined;
  return { sql: 'p.department_id = ?', params: [v.kind === 'user' ? (v.user.departmentId ?? '') : ''] };
}

/** May the viewer declare or edit projects of this department at all? */
export function mayDeclareFor(v: Viewer, departmentId: string): boolean {
  return isBureau(v) || isOwnRegistrant(v, departmentId);
}

function mayTakeStep(v: Viewer, by: StepOwner, departmentId: string): boolean {
  if (by === 'department') return mayDeclareFor(v, departmentId);
  if (by === 'bureau') return isBureau(v);
  return isAuditor(v);
}

export type ProjectCan = ProjectAction | 'edit' | 'attach' | 'except';

/** What the viewer may do to a project now (workflow steps, editing, attaching, gate exceptions). */
export function allowedProjectActions(v: Viewer, p: { status: ProjectStatus; department_id: string }): ProjectCan[] {
  const out: ProjectCan[] = [];
  const mine = mayDeclareFor(v, p.department_id);
  if (mine && EDITABLE_STATUSES.includes(p.status)) out.push('edit');
  if (mine && p.status !== 'rejected' && p.status !== 'operating') out.push('attach');
  for (const [action, step] of Object.entries(WORKFLOW) as [ProjectAction, (typeof WORKFLOW)[ProjectAction]][]) {
    if (step.from.includes(p.status) && mayTakeStep(v, step.by, p.department_id)) out.push(action);
  }
  if (isAuditor(v) && (p.status === 'building' || p.status === 'acceptance')) out.push('except');
  return out;
}

/** Statuses an auditor or bureau member has work in (项目待审). */
export function queueStatuses(v: Viewer): ProjectStatus[] {
  const out = new Set<ProjectStatus>();
  if (isBureau(v)) out.add('submitted');
  if (isAuditor(v)) ['sharing_review', 'acceptance'].forEach((s) => out.add(s as ProjectStatus));
  return [...out];
}
