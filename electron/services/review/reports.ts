import { ApiError } from '../../../shared/api/errors';
import type { Conclusion, Decision, Report } from '../../../shared/review/report';
import type { ProjectAction } from '../../../shared/project/workflow';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { viewerOf } from '../directory/visibility';
import { maySee } from '../projects/permissions';
import { applyTransition, onProjectStep } from '../projects/workflow';
import { writeReport } from './check';
import { engineConfigured } from './engine-host';
import { mayDecide, mayRunCheck } from './permissions';
import { reportView } from './view';

/**
 * The report is the 共享审核 step: a project entering it gets its report in the same transaction
 * (the auditor never waits for it), and deciding the step on the project page is allowed only
 * when every finding of the open report is decided; the report then concludes with that step.
 */
const reviewOnStep: Parameters<typeof onProjectStep>[0] = (tx, actor, step) => {
  if (step.to === 'sharing_review' && engineConfigured()) writeReport(actor.store, tx, step.projectId, 'auto', actor.userId);
  const conclusion = CONCLUSION_OF[step.action];
  if (step.from !== 'sharing_review' || !conclusion) return;
  const open = tx.get<{ id: string }>("SELECT id FROM review_reports WHERE project_id = ? AND status = 'open' ORDER BY version DESC LIMIT 1", [step.projectId]);
  if (!open) return;
  const undecided = tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM review_findings WHERE report_id = ? AND decision IS NULL', [open.id])?.n ?? 0;
  if (undecided > 0) throw new ApiError('CONFLICT', 'review.rule.decideInReport', { count: undecided });
  tx.update('review_report', open.id, { status: 'concluded', conclusion, conclusion_comment: step.comment, concluded_by: actor.userId, concluded_at: new Date().toISOString() });
};

const CONCLUSION_OF: Partial<Record<ProjectAction, Conclusion>> = { approve: 'approve', return: 'return', reject: 'reject' };

export function installReviewHooks(): void {
  onProjectStep(reviewOnStep);
}

export function checkProjectNow(ctx: Ctx, projectId: string): Report {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const p = ctx.store.get<{ department_id: string; status: string }>('SELECT department_id, status FROM projects WHERE id = ? OR code = ?', [projectId, projectId]);
  if (!p || !maySee(viewer, p.department_id)) throw new ApiError('NOT_FOUND');
  if (!mayRunCheck(viewer)) {
    ctx.log.warn('forbidden', { action: 'review.check', project: projectId, userId });
    throw new ApiError('FORBIDDEN');
  }
  if (p.status === 'draft') throw new ApiError('CONFLICT', 'review.rule.draft');
  const id = ctx.store.get<{ id: string }>('SELECT id FROM projects WHERE id = ? OR code = ?', [projectId, projectId])!.id;
  const reportId = ctx.store.transact({ userId }, (tx) => writeReport(ctx.store, tx, id, 'manual', userId));
  ctx.log.info('review.check', { project: id, report: reportId, by: userId });
  return reportView(ctx.store, viewer, reportId);
}

/** The latest report of a project (or a given version); null when it was never checked. */
export function getReport(ctx: Ctx, ref: { projectId: string; version?: number | undefined }): Report | null {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const p = ctx.store.get<{ id: string; department_id: string }>('SELECT id, department_id FROM projects WHERE id = ? OR code = ?', [ref.projectId, ref.projectId]);
  if (!p || !maySee(viewer, p.department_id)) throw new ApiError('NOT_FOUND');
  const row =
    ref.version === undefined
      ? ctx.store.get<{ id: string }>('SELECT id FROM review_reports WHERE project_id = ? ORDER BY version DESC LIMIT 1', [p.id])
      : ctx.store.get<{ id: string }>('SELECT id FROM review_reports WHERE project_id = ? AND version = ?', [p.id, ref.version]);
  if (!row) {
    if (ref.version !== undefined) throw new ApiError('NOT_FOUND');
    return null;
  }
  return reportView(ctx.store, viewer, row.id);
}

