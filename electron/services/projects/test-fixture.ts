import type { ProjectInputRaw } from '../../../shared/project/project';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { directoryWorld, householdEntry } from '../directory/test-fixture';

/**
 * The directory's cast plus an auditor and a published, shareable police resource that a
 * market-supervision project can consume: the world of the project stories.
 */
export async function projectWorld() {
  const w = await directoryWorld();
  await callAs(w.env.services, w.admin, 'users.create', { username: 'audit.chen', displayName: '陈审核', password: 'password-123', role: 'auditor', departmentId: w.depts.sjj.id });
  const { session, user } = await callAs(w.env.services, { kind: 'anonymous' }, 'auth.login', { username: 'audit.chen', password: 'password-123' });
  const auditor: Caller = { kind: 'user', user: { id: user.id, username: 'audit.chen', role: 'auditor', departmentId: w.depts.sjj.id }, session };
  const shared = await callAs(w.env.services, w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '居民身份核验信息', shareType: 'conditional', shareCondition: '用于政务服务身份核验' }));
  await callAs(w.env.services, w.police, 'directory.transition', { id: shared.id, action: 'submit', comment: '' });
  await callAs(w.env.services, w.bureau, 'directory.transition', { id: shared.id, action: 'publish', comment: '' });
  return { ...w, auditor, sharedResource: shared };
}

/** A market-supervision project (市场监管局) that consumes the police resource and promises one new one. */
export function marketProject(departmentId: string, consumeId: string, overrides: Partial<ProjectInputRaw> = {}): ProjectInputRaw {
  return {
    name: '市场主体信用监管平台建设项目',
    departmentId,
    type: 'new',
    year: 2026,
    budget: 380.5,
    fundingSource: 'fiscal',
    content: '建设市场主体信用监管平台，归集市场主体登记、许可、处罚信息，实现分级分类监管。',
    systems: [{ name: '信用监管系统', functions: ['信用评价', '分类监管', '联合惩戒'] }],
    dataItems: [
      { name: '统一社会信用代码', dataType: 'string', length: 18 },
      { name: '法定代表人姓名', dataType: 'string', length: 50 },
    ],
    consumes: [{ resourceId: consumeId, purpose: '核验法定代表人身份' }],
    provides: [
      {
        shareType: 'unconditional',
        draft: { name: '市场主体信用评价结果', classCode: '201', summary: '市场主体信用评价等级与评价日期。', format: 'database', openType: 'open', updateCycle: 'monthly' },
      },
    ],
    ...overrides,
  };
}
