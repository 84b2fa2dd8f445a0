import { ApiError } from '../../../shared/api/errors';
import type { ProjectView } from '../../../shared/project/project';
import { nextStatus, WORKFLOW, type ProjectAction, type ProjectStatus } from '../../../shared/project/workflow';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { notify } from '../directory/notifications';
import { viewerOf, type Viewer } from '../directory/visibility';
import type { Tx } from '../../store/types';
import { filingThreshold } from './config';
import { acceptanceGate } from './gate';
import { allowedProjectActions, isAuditor, maySee } from './permissions';
import { recordProjectEvent } from './records';
import { projectView } from './view';

const NOTICE: Partial<Record<ProjectStatus, string>> = { returned: 'proj.notify.returned', rejected: 'proj.notify.rejected', approved: 'proj.notify.approved', filed: 'proj.notify.filed', operating: 'proj.notify.accepted' };

/**
 * Moves a project one step: only the role the step belongs to, from the statuses it starts in,
 * with a comment (required to send back or refuse); recorded in the timeline and the audit log.
 * Acceptance passes only through the gate.
 */
export function transitionProject(ctx: Ctx, id: string, action: ProjectAction, comment: string): ProjectView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  ctx.store.transact({ userId }, (tx) => applyTransition(tx, { store: ctx.store, viewer, userId, log: ctx.log }, id, action, comment));
  ctx.log.info('project.transition', { id, action, by: userId });
  return projectView(ctx.store, viewer, id);
}

export interface StepActor {
  store: Ctx['store'];
  viewer: Viewer;
  userId: string | null;
  log: Ctx['log'];
}

/** One workflow step inside a transaction (a transition call, or an auditor concluding a review report). */
export function applyTransition(tx: Tx, actor: StepActor, id: string, action: ProjectAction, comment: string): ProjectStatus {
  const { viewer, userId } = actor;
  const text = comment.trim();
  const p = tx.get<{ status: ProjectStatus; department_id: string; budget: number; name: string; created_by: string | null }>(
    'SELECT status, department_id, budget, name, created_by FROM projects WHERE id = ?',
    [id],
  );
  if (!p || !maySee(viewer, p.department_id)) throw new ApiError('NOT_FOUND');
  if (!WORKFLOW[action].from.includes(p.status)) throw new ApiError('CONFLICT', 'proj.rule.transitionNotAllowed');
  if (!allowedProjectActions(viewer, p).includes(action)) {
    actor.log.warn('forbidden', { action: `projects.${action}`, project: id, userId });
    throw new ApiError('FORBIDDEN');
  }
  if (WORKFLOW[action].commentRequired && !text) throw new ApiError('VALIDATION', 'proj.rule.commentRequired', {}, [{ path: 'comment', key: 'proj.rule.commentRequired' }]);
  if (action === 'accept') {
    const gate = acceptanceGate(tx, id);
    const open = gate.missing.filter((m) => !m.excepted).length;
    if (open > 0) throw new ApiError('CONFLICT', 'proj.rule.gateNotPassed', { count: open });
  }
  const to = nextStatus(action, p.budget, filingThreshold(tx));
  const now = new Date().toISOString();
  tx.update('project', id, { status: to, updated_at: now, ...(action === 'submit' ? { submitted_at: now } : {}) });
  recordProjectEvent(tx, id, action, p.status, to, text, userId);
  const notice = NOTICE[to];
  if (notice && p.created_by !== userId && action !== 'acceptance_return') notify(tx, p.created_by, notice, { project: p.name, comment: text }, id);
  for (const hook of afterStep) hook(tx, actor, { projectId: id, action, from: p.status, to, comment: text });
  return to;
}

export interface Step {
  projectId: string;
  action: ProjectAction;
  from: ProjectStatus;
  to: ProjectStatus;
  comment: string;
}
/** Runs inside the step's transaction; throwing refuses the step. */
type StepHook = (tx: Tx, actor: StepActor, step: Step) => void;
const afterStep: StepHook[] = [];

/** Lets another part (the duplicate review) act when a project enters a status, in the same transaction. */
export function onProjectStep(hook: StepHook): void {
  if (!afterStep.includes(hook)) afterStep.push(hook);
}

/** An auditor lets one promised resource pass the acceptance gate, with the reason on record. */
export function exceptPromise(ctx: Ctx, id: string, provideId: string, reason: string): ProjectView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  ctx.store.transact({ userId }, (tx) => {
    const p = tx.get<{ status: ProjectStatus; department_id: string }>('SELECT status, department_id FROM projects WHERE id = ?', [id]);
    if (!p || !maySee(viewer, p.department_id)) throw new ApiError('NOT_FOUND');
    if (!isAuditor(viewer)) {
      ctx.log.warn('forbidden', { action: 'projects.except', project: id, userId });
      throw new ApiError('FORBIDDEN');
    }
    if (!allowedProjectActions(viewer, p).includes('except')) throw new ApiError('CONFLICT', 'proj.rule.transitionNotAllowed');
    if (!tx.get('SELECT 1 FROM project_provides WHERE id = ? AND project_id = ?', [provideId, id])) throw new ApiError('NOT_FOUND', 'proj.rule.notPromised');
    const now = new Date().toISOString();
    tx.update('project_provide', provideId, { exception_reason: reason.trim(), exception_by: userId, exception_at: now });
    tx.update('project', id, { updated_at: now });
    recordProjectEvent(tx, id, 'except', p.status, p.status, reason.trim(), userId);
  });
  ctx.log.info('project.exception', { id, provideId, by: userId });
  return projectView(ctx.store, viewer, id);
}

export function getProject(ctx: Ctx, ref: string): ProjectView {
  requireSignedIn(ctx);
  return projectView(ctx.store, viewerOf(ctx), ref);
}
