import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../shared/api/contract';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { marketProject, projectWorld } from '../projects/test-fixture';
import { useEngineFactory } from './engine-host';
import { namesEngine } from './test-engine';

describe('duplicate-construction review reports', () => {
  let w: Awaited<ReturnType<typeof projectWorld>>;
  beforeAll(() => useEngineFactory(namesEngine));
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);

  /** An earlier, running project of the police with the same system; then the market's project enters 共享审核. */
  async function underReview() {
    const earlier = await call(w.police, 'projects.create', marketProject(w.depts.gaj.id, w.sharedResource.id, { name: '公安信用监管系统建设项目', consumes: [], provides: [] }));
    await call(w.police, 'projects.transition', { id: earlier.id, action: 'submit', comment: '' });
    const p = await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { consumes: [], dataItems: [{ name: '公民身份号码', dataType: 'string', length: 18 }, { name: '经营范围', dataType: 'string', length: 500 }] }));
    await call(w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    await call(w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    return { earlier, p };
  }

  it('a project entering 共享审核 gets a report at once: duplicated projects and re-collected items with the resource to use', async () => {
    const { earlier, p } = await underReview();
    const report = (await call(w.auditor, 'review.get', { projectId: p.code }))!;
    expect(report).toMatchObject({ version: 1, trigger: 'auto', status: 'open', projectStatus: 'sharing_review' });
    expect(report.findings.map((f) => f.label)).toEqual(['duplicate', 'recollection']);
    expect(report.findings[0]!.otherProject).toMatchObject({ id: earlier.id, departmentName: '中山市公安局' });
    expect(report.findings[1]).toMatchObject({ dataItem: '公民身份号码', resource: { name: '居民身份核验信息', providerName: '中山市公安局', item: '公民身份号码' } });
    expect(report.can).toEqual(expect.arrayContaining(['decide', 'conclude', 'check']));
    // The department reads its report but decides nothing.
    const seen = (await call(w.market, 'review.get', { projectId: p.id }))!;
    expect(seen.can).toEqual([]);
    await expect(call(w.market, 'review.decide', { findingId: report.findings[0]!.id, decision: 'dismissed', reason: '不同' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.bureau, 'review.get', { projectId: p.id })).resolves.not.toBeNull();
  });

  it('every finding is decided before the report concludes; returning lists what to consume instead, and moves the project', async () => {
    const { p } = await underReview();
    const report = (await call(w.auditor, 'review.get', { projectId: p.id }))!;
    const [dup, rec] = report.findings;
    await expect(call(w.auditor, 'review.decide', { findingId: dup!.id, decision: 'dismissed', reason: '' })).rejects.toMatchObject({ fields: [{ path: 'reason' }] });
    await call(w.auditor, 'review.decide', { findingId: dup!.id, decision: 'dismissed', reason: '公安系统为内部执法用，用户不同' });
    await expect(call(w.auditor, 'review.conclude', { reportId: report.id, conclusion: 'return', comment: '' })).rejects.toMatchObject({ code: 'CONFLICT', key: 'review.rule.undecided', params: { count: 1 } });
    await call(w.auditor, 'review.decide', { findingId: rec!.id, decision: 'confirmed', reason: '' });
    const done = await call(w.auditor, 'review.conclude', { reportId: report.id, conclusion: 'return', comment: '请改为调用身份核验资源' });
    expect(done).toMatchObject({ status: 'concluded', conclusion: 'return', projectStatus: 'returned', can: ['check'] });
    expect(done.conclusionComment).toContain(`请改为共享调用：${w.sharedResource.code} 居民身份核验信息`);
    const project = await call(w.market, 'projects.get', { ref: p.id });
    expect(project.history.at(-1)).toMatchObject({ action: 'return', userName: '陈审核' });
    expect(project.history.at(-1)!.comment).toContain('居民身份核验信息');
    await expect(call(w.auditor, 'review.decide', { findingId: rec!.id, decision: 'dismissed', reason: '改主意' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a re-check after the project changes is a new version that keeps decisions on unchanged findings', async () => {
    const { p } = await underReview();
    const v1 = (await call(w.auditor, 'review.get', { projectId: p.id }))!;
    await call(w.auditor, 'review.decide', { findingId: v1.findings[0]!.id, decision: 'dismissed', reason: '用户不同' });
    await call(w.auditor, 'review.decide', { findingId: v1.findings[1]!.id, decision: 'confirmed', reason: '' });
    await call(w.auditor, 'review.conclude', { reportId: v1.id, conclusion: 'return', comment: '请调整' });
    // The registrant drops the re-collected item and adds another; resubmitted, it is checked again.
    await call(w.market, 'projects.update', { id: p.id, input: marketProject(w.depts.scj.id, w.sharedResource.id, { consumes: [], provides: [], dataItems: [{ name: '姓名', dataType: 'string', length: 50 }] }) });
    await call(w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    await call(w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    const v2 = (await call(w.auditor, 'review.get', { projectId: p.id }))!;
    expect(v2.version).toBe(2);
    expect(v2.versions).toBe(2);
    expect(v2.findings.map((f) => `${f.label}:${f.decision}:${f.carried}`)).toEqual(['duplicate:dismissed:true', 'recollection:null:false']);
    expect(v2.findings[1]!.dataItem).toBe('姓名');
    const old = (await call(w.auditor, 'review.get', { projectId: p.id, version: 1 }))!;
    expect(old).toMatchObject({ status: 'concluded', can: ['check'] });
    // On demand: bureau staff may re-run; a registrant may not.
    await expect(call(w.market, 'review.check', { projectId: p.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await call(w.bureau, 'review.check', { projectId: p.id })).version).toBe(3);
  });

  it('the 共享审核 step on the project page waits for every finding to be decided, then concludes the report with it', async () => {
    const { p } = await underReview();
    await expect(call(w.auditor, 'projects.transition', { id: p.id, action: 'approve', comment: '同意' })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'review.rule.decideInReport',
      params: { count: 2 },
    });
    const report = (await call(w.auditor, 'review.get', { projectId: p.id }))!;
    for (const f of report.findings) await call(w.auditor, 'review.decide', { findingId: f.id, decision: 'dismissed', reason: '经核实不重复' });
    expect((await call(w.auditor, 'projects.transition', { id: p.id, action: 'approve', comment: '同意' })).status).toBe('approved');
    expect(await call(w.auditor, 'review.get', { projectId: p.id })).toMatchObject({ status: 'concluded', conclusion: 'approve', conclusionComment: '同意', concludedBy: '陈审核' });
  });
});