function openReport(ctx: Ctx, reportId: string) {
  const r = ctx.store.get<{ id: string; project_id: string; status: string; version: number }>('SELECT id, project_id, status, version FROM review_reports WHERE id = ?', [reportId]);
  if (!r) throw new ApiError('NOT_FOUND');
  const view = reportView(ctx.store, viewerOf(ctx), r.id);
  if (!mayDecide(viewerOf(ctx))) {
    ctx.log.warn('forbidden', { action: 'review.decide', report: reportId, userId: callerUserId(ctx) });
    throw new ApiError('FORBIDDEN');
  }
  if (!view.can.includes('decide')) throw new ApiError('CONFLICT', 'review.rule.notOpen');
  return view;
}

/** An auditor decides one finding: confirmed, dismissed (with a reason) or partial (with a reason). */
export function decideFinding(ctx: Ctx, findingId: string, decision: Decision, reason: string): Report {
  requireSignedIn(ctx);
  const userId = callerUserId(ctx);
  const f = ctx.store.get<{ report_id: string }>('SELECT report_id FROM review_findings WHERE id = ?', [findingId]);
  if (!f) throw new ApiError('NOT_FOUND');
  openReport(ctx, f.report_id);
  const text = reason.trim();
  if (decision !== 'confirmed' && !text) throw new ApiError('VALIDATION', 'review.rule.reasonRequired', {}, [{ path: 'reason', key: 'review.rule.reasonRequired' }]);
  ctx.store.transact({ userId }, (tx) => {
    tx.update('review_finding', findingId, { decision, reason: text, decided_by: userId, decided_at: new Date().toISOString(), carried_from: null });
  });
  ctx.log.info('review.decide', { finding: findingId, decision, by: userId });
  return reportView(ctx.store, viewerOf(ctx), f.report_id);
}

const ACTION: Record<Conclusion, ProjectAction> = { approve: 'approve', return: 'return', reject: 'reject' };

/**
 * Concludes a report once every finding is decided, and takes the project's 共享审核 step in the
 * same transaction. Sending it back lists what to do: the confirmed re-collected items with the
 * resources to consume instead, and the projects it duplicates.
 */
export function concludeReport(ctx: Ctx, reportId: string, conclusion: Conclusion, comment: string): Report {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const view = openReport(ctx, reportId);
  const undecided = view.findings.filter((f) => f.decision === null).length;
  if (undecided > 0) throw new ApiError('CONFLICT', 'review.rule.undecided', { count: undecided });
  const confirmed = view.findings.filter((f) => f.decision === 'confirmed' || f.decision === 'partial');
  const consume = [...new Map(confirmed.filter((f) => f.resource).map((f) => [f.resource!.code, `${f.resource!.code} ${f.resource!.name}`])).values()];
  const duplicates = confirmed.filter((f) => f.otherProject && f.label !== 'upgrade').map((f) => `${f.otherProject!.code} ${f.otherProject!.name}`);
  const lines = [comment.trim()];
  if (conclusion !== 'approve' && consume.length) lines.push(`请改为共享调用：${consume.join('；')}`);
  if (conclusion !== 'approve' && duplicates.length) lines.push(`与已有项目重复：${duplicates.join('；')}`);
  const text = lines.filter(Boolean).join('\n');
  ctx.store.transact({ userId }, (tx) => {
    tx.update('review_report', reportId, { status: 'concluded', conclusion, conclusion_comment: text, concluded_by: userId, concluded_at: new Date().toISOString() });
    applyTransition(tx, { store: ctx.store, viewer, userId, log: ctx.log }, view.projectId, ACTION[conclusion], text);
  });
  ctx.log.info('review.conclude', { report: reportId, conclusion, by: userId });
  return reportView(ctx.store, viewer, reportId);
}
