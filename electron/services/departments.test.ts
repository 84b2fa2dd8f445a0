import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs } from '../api/dispatch';
import { signedInAdmin, tempCore } from '../test-support/temp-core';
import type { Caller } from './context';

describe('departments service', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  let admin: Caller;
  beforeEach(async () => {
    env = await tempCore();
    admin = (await signedInAdmin(env.services)).caller;
  });
  afterEach(() => env.dispose());

  it('creates, lists with SQL sorting/filtering/search, and records the change as an operation', async () => {
    await callAs(env.services, admin, 'departments.create', { code: 'ZS006', name: '中山市公安局', level: 'city' });
    await callAs(env.services, admin, 'departments.create', { code: 'ZT009', name: '小榄镇人民政府', level: 'town' });
    await callAs(env.services, admin, 'departments.create', { code: 'ZS024', name: '中山市市场监督管理局', level: 'city' });
    const all = await callAs(env.services, admin, 'departments.list', { sort: [{ id: 'code', desc: true }] });
    expect(all.total).toBe(3);
    expect(all.rows.map((d) => d.code)).toEqual(['ZT009', 'ZS024', 'ZS006']);
    const towns = await callAs(env.services, admin, 'departments.list', { filters: { level: 'town' } });
    expect(towns.rows.map((d) => d.name)).toEqual(['小榄镇人民政府']);
    const search = await callAs(env.services, admin, 'departments.list', { search: '公安' });
    expect(search.rows.map((d) => d.code)).toEqual(['ZS006']);
    const paged = await callAs(env.services, admin, 'departments.list', { offset: 1, limit: 1, sort: [{ id: 'code', desc: false }] });
    expect(paged).toMatchObject({ total: 3, rows: [{ code: 'ZS024' }] });
    const op = env.services.store.get<{ entity: string; kind: string; user_id: string }>("SELECT entity, kind, user_id FROM ops WHERE entity = 'department' ORDER BY seq DESC LIMIT 1");
    expect(op).toMatchObject({ entity: 'department', kind: 'insert', user_id: admin.kind === 'user' ? admin.user.id : '' });
  });

  it('refuses a duplicate code naming the field, and a parent cycle', async () => {
    const a = await callAs(env.services, admin, 'departments.create', { code: 'ZS006', name: '中山市公安局', level: 'city' });
    await expect(callAs(env.services, admin, 'departments.create', { code: 'ZS006', name: '另一个局', level: 'city' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'code' }],
    });
    const b = await callAs(env.services, admin, 'departments.create', { code: 'ZS006-1', name: '中山市公安局石岐分局', level: 'city', parentId: a.id });
    expect(b.parentName).toBe('中山市公安局');
    await expect(callAs(env.services, admin, 'departments.update', { id: a.id, patch: { parentId: b.id } })).rejects.toMatchObject({ key: 'errors.department.parentCycle' });
  });

  it('lets only administrators and bureau staff change departments', async () => {
    const dept = await callAs(env.services, admin, 'departments.create', { code: 'ZS006', name: '中山市公安局', level: 'city' });
    const registrant = await callAs(env.services, admin, 'users.create', {
      username: 'gaj.wang',
      displayName: '王芳',
      password: 'registrant-pw-1',
      role: 'registrant',
      departmentId: dept.id,
    });
    const { session } = await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username: 'gaj.wang', password: 'registrant-pw-1' });
    const caller: Caller = { kind: 'user', user: { id: registrant.id, username: registrant.username, role: 'registrant', departmentId: dept.id }, session };
    const before = env.opCount();
    await expect(callAs(env.services, caller, 'departments.create', { code: 'ZS999', name: '伪造部门', level: 'city' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callAs(env.services, caller, 'departments.update', { id: dept.id, patch: { name: '改名' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(env.opCount()).toBe(before);
    // Reading is open to every signed-in user.
    expect((await callAs(env.services, caller, 'departments.list', {})).total).toBe(1);
    await expect(callAs(env.services, { kind: 'anonymous' }, 'departments.list', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
