import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../../shared/api/contract';
import type { ProjectView } from '../../../../shared/project/project';
import { callAs } from '../../../api/dispatch';
import type { Caller } from '../../context';
import { ctxOf } from '../../directory/io/test-helpers';
import { marketProject, projectWorld } from '../test-fixture';
import { exportProjects } from './export';
import { readBook, rowsOf, type World } from './test-helpers';

describe('exporting the project register', () => {
  let w: World;
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);
  const exported = async (caller: Caller, input: Partial<Input<'projects.export'>> = {}) => {
    const out = await call(caller, 'projects.export', { format: 'xlsx', ...input });
    return { ...out, bytes: Buffer.from(out.contentBase64, 'base64') };
  };
  /** A project as the declaration sheet can say it again (no ids, codes, history or status). */
  const declared = (v: ProjectView) => ({
    departmentId: v.departmentId,
    type: v.type,
    year: v.year,
    budget: v.budget,
    fundingSource: v.fundingSource,
    content: v.content,
    systems: v.systems.map((s) => [s.name, s.functions]),
    dataItems: v.dataItems.map((i) => [i.name, i.dataType, i.length, i.description, i.elementId]),
    consumes: v.consumes.map((c) => [c.resourceId, c.purpose]),
    provides: v.provides.map((p) => [p.resourceId, p.promisedShareType]),
  });

  it('round trip: the exported workbook is the template’s layout plus 项目编号 and 状态, and imports again as the same projects', async () => {
    const element = w.env.services.store.get<{ id: string }>("SELECT id FROM data_elements WHERE identifier = 'DE02001'")!.id;
    const first = await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, {
      dataItems: [
        { name: '统一社会信用代码', dataType: 'string', length: 18, elementId: element, description: '18 位代码' },
        { name: '=HYPERLINK("x")', dataType: 'string', length: 20, description: '看起来像公式的名称' },
        { name: '注册地址', dataType: 'geo', length: null },
      ],
    }));
    await call(w.market, 'projects.transition', { id: first.id, action: 'submit', comment: '' });
    const second = await call(w.police, 'projects.create', marketProject(w.depts.gaj.id, w.sharedResource.id, {
      name: '智慧警务视频汇聚平台升级项目', type: 'upgrade', budget: 1200, fundingSource: 'special', consumes: [], systems: [{ name: '视频汇聚系统', functions: [] }],
      provides: [{ resourceId: w.sharedResource.id, shareType: 'conditional' }],
    }));

    const file = await exported(w.bureau);
    expect(file.fileName).toMatch(/^信息化项目-\d{8}\.xlsx$/);
    expect(file.count).toBe(2);
    const wb = await readBook(file.bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['项目', '建设系统', '采集数据项', '共享需求', '提供资源', '填写说明']);
    expect(rowsOf(wb, '项目')).toEqual([
      ['项目编号', '项目名称*', '申报单位*', '项目类型*', '年度*', '预算（万元）*', '资金来源*', '建设内容*', '状态'],
      ['XM2026-0001', first.name, '中山市市场监督管理局', '新建', '2026', '380.5', '财政资金', first.content, '已申报'],
      ['XM2026-0002', second.name, '中山市公安局', '升级改造', '2026', '1200', '专项资金', second.content, '草稿'],
    ]);
    expect(rowsOf(wb, '建设系统')).toEqual([
      ['项目名称*', '系统名称*', '功能'],
      [first.name, '信用监管系统', '信用评价、分类监管、联合惩戒'],
      [second.name, '视频汇聚系统'],
    ]);
    expect(rowsOf(wb, '采集数据项')[1]).toEqual([first.name, '统一社会信用代码', '字符型', '18', 'DE02001', '18 位代码']);
    expect(rowsOf(wb, '共享需求')).toEqual([
      ['项目名称*', '资源代码*', '资源名称', '用途'],
      [first.name, w.sharedResource.code, '居民身份核验信息', '核验法定代表人身份'],
    ]);
    expect(rowsOf(wb, '提供资源').slice(1).map((r) => [r[0], r[1], r[2], r[9]])).toEqual([
      [first.name, first.provides[0]!.code, '市场主体信用评价结果', '无条件共享'],
      [second.name, w.sharedResource.code, '居民身份核验信息', '有条件共享'],
    ]);

    // Needs and promises name registered resources, so the file imports again into this register:
    // a dry run finds nothing wrong (a same-name project is a warning, as in the form) …
    const dry = await call(w.bureau, 'projects.import', { fileName: file.fileName, contentBase64: file.contentBase64, dryRun: true });
    expect(dry).toMatchObject({ total: 2, items: 5, errorCount: 0, errors: [], imported: 0 });
    // … and the import gives the same projects, as drafts under new numbers.
    const again = await call(w.bureau, 'projects.import', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(again).toMatchObject({ imported: 2, codes: ['XM2026-0003', 'XM2026-0004'] });
    for (const [code, original] of [['XM2026-0003', first], ['XM2026-0004', second]] as const) {
      const copy = await call(w.bureau, 'projects.get', { ref: code });
      expect(copy.status).toBe('draft');
      expect(declared(copy)).toEqual(declared(await call(w.bureau, 'projects.get', { ref: original.id })));
    }
  });

  it('exports what the caller may list, with the register’s filters and search; CSV is one row per project, formulas defused', async () => {
    await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { content: '=SUM(1,2) 建设市场主体信用监管平台，归集登记信息。' }));
    await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { name: '食品安全追溯平台建设项目', year: 2025, provides: [] }));
    const count = async (caller: Caller, input: Partial<Input<'projects.export'>> = {}) => (await exported(caller, input)).count;
    // Another department's registrant gets an empty register: the sheet has its header only.
    const police = await exported(w.police);
    expect(police.count).toBe(0);
    expect(rowsOf(await readBook(police.bytes), '项目')).toHaveLength(1);
    expect(await count(w.market)).toBe(2);
    expect(await count(w.auditor)).toBe(2);
    expect(await count(w.bureau, { filters: { year: '2025' } })).toBe(1);
    expect(await count(w.bureau, { filters: { department: w.depts.gaj.id } })).toBe(0);
    expect(await count(w.bureau, { search: '食品' })).toBe(1);
    await expect(exported(w.bureau, { filters: { nonsense: '1' } })).rejects.toMatchObject({ code: 'VALIDATION' });
    // The export is the list: the same rows as projects.list with the same query.
    const list = await call(w.market, 'projects.list', { filters: { status: 'draft' }, search: '平台' });
    expect(await count(w.market, { filters: { status: 'draft' }, search: '平台' })).toBe(list.total);

    const csv = await exportProjects(ctxOf(w, w.market), { format: 'csv' });
    expect(csv.fileName).toMatch(/^信息化项目-\d{8}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('项目编号,项目名称,申报单位,项目类型,年度,预算（万元）,资金来源,建设内容,状态');
    expect(lines).toHaveLength(3);
    // By project number: XM2025-… before XM2026-….
    expect(lines[1]).toContain('XM2025-0001,食品安全追溯平台建设项目,中山市市场监督管理局,新建,2025,380.5,财政资金');
    expect(lines[2]).toContain(`"'=SUM(1,2) 建设市场主体信用监管平台，归集登记信息。",草稿`);
  });
});
