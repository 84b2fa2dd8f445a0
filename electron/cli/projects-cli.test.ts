import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectRow, ProjectView } from '../../shared/project/project';
import { openCore } from '../app/core';
import { projectWorld } from '../services/projects/test-fixture';
import { captureCli, type CliRun } from '../test-support/cli-capture';

/** A declaration as a department would write it: department by code, the needed resource by its directory code. */
function declaration(consumeCode: string, overrides: Record<string, unknown> = {}) {
  return {
    name: '市场主体信用监管平台建设项目',
    department: 'ZS024',
    type: 'new',
    year: 2026,
    budget: 380.5,
    fundingSource: 'fiscal',
    content: '建设市场主体信用监管平台，归集市场主体登记、许可、处罚信息，实现分级分类监管。',
    systems: [{ name: '信用监管系统', functions: ['信用评价', '分类监管'] }],
    dataItems: [{ name: '统一社会信用代码', dataType: 'string', length: 18 }],
    consumes: [{ resource: consumeCode, purpose: '核验法定代表人身份' }],
    provides: [
      {
        shareType: 'unconditional',
        draft: { name: '市场主体信用评价结果', classCode: '201', summary: '市场主体信用评价等级与评价日期。', format: 'database', openType: 'open', updateCycle: 'monthly' },
      },
    ],
    ...overrides,
  };
}

