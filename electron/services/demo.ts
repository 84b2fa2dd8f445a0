import { ApiError } from '../../shared/api/errors';
import { DEMO_PASSWORD, demoDepartments, demoUsers } from '../../shared/demo/zhongshan';
import { generateDirectory, generatedElements } from '../../shared/demo/generator/directory';
import { generateProjects, toProjectInput, type GeneratedProject } from '../../shared/demo/generator/projects';
import { newId } from '../../shared/model/ids';
import { projectInputSchema } from '../../shared/project/project';
import { WORKFLOW, type ProjectAction } from '../../shared/project/workflow';
import { nameKey } from '../../shared/text/normalize';
import type { Tx } from '../store/types';
import { callerUserId, requireRole, type Ctx } from './context';
import { insertUser } from './users';
import { demoResources } from '../../shared/demo/directory-demo';
import { generatedDemoResources, loadDemoResources } from './directory/demo-resources';
import { insertProject } from './projects/records';
import { writeReport } from './review/check';

/** Generated entries added to the demo directory: enough to page, filter and search, quick to load. */
const DEMO_GENERATED = 300;
/** Generated information projects drawing on those entries, in every status of the workflow. */
const DEMO_PROJECTS = 40;

/**
 * Loads the 中山市 demo structure: 42 municipal departments, 24 towns, one account per role, a
 * small directory (published entries, a few drafts) and a small project register.
 * Idempotent: existing codes, user names, entry and project names are left alone.
 */
export async function loadDemo(ctx: Ctx): Promise<{ departments: number; users: number; resources: number; projects: number }> {
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
  const generated = generateProjects({ size: DEMO_PROJECTS, directory: generateDirectory({ size: DEMO_GENERATED }).resources() });
  const projects = ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => loadDemoProjects(tx, generated));
  // Projects the demo leaves in 共享审核 get their report, as they would have on entering it.
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    const waiting = tx.all<{ id: string }>("SELECT p.id FROM projects p WHERE p.status = 'sharing_review' AND NOT EXISTS (SELECT 1 FROM review_reports r WHERE r.project_id = p.id)");
    for (const p of waiting) writeReport(ctx.store, tx, p.id, 'auto', null);
  });
  ctx.log.info('demo.loaded', { departments, users, resources, projects, by: callerUserId(ctx) });
  return { departments, users, resources, projects };
}

/**
 * Registers generated projects as a department would (insertProject: rules, codes, promised
 * drafts), then takes each through its workflow steps in the write path, with the generated dates
 * and the demo accounts of the roles the steps belong to, so the register, timelines and audit log
 * look lived-in. Needs and promises are matched to the demo's entries by department and name;
 * those the demo does not hold are left out. Projects whose name the department already has are skipped.
 */
function loadDemoProjects(tx: Tx, projects: readonly GeneratedProject[]): number {
  const userOf = (username: string) => tx.get<{ id: string }>('SELECT id FROM users WHERE username = ?', [username])?.id ?? null;
  const bureau = userOf('bureau.li');
  const auditor = userOf('auditor.chen');
  const registrantOf = (deptId: string) => tx.get<{ id: string }>("SELECT id FROM users WHERE role = 'registrant' AND department_id = ? ORDER BY username LIMIT 1", [deptId])?.id ?? bureau;
  // Generated ids → the demo store's: entries by department and name, elements by name.
  const generatedEntries = new Map<string, { dept: string; name: string }>();
  for (const r of generateDirectory({ size: DEMO_GENERATED }).resources()) generatedEntries.set(r.id, { dept: r.providerDeptCode, name: r.name });
  const entry = (generatedId: string) => {
    const g = generatedEntries.get(generatedId);
    if (!g) return undefined;
    return tx.get<{ id: string; status: string; provider_dept_id: string }>(
      'SELECT r.id, r.status, r.provider_dept_id FROM resources r JOIN departments d ON d.id = r.provider_dept_id WHERE d.code = ? AND r.name = ?',
      [g.dept, g.name],
    );
  };
  const elementNames = new Map(generatedElements().map((e) => [e.id, e.name]));
  const element = (generatedId: string | null) => {
    const name = generatedId ? elementNames.get(generatedId) : undefined;
    return name ? (tx.get<{ id: string }>('SELECT id FROM data_elements WHERE name = ?', [name])?.id ?? null) : null;
  };
  let added = 0;
  for (const p of projects) {
    const dept = tx.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [p.departmentCode])?.id;
    if (!dept || tx.get('SELECT 1 FROM projects WHERE department_id = ? AND name_key = ?', [dept, nameKey(p.name)])) continue;
    const input = toProjectInput(p, dept);
    input.dataItems = input.dataItems.map((it) => ({ ...it, elementId: element(it.elementId) }));
    input.consumes = input.consumes.flatMap((c) => {
      const r = entry(c.resourceId);
      return r && r.status === 'published' && r.provider_dept_id !== dept ? [{ ...c, resourceId: r.id }] : [];
    });
    const kept = p.provides.flatMap((x) => {
      if (x.resourceId === null) return [x];
      const r = entry(x.resourceId);
      return r && r.status !== 'retired' && r.provider_dept_id === dept ? [{ ...x, resourceId: r.id }] : [];
    });
    input.provides = kept.map((x) => ({ resourceId: x.resourceId, shareType: x.shareType, draft: x.draft ? { ...x.draft } : null }));
    const registrant = registrantOf(dept);
    let id: string;
    try {
      id = insertProject(tx, { kind: 'system' }, registrant, projectInputSchema.parse(input));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION') continue; // the rules run before anything is written
      throw e;
    }
    // The generated timeline, step by step in the write path: each status change with its date,
    // by the account of the role the step belongs to; gate exceptions by the auditor.
    const created = tx.get<{ id: string }>("SELECT id FROM project_events WHERE project_id = ? AND action = 'create'", [id]);
    if (created) tx.update('project_event', created.id, { at: p.createdAt });
    tx.update('project', id, { created_at: p.createdAt, updated_at: p.createdAt });
    const promised = tx.all<{ id: string }>('SELECT id FROM project_provides WHERE project_id = ? ORDER BY position', [id]);
    const exceptions = kept.flatMap((x, i) => (x.exception && promised[i] ? [{ provideId: promised[i].id, ...x.exception }] : []));
    for (const e of p.events.slice(1)) {
      if (e.action === 'except') {
        const x = exceptions.shift();
        if (!x) continue;
        tx.update('project_provide', x.provideId, { exception_reason: x.reason, exception_by: auditor, exception_at: x.at });
      } else {
        tx.update('project', id, { status: e.toStatus, updated_at: e.at, ...(e.action === 'submit' ? { submitted_at: e.at } : {}) });
      }
      const userId = e.action === 'except' ? auditor : { department: registrant, bureau, auditor }[WORKFLOW[e.action as ProjectAction].by];
      tx.insert('project_event', newId(), { project_id: id, action: e.action, from_status: e.fromStatus, to_status: e.toStatus, comment: e.comment, user_id: userId, at: e.at });
    }
    added++;
  }
  return added;
}
