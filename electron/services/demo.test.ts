import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/demo/zhongshan';
import { callAs } from '../api/dispatch';
import { signedInAdmin, tempCore } from '../test-support/temp-core';
import type { Caller } from './context';

describe('demo data: the project register', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  let admin: Caller;
  let loaded: { projects: number };
  const as = async (username: string): Promise<Caller> => {
    const { session, user } = await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username, password: DEMO_PASSWORD });
    return { kind: 'user', user: { id: user.id, username, role: user.role, departmentId: user.departmentId }, session };
  };
  beforeAll(async () => {
    env = await tempCore();
    admin = (await signedInAdmin(env.services)).caller;
    loaded = await callAs(env.services, admin, 'demo.load', {});
  });
  afterAll(() => env.dispose());

  it('holds generated projects in most statuses, every status the last step of its timeline', async () => {
    const bureau = await as('bureau.li');
    const page = await callAs(env.services, bureau, 'projects.list', { limit: 100, sort: [{ id: 'updatedAt', desc: true }] });
    expect(page.total).toBe(loaded.projects);
    expect(page.total).toBeGreaterThanOrEqual(30);
    expect(new Set(page.rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(page.rows.map((r) => r.year)).size).toBeGreaterThanOrEqual(4);
    for (const row of page.rows.slice(0, 15)) {
      const view = await callAs(env.services, bureau, 'projects.get', { ref: row.id });
      expect(view.history.at(-1)?.toStatus, row.code).toBe(row.status);
      expect(view.updatedAt).toBe(view.history.at(-1)?.at);
      if (row.status === 'operating') expect(view.gate?.passes, row.code).toBe(true);
      if (row.status !== 'draft') expect(view.submittedAt).not.toBeNull();
    }
  });

  it('steps were taken by the accounts of their roles, in the write path (audit log)', async () => {
    const db = env.services.store;
    const byRole = db.all<{ action: string; role: string | null }>(
      "SELECT e.action, u.role FROM project_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.action IN ('formal_pass', 'approve', 'accept') GROUP BY e.action, u.role",
    );
    for (const r of byRole) expect(r.role, r.action).toBe(r.action === 'formal_pass' ? 'bureau' : 'auditor');
    const ops = db.get<{ n: number }>("SELECT COUNT(*) AS n FROM ops WHERE entity = 'project'")?.n ?? 0;
    expect(ops).toBeGreaterThan(loaded.projects);
  });

  it('the auditor has a queue, registrants see their own department only', async () => {
    const auditor = await as('auditor.chen');
    const queue = await callAs(env.services, auditor, 'projects.list', { filters: { queue: '1' } });
    expect(queue.rows.every((r) => r.status === 'sharing_review' || r.status === 'acceptance')).toBe(true);
    const police = await as('gaj.wang');
    const own = await callAs(env.services, police, 'projects.list', { limit: 100 });
    expect(own.rows.every((r) => r.departmentName === '中山市公安局')).toBe(true);
  });
});
