import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_FILING_THRESHOLD } from '../../../shared/project/workflow';
import type { Reader } from '../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { viewerOf } from '../directory/visibility';
import { isBureau } from './permissions';

const KEY = 'projects.filingThreshold';

/** The budget (万元) below which a project is filed (备案) after the formal check instead of fully reviewed. */
export function filingThreshold(db: Reader): number {
  const row = db.get<{ value: string }>('SELECT value FROM settings WHERE id = ?', [KEY]);
  const n = row ? Number(row.value) : NaN;
  return Number.isFinite(n) ? n : DEFAULT_FILING_THRESHOLD;
}

export function projectConfig(ctx: Ctx): { filingThreshold: number } {
  requireSignedIn(ctx);
  return { filingThreshold: filingThreshold(ctx.store) };
}

export function setProjectConfig(ctx: Ctx, config: { filingThreshold: number }): { filingThreshold: number } {
  requireSignedIn(ctx);
  if (!isBureau(viewerOf(ctx))) {
    ctx.log.warn('forbidden', { action: 'projects.setConfig', userId: callerUserId(ctx) });
    throw new ApiError('FORBIDDEN', 'proj.rule.thresholdForbidden');
  }
  const value = String(config.filingThreshold);
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    if (tx.get('SELECT 1 FROM settings WHERE id = ?', [KEY])) tx.update('setting', KEY, { value });
    else tx.insert('setting', KEY, { value });
  });
  ctx.log.info('projects.config', { filingThreshold: config.filingThreshold, by: callerUserId(ctx) });
  return { filingThreshold: config.filingThreshold };
}
