import { z } from 'zod';

/**
 * The review workflow of an information project (信息化项目):
 * 草稿 → 已申报 → (形式审查) → 共享审核 → 审批通过 / 退回修改 / 不予通过;
 * under the filing threshold 形式审查 sends it to 备案 instead; then 建设中 → 验收 → 运维.
 * Pure and shared, so the console shows the same steps the service enforces.
 */
export const PROJECT_STATUSES = [
  'draft', // 草稿
  'submitted', // 已申报（待形式审查）
  'sharing_review', // 共享审核（重复建设审查）
  'returned', // 退回修改
  'rejected', // 不予通过
  'approved', // 审批通过
  'filed', // 已备案
  'building', // 建设中
  'acceptance', // 验收中
  'operating', // 运维
] as const;
export const projectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const PROJECT_ACTIONS = [
  'submit',
  'formal_pass',
  'formal_return',
  'approve',
  'return',
  'reject',
  'start',
  'request_acceptance',
  'accept',
  'acceptance_return',
] as const;
export const projectActionSchema = z.enum(PROJECT_ACTIONS);
export type ProjectAction = z.infer<typeof projectActionSchema>;

/** Whose step it is: the project's own department (or bureau staff on its behalf), bureau staff, auditors. */
export type StepOwner = 'department' | 'bureau' | 'auditor';

export interface Step {
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  by: StepOwner;
  /** Sending back or refusing needs a reason the registrant can act on. */
  commentRequired: boolean;
}

export const WORKFLOW: Record<ProjectAction, Step> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'department', commentRequired: false },
  formal_pass: { from: ['submitted'], to: 'sharing_review', by: 'bureau', commentRequired: false },
  formal_return: { from: ['submitted'], to: 'returned', by: 'bureau', commentRequired: true },
  approve: { from: ['sharing_review'], to: 'approved', by: 'auditor', commentRequired: false },
  return: { from: ['sharing_review'], to: 'returned', by: 'auditor', commentRequired: true },
  reject: { from: ['sharing_review'], to: 'rejected', by: 'auditor', commentRequired: true },
  start: { from: ['approved', 'filed'], to: 'building', by: 'department', commentRequired: false },
  request_acceptance: { from: ['building'], to: 'acceptance', by: 'department', commentRequired: false },
  accept: { from: ['acceptance'], to: 'operating', by: 'auditor', commentRequired: false },
  acceptance_return: { from: ['acceptance'], to: 'building', by: 'auditor', commentRequired: true },
};

/** Where an action leads: 形式审查 passes small projects to 备案 instead of full review. */
export function nextStatus(action: ProjectAction, budget: number, filingThreshold: number): ProjectStatus {
  if (action === 'formal_pass' && budget < filingThreshold) return 'filed';
  return WORKFLOW[action].to;
}

/** Statuses in which the department may still change the record. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ['draft', 'returned'];
/** Statuses in which the acceptance gate is worked out and shown. */
export const GATE_STATUSES: readonly ProjectStatus[] = ['building', 'acceptance', 'operating'];
/** The default 备案 threshold in 万元 (configurable by bureau staff). */
export const DEFAULT_FILING_THRESHOLD = 50;
