import { DEMO_PASSWORD, demoDepartments, demoUsers } from '../../shared/demo/zhongshan';
import { newId } from '../../shared/model/ids';
import { callerUserId, requireRole, type Ctx } from './context';
import { insertUser } from './users';
import { demoResources } from '../../shared/demo/directory-demo';
import { generatedDemoResources, loadDemoResources } from './directory/demo-resources';

/** Generated entries added to the demo directory: enough to page, filter and search, quick to load. */
const DEMO_GENERATED = 300;

/**
 * Loads the 中山市 demo structure: 42 municipal departments, 24 towns, one account per role and a
 * small directory (published entries, a few drafts).
 * Idempotent: existing codes and user names are left alone.
 */
export async function loadDemo(ctx: Ctx): Promise<{ departments: number; users: number; resources: number }> {
  requireRole(ctx, ['admin'], 'demo.load');
  const taskId = newId();
  const total = demoDepartments.length + demoUsers.length;
  const now = new Date().toISOString();
  let departments = 0;
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    for (const d of demoDepartments) {
      if (tx.get('SELECT 1 FROM departments WHERE code = ?', [d.code])) continue;
      tx.insert('department', newId(), { code: d.code, name: d.name, level: d.level, parent_id: null, created_at: now, updated_at: now });
      departments++;
    }
  });
  ctx.events.emit('progress', { taskId, label: 'progress.demo', done: demoDepartments.length, total });
  let users = 0;
  for (const [i, u] of demoUsers.entries()) {
    const dept = ctx.store.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [u.departmentCode]);
    const exists = ctx.store.get('SELECT 1 FROM users WHERE username = ?', [u.username]);
    if (dept && !exists) {
      await insertUser(ctx, { username: u.username, displayName: u.displayName, password: DEMO_PASSWORD, role: u.role, departmentId: dept.id });
      users++;
    }
    ctx.events.emit('progress', { taskId, label: 'progress.demo', done: demoDepartments.length + i + 1, total });
  }
  // The hand-checked entries first, then a small generated directory (the bench's generator at demo size).
  const resources = ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => loadDemoResources(tx, [...demoResources(), ...generatedDemoResources(DEMO_GENERATED)]));
  ctx.log.info('demo.loaded', { departments, users, resources, by: callerUserId(ctx) });
  return { departments, users, resources };
}
