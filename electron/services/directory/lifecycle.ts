import { ApiError } from '../../../shared/api/errors';
import type { ResourceView } from '../../../shared/directory/resource';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { entryIssues, recordEvent, refuse, storedInput } from './entries';
import { notify } from './notifications';
import { allowedActions, TRANSITIONS } from './permissions';
import { findResource, viewFor } from './view';
import { viewerOf } from './visibility';

type Action = keyof typeof TRANSITIONS;

/**
 * Moves an entry through 草稿 → 待审核 → 已发布 (退回修改, 下线): only the role the step belongs
 * to, with a comment (required to return or retire), recorded in the history and the audit log.
 */
export function transitionResource(ctx: Ctx, id: string, action: Action, comment: string): ResourceView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  ctx.store.transact({ userId }, (tx) => {
    const r = findResource(tx, id);
    if (!r || r.id !== id) throw new ApiError('NOT_FOUND');
    if (!TRANSITIONS[action].from.includes(r.status)) throw new ApiError('CONFLICT', 'dir.rule.transitionNotAllowed');
    if (!allowedActions(viewer, r).includes(action)) {
      ctx.log.warn('forbidden', { action: `directory.${action}`, resource: id, userId });
      throw new ApiError('FORBIDDEN');
    }
    if ((action === 'return' || action === 'retire') && !comment.trim()) {
      throw new ApiError('VALIDATION', 'dir.rule.commentRequired', {}, [{ path: 'comment', key: 'dir.rule.commentRequired' }]);
    }
    // An entry registered in outline (a project's promised resource) is completed before review.
    if (action === 'submit') {
      const input = storedInput(tx, id);
      const issues = input ? entryIssues(tx, input, id) : [];
      if (issues.length) refuse(issues);
    }
    const to = TRANSITIONS[action].to;
    const now = new Date().toISOString();
    tx.update('resource', id, { status: to, updated_at: now, ...(action === 'publish' ? { published_at: now } : {}) });
    recordEvent(tx, id, action, r.status, to, comment.trim(), userId);
    const creator = tx.get<{ created_by: string | null }>('SELECT created_by FROM resources WHERE id = ?', [id])?.created_by ?? null;
    if (creator !== userId && action === 'return') notify(tx, creator, 'dir.notify.resourceReturned', { resource: String(r.name), comment: comment.trim() }, id);
    if (creator !== userId && action === 'publish') notify(tx, creator, 'dir.notify.resourcePublished', { resource: String(r.name) }, id);
  });
  ctx.log.info('resource.transition', { id, action, by: userId });
  return viewFor(ctx.store, viewer, id);
}
