import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../shared/api/contract';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { marketProject, projectWorld } from './test-fixture';

describe('information projects', () => {
  let w: Awaited<ReturnType<typeof projectWorld>>;
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);
  const draft = () => call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id));

  it('a registrant declares a project: a number per year, its needs and a promised draft entry in the directory', async () => {
    const p = await draft();
    expect(p).toMatchObject({ code: 'XM2026-0001', status: 'draft', departmentName: '中山市市场监督管理局', budget: 380.5, gate: null });
    expect(p.systems).toEqual([expect.objectContaining({ name: '信用监管系统', functions: ['信用评价', '分类监管', '联合惩戒'] })]);
    expect(p.consumes).toEqual([expect.objectContaining({ name: '居民身份核验信息', providerName: '中山市公安局', status: 'published' })]);
    expect(p.provides).toEqual([expect.objectContaining({ name: '市场主体信用评价结果', status: 'draft', promisedShareType: 'unconditional' })]);
    expect(p.can).toEqual(expect.arrayContaining(['edit', 'submit', 'attach']));
    // The promised entry is a draft of the project's department, not yet complete enough to submit.
    const entry = await call(w.market, 'directory.get', { ref: p.provides[0]!.resourceId });
    expect(entry).toMatchObject({ providerName: '中山市市场监督管理局', status: 'draft', shareType: 'unconditional' });
    await expect(call(w.market, 'directory.transition', { id: entry.id, action: 'submit', comment: '' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: expect.arrayContaining([{ path: 'items', key: 'dir.rule.itemsRequired' }]),
    });
    const again = await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { name: '市场主体信用监管平台（二期）', provides: [] }));
    expect(again.code).toBe('XM2026-0002');
  });

  it('checks a declaration as it is typed: budget, names, needs; a same-name project is a warning', async () => {
    await expect(call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { budget: 0 }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'budget', key: 'proj.rule.budgetPositive' }],
    });
    await draft();
    const { issues } = await call(w.market, 'projects.check', {
      id: null,
      input: marketProject(w.depts.scj.id, w.sharedResource.id, {
        name: '市场主体 信用监管平台建设项目',
        systems: [{ name: '信用监管系统' }, { name: '信用监管系统' }],
        dataItems: [{ name: '企业名称', dataType: 'string', length: null }],
        provides: [{ shareType: 'none', draft: null }],
      }),
    });
    expect(issues.map((i) => `${i.severity}:${i.path}:${i.key}`)).toEqual(
      expect.arrayContaining([
        'warning:name:proj.rule.duplicateName',
        'error:systems.1.name:proj.rule.duplicateSystem',
        'error:dataItems.0.length:dir.rule.lengthRequired',
        'error:provides.0:proj.rule.provideEmpty',
      ]),
    );
    // A warning alone does not stop saving.
    const twin = await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { name: '市场主体信用监管平台建设项目（重报）', provides: [] }));
    expect(twin.status).toBe('draft');
    // Needs must be other departments' published resources.
    const own = await call(w.police, 'projects.check', { id: null, input: marketProject(w.depts.gaj.id, w.sharedResource.id, { provides: [] }) });
    expect(own.issues).toContainEqual(expect.objectContaining({ path: 'consumes.0.resourceId', key: 'proj.rule.consumeOwn' }));
  });

  it('another department can neither see nor edit a project, at the service (not only hidden buttons)', async () => {
    const p = await draft();
    const before = w.env.opCount();
    await expect(call(w.police, 'projects.get', { ref: p.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call(w.police, 'projects.update', { id: p.id, input: marketProject(w.depts.scj.id, w.sharedResource.id) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'projects.update', { id: p.id, input: marketProject(w.depts.gaj.id, w.sharedResource.id) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'projects.transition', { id: p.id, action: 'submit', comment: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call(w.police, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'projects.attach', { projectId: p.id, kind: 'feasibility', fileName: 'a.pdf', contentBase64: 'JVBERi0=' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(w.env.opCount()).toBe(before);
    expect((await call(w.police, 'projects.list', {})).total).toBe(0);
    expect((await call(w.market, 'projects.list', {})).total).toBe(1);
    expect((await call(w.auditor, 'projects.list', {})).total).toBe(1);
  });

  it('the whole workflow: each step only by its role, with comments, timeline and audit log; acceptance through the gate', async () => {
    const p = await draft();
    const step = (who: Caller, action: Input<'projects.transition'>['action'], comment = '') => call(who, 'projects.transition', { id: p.id, action, comment });
    await expect(step(w.bureau, 'approve')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await step(w.market, 'submit')).status).toBe('submitted');
    await expect(step(w.market, 'formal_pass')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(step(w.auditor, 'formal_pass')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await step(w.bureau, 'formal_pass')).status).toBe('sharing_review');
    expect((await call(w.auditor, 'projects.list', { filters: { queue: '1' } })).rows.map((r) => r.id)).toEqual([p.id]);
    await expect(step(w.bureau, 'approve')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(step(w.auditor, 'return')).rejects.toMatchObject({ code: 'VALIDATION', fields: [{ path: 'comment' }] });
    expect((await step(w.auditor, 'return', '已有公安身份核验接口，请删除自建的身份采集项')).status).toBe('returned');
    const notes = await call(w.market, 'notifications.list', {});
    expect(notes.items[0]).toMatchObject({ key: 'proj.notify.returned', refId: p.id });
    // The registrant fixes and resubmits.
    const fixed = await call(w.market, 'projects.update', { id: p.id, input: marketProject(w.depts.scj.id, w.sharedResource.id, { dataItems: [{ name: '统一社会信用代码', dataType: 'string', length: 18 }], provides: [{ resourceId: (await call(w.market, 'projects.get', { ref: p.id })).provides[0]!.resourceId, shareType: 'unconditional' }] }) });
    expect(fixed.dataItems.map((i) => i.name)).toEqual(['统一社会信用代码']);
    expect(fixed.provides).toHaveLength(1);
    await step(w.market, 'submit', '已删除重复采集项');
    await step(w.bureau, 'formal_pass');
    expect((await step(w.auditor, 'approve', '同意')).status).toBe('approved');
    await expect(call(w.market, 'projects.update', { id: p.id, input: marketProject(w.depts.scj.id, w.sharedResource.id) })).rejects.toMatchObject({ code: 'FORBIDDEN', key: 'proj.rule.notEditable' });
    expect((await step(w.market, 'start')).status).toBe('building');
    const building = await step(w.market, 'request_acceptance');
    expect(building.gate).toMatchObject({ passes: false, missing: [{ name: '市场主体信用评价结果', problem: 'notPublished', excepted: false }] });
    await expect(step(w.auditor, 'accept')).rejects.toMatchObject({ code: 'CONFLICT', key: 'proj.rule.gateNotPassed', params: { count: 1 } });
    // The department completes and publishes the promised entry; then acceptance passes.
    const promised = building.provides[0]!.resourceId;
    const entry = await call(w.market, 'directory.get', { ref: promised });
    await call(w.market, 'directory.update', {
      id: promised,
      input: { name: entry.name, classCode: entry.classCode, providerDeptId: entry.providerDeptId, summary: entry.summary, format: entry.format, shareType: 'unconditional', shareMethod: 'api', openType: 'open', updateCycle: 'monthly', items: [{ name: '信用等级', dataType: 'enum', length: null }] },
    });
    await call(w.market, 'directory.transition', { id: promised, action: 'submit', comment: '' });
    await call(w.bureau, 'directory.transition', { id: promised, action: 'publish', comment: '' });
    expect((await call(w.auditor, 'projects.get', { ref: p.code })).gate).toEqual({ passes: true, missing: [] });
    const done = await step(w.auditor, 'accept', '验收通过');
    expect(done.status).toBe('operating');
    expect(done.history.map((h) => `${h.action}:${h.toStatus}`)).toEqual([
      'create:draft', 'submit:submitted', 'formal_pass:sharing_review', 'return:returned', 'update:returned', 'submit:submitted',
      'formal_pass:sharing_review', 'approve:approved', 'start:building', 'request_acceptance:acceptance', 'accept:operating',
    ]);
    expect(done.history[3]).toMatchObject({ comment: '已有公安身份核验接口，请删除自建的身份采集项', userName: '陈审核' });
    // Every transition is in the hash-chained audit log, with who made it.
    const ops = w.env.services.store.all<{ fields: string; user_id: string | null }>(
      "SELECT fields, user_id FROM ops WHERE entity = 'project_event' AND kind = 'insert' ORDER BY seq",
    );
    const logged = ops.map((o) => `${(JSON.parse(o.fields) as Record<string, { new: unknown }>).action?.new}:${o.user_id}`);
    expect(logged).toEqual(
      done.history.map((h) => {
        const who = { 陈审核: w.auditor, 'bureau.li': w.bureau, 'scj.zhao': w.market }[h.userName ?? ''];
        return `${h.action}:${who?.kind === 'user' ? who.user.id : '?'}`;
      }),
    );
    const statusChanges = w.env.services.store.all<{ fields: string }>("SELECT fields FROM ops WHERE entity = 'project' AND kind = 'update' AND entity_id = ?", [p.id]);
    expect(statusChanges.filter((o) => 'status' in (JSON.parse(o.fields) as object))).toHaveLength(9);
  });

  it('small projects are filed (备案) after the formal check; the threshold is the bureau\u2019s to set', async () => {
    await expect(call(w.market, 'projects.setConfig', { filingThreshold: 500 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await call(w.bureau, 'projects.setConfig', { filingThreshold: 500 })).toEqual({ filingThreshold: 500 });
    const p = await draft();
    await call(w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    const filed = await call(w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    expect(filed.status).toBe('filed');
    expect(filed.can).not.toContain('approve');
    expect((await call(w.market, 'projects.transition', { id: p.id, action: 'start', comment: '' })).status).toBe('building');
  });

  it('an auditor may let a promise pass the gate with a reason on record', async () => {
    await call(w.bureau, 'projects.setConfig', { filingThreshold: 1000 });
    const p = await draft();
    for (const [who, action] of [[w.market, 'submit'], [w.bureau, 'formal_pass'], [w.market, 'start'], [w.market, 'request_acceptance']] as const) {
      await call(who, 'projects.transition', { id: p.id, action, comment: '' });
    }
    const provideId = p.provides[0]!.id;
    await expect(call(w.market, 'projects.except', { id: p.id, provideId, reason: '数据暂不具备共享条件' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const excepted = await call(w.auditor, 'projects.except', { id: p.id, provideId, reason: '数据暂不具备共享条件' });
    expect(excepted.gate).toMatchObject({ passes: true, missing: [{ excepted: true }] });
    expect(excepted.provides[0]!.exception).toMatchObject({ reason: '数据暂不具备共享条件', userName: '陈审核' });
    expect((await call(w.auditor, 'projects.transition', { id: p.id, action: 'accept', comment: '' })).status).toBe('operating');
  });

  it('attachments are stored once by hash in the data folder and read back', async () => {
    const p = await draft();
    const content = Buffer.from('可行性研究报告 v1').toString('base64');
    const v = await call(w.market, 'projects.attach', { projectId: p.id, kind: 'feasibility', fileName: '../../etc/可研报告.pdf', contentBase64: content });
    expect(v.attachments).toEqual([expect.objectContaining({ fileName: '可研报告.pdf', kind: 'feasibility', size: Buffer.from(content, 'base64').length })]);
    const out = await call(w.auditor, 'projects.attachment', { id: v.attachments[0]!.id });
    expect(out).toEqual({ fileName: '可研报告.pdf', contentBase64: content });
    await expect(call(w.police, 'projects.attachment', { id: v.attachments[0]!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