/** `tongchou project …` in-process through main(argv), on a data folder of the projects' test world. */
describe('tongchou project', () => {
  let dataDir: string;
  let sharedCode: string;
  let tongchou: CliRun;
  beforeEach(async () => {
    const w = await projectWorld();
    dataDir = w.env.dataDir;
    sharedCode = w.sharedResource.code;
    await w.env.core.close(); // the CLI opens the folder itself
    tongchou = captureCli(dataDir);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const file = (name: string, content: unknown) => {
    const p = path.join(dataDir, name);
    fs.writeFileSync(p, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
    return p;
  };
  const opCount = async () => {
    const core = await openCore({ dataDir, mode: 'cli', holder: 'vitest' });
    try {
      return core.services.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ops')!.n;
    } finally {
      await core.close();
    }
  };
  const register = async (overrides: Record<string, unknown> = {}, as = 'scj.zhao') => {
    const r = await tongchou('project', 'register', file('p.json', declaration(sharedCode, overrides)), '--as', as);
    expect(r.code, r.err).toBe(0);
    return /(XM\d{4}-\d{4})/.exec(r.out)![1]!;
  };

  it('register reads the JSON file as the registrant: prints the code and id; show --json has what was declared', async () => {
    const r = await tongchou('project', 'register', file('p.json', declaration(sharedCode)), '--as', 'scj.zhao');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^已登记项目草稿 XM2026-0001「市场主体信用监管平台建设项目」（id：\S+）\n$/);
    const show = await tongchou('project', 'show', 'XM2026-0001', '--as', 'scj.zhao', '--json');
    const v = JSON.parse(show.out) as ProjectView;
    expect(r.out).toContain(v.id);
    expect(v).toMatchObject({ status: 'draft', departmentName: '中山市市场监督管理局', budget: 380.5, year: 2026 });
    expect(v.consumes).toEqual([expect.objectContaining({ code: sharedCode, name: '居民身份核验信息', purpose: '核验法定代表人身份' })]);
    expect(v.provides).toEqual([expect.objectContaining({ name: '市场主体信用评价结果', status: 'draft', promisedShareType: 'unconditional' })]);
    expect(v.history[0]).toMatchObject({ action: 'create', toStatus: 'draft', userName: 'scj.zhao' });
    // A second declaration with the same name is registered, with a warning on stderr.
    const twin = await tongchou('project', 'register', file('twin.json', declaration(sharedCode, { name: '市场主体 信用监管平台建设项目', provides: [] })), '--as', 'scj.zhao');
    expect(twin.code).toBe(0);
    expect(twin.out).toContain('XM2026-0002');
    expect(twin.err).toBe('提示：已有同名项目：XM2026-0001，请确认不是重复申报\n');
    // The department may be named in full; another department's registrant may not declare for it.
    expect((await tongchou('project', 'register', file('n.json', declaration(sharedCode, { name: '市场监管移动执法系统升级项目', department: '中山市市场监督管理局', provides: [] })))).code).toBe(0);
    const other = await tongchou('project', 'register', file('o.json', declaration(sharedCode, { name: '替别人申报的项目名称' })), '--as', 'gaj.wang');
    expect(other.code).toBe(1);
    expect(other.err).toBe('操作被拒绝：FORBIDDEN: 只能申报和修改本部门的项目\n');
  });

  it('list: a table in Chinese, --json rows, filters by status, department, year and search; a department sees its own only', async () => {
    const first = await register();
    await register({ name: '市场监管移动执法系统升级项目', type: 'upgrade', year: 2025, budget: 1200, provides: [] });
    expect((await tongchou('project', 'transition', first, '申报', '--as', 'scj.zhao')).code).toBe(0);

    const table = await tongchou('project', 'list');
    expect(table.code).toBe(0);
    const lines = table.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^项目编号\s+项目名称\s+申报单位\s+类型\s+年度\s+预算（万元）\s+状态$/);
    expect(lines).toHaveLength(4);
    expect(table.out).toMatch(/XM2026-0001\s+市场主体信用监管平台建设项目\s+中山市市场监督管理局\s+新建\s+2026\s+380\.5\s+已申报/);
    expect(table.out).toMatch(/XM2025-0001\s+市场监管移动执法系统升级项目\s+中山市市场监督管理局\s+升级改造\s+2025\s+1,200\s+草稿/);

    const json = JSON.parse((await tongchou('project', 'list', '--json')).out) as ProjectRow[];
    expect(json.map((r) => [r.code, r.status])).toEqual([['XM2026-0001', 'submitted'], ['XM2025-0001', 'draft']]);
    const codes = async (...args: string[]) => (JSON.parse((await tongchou('project', 'list', '--json', ...args)).out) as ProjectRow[]).map((r) => r.code);
    expect(await codes('--status', 'draft')).toEqual(['XM2025-0001']);
    expect(await codes('--year', '2026')).toEqual(['XM2026-0001']);
    expect(await codes('--search', '执法')).toEqual(['XM2025-0001']);
    expect(await codes('--department', 'ZS024', '--as', 'audit.chen')).toHaveLength(2);
    expect(await codes('--as', 'gaj.wang')).toEqual([]);
    expect(await codes('--limit', '1')).toEqual(['XM2026-0001']);
    expect((await tongchou('project', 'list', '--limit', '1')).out).toContain('显示 1 个，共 2 个项目');
    expect((await tongchou('project', 'list', '--as', 'gaj.wang')).out).toBe('没有符合条件的项目\n');

    // Only the workflow's statuses; a bad year; an unknown department.
    const bad = await tongchou('project', 'list', '--status', 'finished');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('sharing_review');
    expect((await tongchou('project', 'list', '--year', '26')).code).toBe(2);
    const dept = await tongchou('project', 'list', '--department', 'ZS999');
    expect(dept.code).toBe(1);
    expect(dept.err).toContain('部门代码“ZS999”不存在');
  });

  it('the review by the right users: submit (申报), formal check, approval, construction; acceptance blocked by the gate', async () => {
    const code = await register();
    const step = (action: string, as: string, ...rest: string[]) => tongchou('project', 'transition', code, action, '--as', as, ...rest);
    expect((await step('申报', 'scj.zhao')).out).toBe(`${code}：申报 → 已申报\n`);
    expect((await step('formal_pass', 'bureau.li')).out).toBe(`${code}：形式审查通过 → 共享审核\n`);
    expect((await step('审批通过', 'audit.chen', '--comment', '同意，按共享需求使用公安身份核验接口')).out).toBe(`${code}：审批通过 → 审批通过\n`);
    // Under construction, the gate says what is still to be delivered.
    expect((await step('start', 'scj.zhao')).out).toBe(`${code}：开始建设 → 建设中\n验收闸门：还有 1 项承诺的资源未落实（tongchou project show ${code} 查看）\n`);
    const requested = await step('request-acceptance', 'scj.zhao');
    expect(requested.out).toBe(`${code}：申请验收 → 验收中\n验收闸门：还有 1 项承诺的资源未落实（tongchou project show ${code} 查看）\n`);
    // The promised entry is still a draft: acceptance is refused, with the count.
    const before = await opCount();
    const accept = await step('accept', 'audit.chen');
    expect(accept.code).toBe(1);
    expect(accept.err).toBe('操作被拒绝：CONFLICT: 验收未通过：还有 1 项承诺的资源未落实\n');
    expect(await opCount()).toBe(before);

    const show = await tongchou('project', 'show', code, '--as', 'audit.chen');
    expect(show.code).toBe(0);
    expect(show.out).toContain(`${code}  市场主体信用监管平台建设项目  [验收中]`);
    expect(show.out).toContain('预算：380.5 万元');
    expect(show.out).toContain('  - 信用监管系统：信用评价、分类监管');
    expect(show.out).toContain(`  - ${sharedCode} 居民身份核验信息 · 中山市公安局 [已发布] · 核验法定代表人身份`);
    expect(show.out).toMatch(/验收闸门：验收未通过：还有 1 项承诺的资源未落实\n {2}- \S+ 市场主体信用评价结果：承诺的资源尚未发布/);
    expect(show.out).toMatch(/申报 {2}草稿 → 已申报 {2}scj\.zhao/);
    expect(show.out).toMatch(/审批通过 {2}共享审核 → 审批通过 {2}陈审核 {2}「同意，按共享需求使用公安身份核验接口」/);
    expect(show.out).toContain('当前可办理：验收通过 (accept)、验收退回 (acceptance_return)');
  });

  it('a step by the wrong role, or in the wrong state, is refused in Chinese and writes nothing; --as is required', async () => {
    const code = await register();
    const before = await opCount();
    const wrong = await tongchou('project', 'transition', code, 'submit', '--as', 'audit.chen');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe('操作被拒绝：FORBIDDEN: 您没有执行此操作的权限（“申报”须由项目所属部门的填报员或数据局工作人员办理）\n');
    const early = await tongchou('project', 'transition', code, '审批通过', '--as', 'audit.chen');
    expect(early.code).toBe(1);
    expect(early.err).toBe('操作被拒绝：CONFLICT: 当前状态下不能执行此操作：审批通过（当前状态：草稿）\n');
    const notSeen = await tongchou('project', 'transition', code, 'submit', '--as', 'gaj.wang');
    expect(notSeen.err).toContain(`未找到项目“${code}”`);
    expect(await opCount()).toBe(before);

    await tongchou('project', 'transition', code, 'submit', '--as', 'scj.zhao');
    const byRegistrant = await tongchou('project', 'transition', code, '形式审查通过', '--as', 'scj.zhao');
    expect(byRegistrant.code).toBe(1);
    expect(byRegistrant.err).toContain('“形式审查通过”须由数据局工作人员办理');
    const noComment = await tongchou('project', 'transition', code, 'formal_return', '--as', 'bureau.li');
    expect(noComment.code).toBe(1);
    expect(noComment.err).toContain('退回和不予通过须填写意见');
    expect((await tongchou('project', 'transition', code, 'formal_pass')).code).toBe(2); // no --as
    const unknown = await tongchou('project', 'transition', code, '通过', '--as', 'bureau.li');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('formal_pass (形式审查通过)');
    expect((await tongchou('project', 'show', code, '--json')).out).toContain('"status": "submitted"');
  });

  it('a bad file exits 1 with the reason and writes nothing', async () => {
    const before = await opCount();
    const broken = await tongchou('project', 'register', file('broken.json', '{\n  "name": "项目",\n  budget: 1\n}'), '--as', 'scj.zhao');
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^操作被拒绝：\S+broken\.json 不是有效的 JSON（第 3 行第 3 列附近）\n$/);
    const invalid = await tongchou('project', 'register', file('invalid.json', declaration(sharedCode, { budget: 0, type: 'rebuild', extra: 1 })), '--as', 'scj.zhao');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('VALIDATION: 输入有误');
    expect(invalid.err).toContain('budget: 预算须为正数（万元）');
    expect(invalid.err).toContain('type: 不在可选范围内');
    expect(invalid.err).toContain('extra: 不允许的字段');
    const dept = await tongchou('project', 'register', file('dept.json', declaration(sharedCode, { department: 'ZS999' })));
    expect(dept.err).toContain('申报单位“ZS999”不存在');
    const resource = await tongchou('project', 'register', file('res.json', declaration('999/000999')));
    expect(resource.err).toContain('consumes.0.resource：目录中没有代码为“999/000999”的资源');
    expect((await tongchou('project', 'register', file('list.json', [declaration(sharedCode)]))).err).toContain('的内容须是一个 JSON 对象');
    const big = file('big.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    const tooBig = await tongchou('project', 'register', big);
    expect(tooBig.code).toBe(1);
    expect(tooBig.err).toContain('超过 5 MiB 上限');
    expect((await tongchou('project', 'register', path.join(dataDir, 'missing.json'))).err).toContain('无法读取文件');
    expect(await opCount()).toBe(before);
    // A byte-order mark (Windows Notepad) is fine.
    expect((await tongchou('project', 'register', file('bom.json', '\uFEFF' + JSON.stringify(declaration(sharedCode))), '--as', 'scj.zhao')).code).toBe(0);
  });

  it('--lang en: the same lines in English', async () => {
    const r = await tongchou('--lang', 'en', 'project', 'register', file('p.json', declaration(sharedCode)), '--as', 'scj.zhao');
    expect(r.out).toMatch(/^Registered draft project XM2026-0001 “市场主体信用监管平台建设项目” \(id: \S+\)\n$/);
    const list = await tongchou('--lang', 'en', 'project', 'list');
    expect(list.out).toMatch(/^Project no\.\s+Project name\s+Department\s+Type\s+Year\s+Budget \(10k yuan\)\s+Status\n/);
    expect(list.out).toMatch(/New build\s+2026\s+380\.5\s+Draft/);
    const step = await tongchou('--lang', 'en', 'project', 'transition', 'XM2026-0001', 'Declare', '--as', 'scj.zhao');
    expect(step.out).toBe('XM2026-0001: Declare → Declared\n');
    const refused = await tongchou('--lang', 'en', 'project', 'transition', 'XM2026-0001', 'formal_pass', '--as', 'scj.zhao');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('Refused: FORBIDDEN: You are not allowed to do this (“Pass formal check” is a step for bureau staff)\n');
    const show = await tongchou('--lang', 'en', 'project', 'show', 'XM2026-0001');
    expect(show.out).toContain('Budget: 380.5 ×10k yuan');
    expect(show.out).toContain('Timeline');
  });
});
