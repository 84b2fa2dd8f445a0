import { ApiError } from '../../../shared/api/errors';
import { classLevel, parentClassCode } from '../../../shared/directory/codes';
import type { Classification } from '../../../shared/directory/catalog-models';
import type { ClassKind } from '../../../shared/directory/vocab';
import type { Reader, Tx } from '../../store/types';
import { callerUserId, requireRole, requireSignedIn, type Ctx } from '../context';
import { VersionCache } from '../version-cache';
import { DEFAULT_CLASSIFICATIONS } from './defaults';

const KIND_BY_DIGIT: Record<string, ClassKind> = { '1': 'base', '2': 'theme', '3': 'dept' };

export function kindOf(code: string): ClassKind {
  return KIND_BY_DIGIT[code[0] ?? ''] ?? 'dept';
}

/** Inserts the default trees on a new data folder (idempotent). */
export function seedClassifications(tx: Tx): number {
  let added = 0;
  const now = new Date().toISOString();
  for (const c of DEFAULT_CLASSIFICATIONS) {
    if (tx.get('SELECT 1 FROM classifications WHERE id = ?', [c.code])) continue;
    tx.insert('classification', c.code, { name: c.name, parent_code: parentClassCode(c.code), kind: kindOf(c.code), created_at: now });
    added++;
  }
  return added;
}

export function classificationExists(db: Reader, code: string): boolean {
  return !!db.get('SELECT 1 FROM classifications WHERE id = ?', [code]);
}

const cache = new VersionCache<Classification[]>(4);

export function listClassifications(ctx: Ctx): Classification[] {
  requireSignedIn(ctx);
  return cache.get(ctx.store, 'all', () => computeClassifications(ctx));
}

function computeClassifications(ctx: Ctx): Classification[] {
  const counts = new Map(
    ctx.store.all<{ class_code: string; n: number }>("SELECT class_code, COUNT(*) AS n FROM resources WHERE status != 'retired' GROUP BY class_code").map((r) => [r.class_code, r.n]),
  );
  const rows = ctx.store.all<{ id: string; name: string; parent_code: string | null; kind: ClassKind }>('SELECT id, name, parent_code, kind FROM classifications ORDER BY id');
  return rows.map((r) => ({
    code: r.id,
    name: r.name,
    parentCode: r.parent_code,
    kind: r.kind,
    resourceCount: [...counts].reduce((n, [code, c]) => (code.startsWith(r.id) ? n + c : n), 0),
  }));
}

/** Bureau staff extend the trees; a node needs its parent (项 under 类, 目 under 项 …). */
export function createClassification(ctx: Ctx, input: { code: string; name: string }): Classification {
  requireRole(ctx, ['admin', 'bureau'], 'classifications.create');
  const parent = parentClassCode(input.code);
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    if (classificationExists(tx, input.code)) throw new ApiError('CONFLICT', 'errors.CONFLICT', {}, [{ path: 'code', key: 'errors.CONFLICT' }]);
    if (parent !== null && !classificationExists(tx, parent)) throw new ApiError('VALIDATION', 'dir.rule.classUnknown', {}, [{ path: 'code', key: 'dir.rule.classUnknown' }]);
    tx.insert('classification', input.code, { name: input.name, parent_code: parent, kind: kindOf(input.code), created_at: new Date().toISOString() });
  });
  ctx.log.info('classification.created', { code: input.code, level: classLevel(input.code), by: callerUserId(ctx) });
  return { code: input.code, name: input.name, parentCode: parent, kind: kindOf(input.code), resourceCount: 0 };
}
