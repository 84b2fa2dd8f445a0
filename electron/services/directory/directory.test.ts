import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import type { Input, MethodName } from '../../../shared/api/contract';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { directoryWorld, householdEntry } from './test-fixture';

describe('the resource directory', () => {
  let w: Awaited<ReturnType<typeof directoryWorld>>;
  beforeEach(async () => {
    w = await directoryWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);

  it('a registrant registers a draft for their own department, with a code from the classification', async () => {
    const view = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    expect(view).toMatchObject({ code: '101/000001', status: 'draft', providerName: '中山市公安局', restricted: false });
    expect(view.items?.map((i) => i.name)).toEqual(['公民身份号码', '姓名', '户籍地址']);
    expect(view.history.map((h) => h.action)).toEqual(['create']);
    expect(view.can).toEqual(expect.arrayContaining(['edit', 'submit']));
    const second = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '流动人口居住登记信息' }));
    expect(second.code).toBe('101/000002');
  });

  it("turns reviewers' common errors into messages naming the field", async () => {
    const { issues } = await call(w.police, 'directory.check', {
      id: null,
      input: householdEntry(w.depts.gaj.id, { name: '人口信息管理系统', shareType: 'conditional', openType: 'open', format: 'spreadsheet', shareMethod: 'api', items: [{ name: '姓名', dataType: 'string', length: null }] }),
    });
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual(
      expect.arrayContaining(['name:dir.rule.systemName', 'shareCondition:dir.rule.shareConditionRequired', 'shareMethod:dir.rule.methodFormat', 'items.0.length:dir.rule.lengthRequired']),
    );
    await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    // Differs only by punctuation, spaces and an Excel drag-fill number: the same entry.
    const twin = await call(w.police, 'directory.check', { id: null, input: householdEntry(w.depts.gaj.id, { name: '户籍人口 基本信息（2）' }) });
    expect(twin.issues).toContainEqual({ path: 'name', key: 'dir.rule.duplicateName', params: { code: '101/000001' } });
    await expect(call(w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '户籍人口基本信息2' }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'name', key: 'dir.rule.duplicateName' }],
    });
  });

  it('registrants work only for their own department; bureau staff review and publish', async () => {
    const before = w.env.opCount();
    await expect(call(w.market, 'directory.create', householdEntry(w.depts.gaj.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(w.env.opCount()).toBe(before);
    const draft = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await expect(call(w.market, 'directory.get', { ref: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const pending = await call(w.police, 'directory.transition', { id: draft.id, action: 'submit', comment: '' });
    expect(pending.status).toBe('pending');
    await expect(call(w.police, 'directory.transition', { id: draft.id, action: 'publish', comment: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.bureau, 'directory.transition', { id: draft.id, action: 'return', comment: '' })).rejects.toMatchObject({ fields: [{ path: 'comment' }] });
    const returned = await call(w.bureau, 'directory.transition', { id: draft.id, action: 'return', comment: '请补充共享条件说明' });
    expect(returned.status).toBe('returned');
    await call(w.police, 'directory.transition', { id: draft.id, action: 'submit', comment: '已补充' });
    const published = await call(w.bureau, 'directory.transition', { id: draft.id, action: 'publish', comment: '' });
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    expect(published.history.map((h) => `${h.action}:${h.toStatus}`)).toEqual(['create:draft', 'submit:pending', 'return:returned', 'submit:pending', 'publish:published']);
    expect(published.history[2]).toMatchObject({ comment: '请补充共享条件说明', userName: 'bureau.li' });
    const notes = await call(w.police, 'notifications.list', {});
    expect(notes.items.map((n) => n.key)).toEqual(expect.arrayContaining(['dir.notify.resourceReturned', 'dir.notify.resourcePublished']));
  });

  it('the negative-list rule: another department sees a 不予共享 entry as catalog entry only, and search cannot reveal its items', async () => {
    const draft = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.police, 'directory.transition', { id: draft.id, action: 'submit', comment: '' });
    await call(w.bureau, 'directory.transition', { id: draft.id, action: 'publish', comment: '' });
    const seen = await call(w.market, 'directory.get', { ref: '101/000001' });
    expect(seen).toMatchObject({ restricted: true, items: null, extra: null, sourceSystem: null, name: '户籍人口基本信息', shareType: 'none', updateCycle: 'daily' });
    expect(JSON.stringify(seen)).not.toMatch(/公民身份号码|户籍地址|180 万|人口信息管理系统/);
    expect(seen.can).toContain('apply');
    // A data-item name finds the entry for its provider, but not for others.
    expect((await call(w.police, 'directory.list', { search: '户籍地址' })).total).toBe(1);
    expect((await call(w.market, 'directory.list', { search: '户籍地址' })).total).toBe(0);
    expect((await call(w.market, 'directory.list', { search: '户口登记' })).total).toBe(1);
    expect((await call(w.market, 'directory.facets', { search: '户籍地址' })).shareType).toEqual([]);
  });

  it('access by application: the provider approves fewer items; the grant opens just those; an expired grant closes again', async () => {
    const draft = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.police, 'directory.transition', { id: draft.id, action: 'submit', comment: '' });
    await call(w.bureau, 'directory.transition', { id: draft.id, action: 'publish', comment: '' });
    const [idNo, name] = draft.items!;
    const request = await call(w.market, 'access.apply', {
      resourceId: draft.id, itemIds: [idNo!.id, name!.id], purpose: '企业登记时核验法定代表人身份', legalBasis: '《市场主体登记管理条例》', periodFrom: '2026-01-01', periodTo: '2099-12-31',
    });
    expect(request.status).toBe('pending');
    await expect(call(w.market, 'access.apply', { resourceId: draft.id, itemIds: null, purpose: '再次申请用途', legalBasis: '同上', periodFrom: '2026-01-01', periodTo: '2026-12-31' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await call(w.police, 'access.incoming', {})).rows.map((r) => r.id)).toEqual([request.id]);
    await expect(call(w.market, 'access.decide', { id: request.id, decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'access.decide', { id: request.id, decision: 'deny', reason: '' })).rejects.toMatchObject({ fields: [{ path: 'reason' }] });
    const approved = await call(w.police, 'access.decide', { id: request.id, decision: 'approve', itemIds: [idNo!.id], until: '2099-06-30' });
    expect(approved).toMatchObject({ status: 'approved', approvedItemNames: ['公民身份号码'], approvedUntil: '2099-06-30' });
    const granted = await call(w.market, 'directory.get', { ref: draft.id });
    expect(granted.restricted).toBe(false);
    expect(granted.items?.map((i) => i.name)).toEqual(['公民身份号码']);
    expect((await call(w.market, 'notifications.list', {})).items[0]).toMatchObject({ key: 'dir.notify.accessApproved', read: false });
    expect((await call(w.police, 'directory.get', { ref: draft.id })).consumers).toEqual([{ department: '中山市市场监督管理局', until: '2099-06-30', items: 1 }]);
    expect(granted.consumers).toEqual([]);

    // A grant for a period that has ended gives nothing.
    const old = await call(w.market, 'access.apply', { resourceId: draft.id, itemIds: null, purpose: '历史数据核对', legalBasis: '《条例》', periodFrom: '2020-01-01', periodTo: '2020-12-31' });
    await call(w.police, 'access.decide', { id: old.id, decision: 'approve' });
    expect((await call(w.market, 'access.mine', {})).rows.find((r) => r.id === old.id)?.status).toBe('expired');
    expect((await call(w.market, 'directory.get', { ref: draft.id })).items?.map((i) => i.name)).toEqual(['公民身份号码']);
  });

  it('codes are never reused, and every change is in the audit log', async () => {
    const a = await call(w.bureau, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.bureau, 'directory.transition', { id: a.id, action: 'submit', comment: '' });
    await call(w.bureau, 'directory.transition', { id: a.id, action: 'publish', comment: '' });
    await call(w.bureau, 'directory.transition', { id: a.id, action: 'retire', comment: '已由新资源替代' });
    const b = await call(w.bureau, 'directory.create', householdEntry(w.depts.gaj.id));
    expect([a.code, b.code]).toEqual(['101/000001', '101/000002']);
    const ops = w.env.services.store.all<{ entity: string; kind: string }>("SELECT entity, kind FROM ops WHERE entity IN ('resource','data_item','resource_event','code_sequence')");
    expect(ops.filter((o) => o.entity === 'resource' && o.kind === 'update')).toHaveLength(3);
    expect(ops.filter((o) => o.entity === 'data_item')).toHaveLength(6);
  });

  it('lists with filters, sorting and facet counts computed in SQL', async () => {
    await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.market, 'directory.create', householdEntry(w.depts.scj.id, { name: '企业登记信息', classCode: '102', shareType: 'unconditional', openType: 'open', format: 'spreadsheet', shareMethod: 'file', items: [{ name: '统一社会信用代码', dataType: 'string', length: 18 }] }));
    const all = await call(w.bureau, 'directory.list', { sort: [{ id: 'code', desc: true }] });
    expect(all.rows.map((r) => r.code)).toEqual(['102/000001', '101/000001']);
    expect((await call(w.bureau, 'directory.list', { filters: { classKind: 'base', shareType: 'unconditional' } })).rows.map((r) => r.name)).toEqual(['企业登记信息']);
    expect((await call(w.bureau, 'directory.list', { filters: { classCode: '10' } })).total).toBe(2);
    const facets = await call(w.bureau, 'directory.facets', { filters: { shareType: 'none' } });
    expect(facets.shareType).toEqual(expect.arrayContaining([{ value: 'none', count: 1 }, { value: 'unconditional', count: 1 }]));
    expect(facets.format).toEqual([{ value: 'database', count: 1 }]);
    // Drafts of other departments are not listed for a registrant.
    expect((await call(w.market, 'directory.list', {})).rows.map((r) => r.name)).toEqual(['企业登记信息']);
  });

  it('the search index comes back from the journal after a crash', async () => {
    await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    // Copy the folder as a power cut would leave it: snapshot + journal, no clean close.
    const copy = `${w.env.dataDir}-crash`;
    fs.cpSync(w.env.dataDir, copy, { recursive: true, filter: (src) => !src.endsWith('tongchou.lock') });
    const reopened = await openCore({ dataDir: copy, mode: 'cli', holder: 'crash copy' });
    try {
      const found = await callAs(reopened.services, { kind: 'system' }, 'directory.list', { search: '户籍地址' });
      expect(found.rows.map((r) => r.code)).toEqual(['101/000001']);
    } finally {
      await reopened.close();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
