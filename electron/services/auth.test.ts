import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs } from '../api/dispatch';
import { signedInAdmin, tempCore } from '../test-support/temp-core';

describe('sign-in and users', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  beforeEach(async () => {
    env = await tempCore();
  });
  afterEach(() => env.dispose());

  it('first run creates the administrator once; passwords are stored as scrypt hashes', async () => {
    expect(await callAs(env.services, { kind: 'anonymous' }, 'auth.status', {})).toEqual({ needsSetup: true, hasDemoData: false });
    await expect(callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'admin', password: 'x' })).rejects.toMatchObject({ code: 'SETUP_REQUIRED' });
    const { user } = await signedInAdmin(env.services);
    expect(user.role).toBe('admin');
    await expect(
      callAs(env.services, { kind: 'anonymous' }, 'auth.setup', { username: 'mallory', displayName: 'M', password: 'password-123' }),
    ).rejects.toMatchObject({ code: 'ALREADY_SET_UP' });
    const stored = env.services.store.get<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = ?', ['admin'])!.password_hash;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('admin-password-1');
  });

  it('a wrong password is refused; five failures lock the name for a while', async () => {
    await signedInAdmin(env.services);
    const anon = { kind: 'anonymous' } as const;
    for (let i = 0; i < 5; i++) {
      await expect(callAs(env.services, anon, 'auth.login', { username: 'admin', password: 'wrong' })).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    }
    await expect(callAs(env.services, anon, 'auth.login', { username: 'admin', password: 'admin-password-1' })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // An unknown name gets the same answer as a wrong password.
    await expect(callAs(env.services, anon, 'auth.login', { username: 'nobody', password: 'x' })).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
  });

  it('sessions end at sign-out and when an account is deactivated', async () => {
    const { caller, session } = await signedInAdmin(env.services);
    const dept = await callAs(env.services, caller, 'departments.create', { code: 'ZS028', name: '中山市政务服务和数据管理局', level: 'city' });
    const li = await callAs(env.services, caller, 'users.create', { username: 'bureau.li', displayName: '李敏', password: 'bureau-pw-123', role: 'bureau', departmentId: dept.id });
    const login = await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'bureau.li', password: 'bureau-pw-123' });
    expect(env.services.sessions.resolve(login.session)).toBe(li.id);
    await callAs(env.services, caller, 'users.update', { id: li.id, patch: { active: false } });
    expect(env.services.sessions.resolve(login.session)).toBeNull();
    await expect(callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'bureau.li', password: 'bureau-pw-123' })).rejects.toMatchObject({ key: 'errors.user.inactive' });
    await callAs(env.services, caller, 'auth.logout', {});
    expect(env.services.sessions.resolve(session)).toBeNull();
  });

  it('every role but admin needs a department; the last administrator stays', async () => {
    const { caller, user } = await signedInAdmin(env.services);
    await expect(
      callAs(env.services, caller, 'users.create', { username: 'auditor.chen', displayName: '陈', password: 'auditor-pw-1', role: 'auditor', departmentId: null }),
    ).rejects.toMatchObject({ fields: [{ path: 'departmentId' }] });
    await expect(callAs(env.services, caller, 'users.update', { id: user.id, patch: { active: false } })).rejects.toMatchObject({ key: 'errors.user.lastAdmin' });
  });

  it('the demo loads 42 municipal departments, 24 towns and one account per role, idempotently', async () => {
    const { caller } = await signedInAdmin(env.services);
    const first = await callAs(env.services, caller, 'demo.load', {});
    expect(first).toMatchObject({ departments: 66, users: 5 });
    expect(first.resources).toBeGreaterThanOrEqual(50);
    expect(first.projects).toBeGreaterThanOrEqual(30);
    expect(await callAs(env.services, caller, 'demo.load', {})).toEqual({ departments: 0, users: 0, resources: 0, projects: 0 });
    const published = await callAs(env.services, caller, 'directory.list', { filters: { status: 'published' }, limit: 1 });
    expect(published.total).toBeGreaterThan(40);
    const towns = await callAs(env.services, caller, 'departments.list', { filters: { level: 'town' }, limit: 100 });
    expect(towns.total).toBe(24);
    expect(towns.rows.map((d) => d.name)).toContain('石岐街道办事处');
    const roles = (await callAs(env.services, caller, 'users.list', { limit: 100 })).rows.map((u) => u.role).sort();
    expect(roles).toEqual(['admin', 'auditor', 'bureau', 'inspector', 'registrant', 'registrant']);
  });

  it('two first-run setups at once make exactly one administrator', async () => {
    const anon = { kind: 'anonymous' } as const;
    const results = await Promise.allSettled([
      callAs(env.services, anon, 'auth.setup', { username: 'admin', displayName: 'A', password: 'password-aaa' }),
      callAs(env.services, anon, 'auth.setup', { username: 'mallory', displayName: 'M', password: 'password-mmm' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'ALREADY_SET_UP' } });
    expect(env.services.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM users')?.n).toBe(1);
  });

  it('changing one\'s own password needs the current one and ends the other sessions', async () => {
    const { caller, user, session } = await signedInAdmin(env.services);
    const other = await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'admin', password: 'admin-password-1' });
    await expect(callAs(env.services, caller, 'users.setPassword', { id: user.id, password: 'new-password-2' })).rejects.toMatchObject({
      fields: [{ path: 'currentPassword' }],
    });
    await expect(
      callAs(env.services, caller, 'users.setPassword', { id: user.id, password: 'new-password-2', currentPassword: 'wrong' }),
    ).rejects.toMatchObject({ key: 'errors.user.currentPasswordWrong' });
    await callAs(env.services, caller, 'users.setPassword', { id: user.id, password: 'new-password-2', currentPassword: 'admin-password-1' });
    expect(env.services.sessions.resolve(other.session)).toBeNull();
    expect(env.services.sessions.resolve(session)).toBe(user.id);
    await expect(callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'admin', password: 'admin-password-1' })).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    expect((await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'admin', password: 'new-password-2' })).user.id).toBe(user.id);
  });
});
