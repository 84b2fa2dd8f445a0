import type { ResourceStatus } from '../../../shared/directory/vocab';
import { departmentOf, isCurator, type Viewer } from './visibility';

export type ResourceAction = 'edit' | 'submit' | 'publish' | 'return' | 'retire' | 'apply';

/** The lifecycle 草稿 → 待审核 → 已发布, with 退回修改 and 下线: from → action → to. */
export const TRANSITIONS: Record<Exclude<ResourceAction, 'edit' | 'apply'>, { from: ResourceStatus[]; to: ResourceStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'pending' },
  publish: { from: ['pending'], to: 'published' },
  return: { from: ['pending', 'published'], to: 'returned' },
  retire: { from: ['published'], to: 'retired' },
};

const isBureau = (v: Viewer) => v.kind === 'system' || v.user.role === 'admin' || v.user.role === 'bureau';
const isOwnRegistrant = (v: Viewer, providerDeptId: string) =>
  v.kind === 'user' && v.user.role === 'registrant' && v.user.departmentId === providerDeptId;

/**
 * Who may do what to an entry: registrants edit and submit their own department's drafts;
 * bureau staff review (publish, return), retire and may correct any entry; departments other than
 * the provider apply for access to published entries.
 */
export function allowedActions(v: Viewer, r: { status: ResourceStatus; provider_dept_id: string }): ResourceAction[] {
  const out: ResourceAction[] = [];
  const bureau = isBureau(v);
  const own = isOwnRegistrant(v, r.provider_dept_id);
  if ((own && (r.status === 'draft' || r.status === 'returned')) || (bureau && r.status !== 'retired')) out.push('edit');
  if ((own || bureau) && TRANSITIONS.submit.from.includes(r.status)) out.push('submit');
  if (bureau && TRANSITIONS.publish.from.includes(r.status)) out.push('publish');
  if (bureau && TRANSITIONS.return.from.includes(r.status)) out.push('return');
  if (bureau && TRANSITIONS.retire.from.includes(r.status)) out.push('retire');
  const dept = departmentOf(v);
  if (v.kind === 'user' && dept !== null && dept !== r.provider_dept_id && r.status === 'published' && !isCurator(v)) out.push('apply');
  return out;
}

/** May the caller register an entry for this provider at all? */
export function mayRegisterFor(v: Viewer, providerDeptId: string): boolean {
  return isBureau(v) || isOwnRegistrant(v, providerDeptId);
}
