import type { ResourceInputRaw } from '../../../shared/directory/resource';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { signedInAdmin, tempCore } from '../../test-support/temp-core';

/**
 * A data folder with two departments (公安局 provides, 市场监管局 applies), one registrant each,
 * a bureau officer, and signed-in callers for each — the cast of the directory's stories.
 */
export async function directoryWorld() {
  const env = await tempCore('tongchou-dir-');
  const { caller: admin } = await signedInAdmin(env.services);
  const gaj = await callAs(env.services, admin, 'departments.create', { code: 'ZS006', name: '中山市公安局', level: 'city' });
  const scj = await callAs(env.services, admin, 'departments.create', { code: 'ZS024', name: '中山市市场监督管理局', level: 'city' });
  const sjj = await callAs(env.services, admin, 'departments.create', { code: 'ZS028', name: '中山市政务服务和数据管理局', level: 'city' });
  const signIn = async (username: string, role: 'registrant' | 'bureau' | 'auditor', departmentId: string): Promise<Caller> => {
    await callAs(env.services, admin, 'users.create', { username, displayName: username, password: 'password-123', role, departmentId });
    const { session, user } = await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username, password: 'password-123' });
    return { kind: 'user', user: { id: user.id, username, role, departmentId }, session };
  };
  const police = await signIn('gaj.wang', 'registrant', gaj.id);
  const market = await signIn('scj.zhao', 'registrant', scj.id);
  const bureau = await signIn('bureau.li', 'bureau', sjj.id);
  return { env, admin, police, market, bureau, depts: { gaj, scj, sjj } };
}

/** A valid 不予共享 entry of the police: the kind the negative-list rule protects. */
export function householdEntry(providerDeptId: string, overrides: Partial<ResourceInputRaw> = {}): ResourceInputRaw {
  return {
    name: '户籍人口基本信息',
    classCode: '101',
    providerDeptId,
    summary: '全市户籍人口的户口登记信息，涵盖身份、出生、迁移和家庭关系等事项。',
    format: 'database',
    shareType: 'none',
    shareMethod: 'api',
    openType: 'closed',
    updateCycle: 'daily',
    sourceSystem: '人口信息管理系统',
    extra: { 数据量: '约 180 万条' },
    items: [
      { name: '公民身份号码', dataType: 'string', length: 18 },
      { name: '姓名', dataType: 'string', length: 50 },
      { name: '户籍地址', dataType: 'string', length: 200 },
    ],
    ...overrides,
  };
}
