import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../../shared/api/contract';
import { callAs } from '../../../api/dispatch';
import type { Caller } from '../../context';
import { ctxOf } from '../../directory/io/test-helpers';
import { projectWorld } from '../test-fixture';
import { importProjects } from './import';
import { projectTemplate } from './template';
import { goodSheets, MARKET, POLICE, readBook, rowsOf, workbookOf, type Sheets, type World } from './test-helpers';

describe('importing projects from the annual declaration sheet', () => {
  let w: World;
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);
  const run = (caller: Caller, fileName: string, bytes: Buffer, more: { dryRun?: boolean; signal?: AbortSignal } = {}) => importProjects(ctxOf(w, caller), { fileName, bytes, ...more });
  const brief = (r: { errors: { sheet: string; row: number; column: string; key: string }[] }) => r.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.key}`);

  it('the template: 项目, 建设系统, 采集数据项, 共享需求, 提供资源 and 填写说明, required columns marked *, allowed values in Chinese; empty, it imports nothing', async () => {
    const { fileName, bytes } = await call(w.market, 'projects.template', {}).then((t) => ({ fileName: t.fileName, bytes: Buffer.from(t.contentBase64, 'base64') }));
    expect(fileName).toBe('信息化项目申报表模板.xlsx');
    const wb = await readBook(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['项目', '建设系统', '采集数据项', '共享需求', '提供资源', '填写说明']);
    expect(rowsOf(wb, '项目')).toEqual([['项目名称*', '申报单位*', '项目类型*', '年度*', '预算（万元）*', '资金来源*', '建设内容*']]);
    expect(rowsOf(wb, '建设系统')[0]).toEqual(['项目名称*', '系统名称*', '功能']);
    expect(rowsOf(wb, '采集数据项')[0]).toEqual(['项目名称*', '数据项名称*', '数据类型*', '长度', '数据元标识', '描述']);
    expect(rowsOf(wb, '共享需求')[0]).toEqual(['项目名称*', '资源代码*', '资源名称', '用途']);
    expect(rowsOf(wb, '提供资源')[0]).toEqual(['项目名称*', '资源代码', '资源名称', '分类码', '摘要', '格式', '开放类型', '更新周期', '共享方式', '承诺共享类型*']);
    // The instructions list every allowed value in Chinese; the drop-downs offer the same.
    const help = rowsOf(wb, '填写说明').flat().join(' ');
    for (const label of ['新建、升级改造、运维', '财政资金、专项资金、自筹资金、其他', '字符型、数值型、日期型、代码型、空间型、二进制', '无条件共享、有条件共享、不予共享', '全有或全无']) expect(help).toContain(label);
    expect(wb.getWorksheet('项目')!.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"新建,升级改造,运维"'] });

    const before = w.env.opCount();
    expect(await run(w.bureau, fileName, (await projectTemplate()).bytes)).toMatchObject({ total: 0, imported: 0, errors: [{ sheet: '项目', key: 'proj.import.noRows' }] });
    expect(w.env.opCount()).toBe(before);
  });

  it('imports a hand-filled sheet: draft projects with codes, systems, data items, needs and promises', async () => {
    const progress: number[] = [];
    const off = w.env.services.events.on('progress', (p) => {
      if (p.label === 'proj.progress.import') progress.push(p.done / p.total);
    });
    const report = await run(w.bureau, '2026年度信息化项目申报表.xlsx', await workbookOf(goodSheets(w)));
    off();
    expect(report).toMatchObject({ total: 2, items: 4, imported: 2, errorCount: 0, errors: [], codes: ['XM2026-0001', 'XM2026-0002'], dryRun: false, aborted: false });
    expect(progress.at(-1)).toBe(1);

    const market = await call(w.market, 'projects.get', { ref: 'XM2026-0001' });
    expect(market).toMatchObject({ name: MARKET, status: 'draft', departmentName: '中山市市场监督管理局', type: 'new', year: 2026, budget: 380.5, fundingSource: 'fiscal' });
    expect(market.systems.map((s) => [s.name, s.functions])).toEqual([
      ['信用监管系统', ['信用评价', '分类监管', '联合惩戒']],
      ['监管驾驶舱', ['指标展示', '风险预警']],
    ]);
    expect(market.dataItems.map((i) => [i.name, i.dataType, i.length, i.elementName])).toEqual([
      ['统一社会信用代码', 'string', 18, '统一社会信用代码'],
      ['法定代表人姓名', 'string', 50, null],
    ]);
    expect(market.consumes).toEqual([expect.objectContaining({ code: w.sharedResource.code, purpose: '核验法定代表人身份', providerName: '中山市公安局' })]);
    // The promised new entry is a draft of the market department in the directory.
    expect(market.provides).toEqual([expect.objectContaining({ name: '市场主体信用评价结果', status: 'draft', promisedShareType: 'unconditional' })]);
    expect(await call(w.market, 'directory.get', { ref: market.provides[0]!.resourceId })).toMatchObject({ providerName: '中山市市场监督管理局', classCode: '201', format: 'database' });
    expect(market.history.map((h) => `${h.action}:${h.toStatus}:${h.userName}`)).toEqual(['create:draft:bureau.li']);

    const police = await call(w.police, 'projects.get', { ref: 'XM2026-0002' });
    expect(police).toMatchObject({ name: POLICE, departmentName: '中山市公安局', type: 'upgrade', budget: 1200, fundingSource: 'special' });
    expect(police.dataItems.map((i) => [i.name, i.dataType, i.length])).toEqual([
      ['采集时间', 'date', null],
      ['设备编号', 'string', 32],
    ]);
    expect(police.provides).toEqual([expect.objectContaining({ resourceId: w.sharedResource.id, promisedShareType: 'conditional' })]);
    // Each department sees its own imported project in the register.
    expect((await call(w.market, 'projects.list', {})).rows.map((r) => r.code)).toEqual(['XM2026-0001']);
  });

  it('bad rows: every problem by sheet, row and column, and nothing is written', async () => {
    const good = goodSheets(w);
    const sheets: Sheets = {
      ...good,
      项目: [
        ...good.项目!,
        ['数字城管平台运维项目', 'ZS024', '运维', 2026, -5, '财政资金', '数字城管平台年度运维，保障系统稳定运行。'],
        ['政务外网安全加固项目', '不存在的局', '新建', 2026, 80, '财政资金', '加固政务外网边界安全，部署态势感知设备。'],
      ],
      建设系统: [...good.建设系统!, ['不存在的项目', '网格管理系统', '']],
      采集数据项: [...good.采集数据项!, [MARKET, '经营范围', '文本', 200, '']],
      共享需求: [...good.共享需求!, [POLICE, '101/999999', '人口核验']],
    };
    const before = w.env.opCount();
    const report = await run(w.bureau, '申报表.xlsx', await workbookOf(sheets));
    expect(report).toMatchObject({ total: 4, imported: 0, codes: [], errorCount: 5 });
    expect(report.errors).toEqual([
      { sheet: '项目', row: 4, column: '预算（万元）', key: 'proj.rule.budgetPositive', params: {} },
      { sheet: '项目', row: 5, column: '申报单位', key: 'proj.import.departmentUnknown', params: { value: '不存在的局' } },
      { sheet: '建设系统', row: 5, column: '项目名称', key: 'proj.import.projectUnknown', params: { name: '不存在的项目' } },
      { sheet: '采集数据项', row: 6, column: '数据类型', key: 'dir.import.unknownValue', params: { value: '文本', allowed: '字符型、数值型、日期型、代码型、空间型、二进制' } },
      { sheet: '共享需求', row: 3, column: '资源代码', key: 'proj.import.resourceUnknown', params: { code: '101/999999' } },
    ]);
    expect(w.env.opCount()).toBe(before);
    expect((await call(w.bureau, 'projects.list', {})).total).toBe(0);
  });

  it('rows fine on their own but not together or with the register: the form’s rules, at their cells', async () => {
    const own = await call(w.police, 'directory.create', {
      name: '视频监控点位信息', classCode: '101', providerDeptId: w.depts.gaj.id, summary: '全市公共视频监控点位及其位置。', format: 'database', shareType: 'conditional',
      shareCondition: '用于公共安全管理', shareMethod: 'api', openType: 'closed', updateCycle: 'monthly', items: [{ name: '点位编号', dataType: 'string', length: 20 }],
    });
    const good = goodSheets(w);
    const report = await run(w.bureau, 'b.xlsx', await workbookOf({
      ...good,
      项目: [...good.项目!, [` ${POLICE}`, 'ZS006', '新建', 2026, 10, '自筹资金', '同名项目再报一次，应当被发现。']],
      采集数据项: [...good.采集数据项!, [MARKET, '企业名称', '字符型', '', ''], [MARKET, '注册资本', '数值型', '十', '']],
      // With 资源名称 beside the code, which must be the registered name.
      共享需求: [
        ['项目名称*', '资源代码*', '资源名称', '用途'],
        [MARKET, w.sharedResource.code, '居民身份核验信息', '核验法定代表人身份'],
        [POLICE, w.sharedResource.code, '', ''],
        [MARKET, own.code, '错误的名称', ''],
      ],
      提供资源: [
        ...good.提供资源!,
        [POLICE, '', '卡口过车记录', '199', '过车记录。', '数据库', '不开放', '实时', '', '不予共享'],
        [MARKET, own.code, '', '101', '', '', '', '', '', '有条件共享'],
        [POLICE, '', '', '', '', '', '', '', '', '有条件共享'],
      ],
    }));
    expect(brief(report)).toEqual([
      '项目!4:项目名称:proj.import.nameDuplicate',
      '采集数据项!7:长度:dir.import.notNumber',
      '共享需求!3:资源代码:proj.rule.consumeOwn',
      '共享需求!4:资源名称:proj.import.resourceNameMismatch',
      '提供资源!3:资源代码:proj.rule.provideAndConsume', // the police both promise and request their own resource
      '提供资源!4:分类码:dir.rule.classUnknown',
      '提供资源!5::proj.rule.provideBoth',
      '提供资源!6::proj.rule.provideEmpty',
    ]);
    expect(report.errors[0]!.params).toEqual({ row: 3 });
    // Once those are fixed, the rules that need the whole project run: 字符型 needs a length.
    const second = await run(w.bureau, 'c.xlsx', await workbookOf({ ...good, 采集数据项: [...good.采集数据项!, [MARKET, '企业名称', '字符型', '', '']] }));
    expect(brief(second)).toEqual(['采集数据项!6:长度:dir.rule.lengthRequired']);
    expect((await call(w.bureau, 'projects.list', {})).total).toBe(0);
  });

  it('a department registrant imports only its own department’s projects; roles that declare nothing may not import', async () => {
    const before = w.env.opCount();
    const report = await run(w.market, 'mixed.xlsx', await workbookOf(goodSheets(w)));
    expect(report.errors).toEqual([{ sheet: '项目', row: 3, column: '申报单位', key: 'proj.rule.notOwnDepartment', params: {} }]);
    expect(report.imported).toBe(0);
    expect(w.env.opCount()).toBe(before);
    // Only its own project: imported.
    const good = goodSheets(w);
    const mine = await run(w.market, 'mine.xlsx', await workbookOf({ ...good, 项目: good.项目!.slice(0, 2), 建设系统: good.建设系统!.slice(0, 3), 采集数据项: good.采集数据项!.slice(0, 3), 提供资源: good.提供资源!.slice(0, 2) }));
    expect(mine).toMatchObject({ imported: 1, codes: ['XM2026-0001'] });
    await expect(run(w.auditor, 'a.xlsx', await workbookOf(goodSheets(w)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a dry run and a cancel before the write write nothing', async () => {
    const bytes = await workbookOf(goodSheets(w));
    const before = w.env.opCount();
    expect(await run(w.bureau, 'a.xlsx', bytes, { dryRun: true })).toMatchObject({ total: 2, items: 4, imported: 0, dryRun: true, errorCount: 0, codes: [] });
    expect(w.env.opCount()).toBe(before);

    const cancelled = new AbortController();
    cancelled.abort();
    expect(await run(w.bureau, 'a.xlsx', bytes, { signal: cancelled.signal })).toMatchObject({ aborted: true, imported: 0 });
    expect(w.env.opCount()).toBe(before);

    // The user presses cancel while the projects are being checked.
    const midway = new AbortController();
    const off = w.env.services.events.on('progress', (p) => {
      if (p.label === 'proj.progress.import' && p.done > 0 && p.done < p.total) midway.abort();
    });
    expect(await run(w.bureau, 'a.xlsx', bytes, { signal: midway.signal })).toMatchObject({ aborted: true, imported: 0 });
    off();
    expect(w.env.opCount()).toBe(before);
    expect((await call(w.bureau, 'projects.list', {})).total).toBe(0);
    expect(await run(w.bureau, 'a.xlsx', bytes)).toMatchObject({ imported: 2 });
  });

  it('a resource retired between the check and the write stops the whole import', async () => {
    let once = false;
    const off = w.env.services.events.on('progress', (p) => {
      // While the import checks the file, bureau staff retire the resource both projects name.
      if (p.label === 'proj.progress.import' && p.done > 0 && !once) {
        once = true;
        void call(w.bureau, 'directory.transition', { id: w.sharedResource.id, action: 'retire', comment: '已由新资源替代' });
      }
    });
    const before = w.env.opCount();
    const report = await run(w.bureau, 'a.xlsx', await workbookOf(goodSheets(w)));
    off();
    expect(once).toBe(true);
    expect(report).toMatchObject({ imported: 0, codes: [] });
    expect(brief(report)).toEqual(['共享需求!2:资源代码:proj.rule.consumeNotPublished', '提供资源!3:资源代码:proj.rule.resourceUnknown']);
    // Only the retirement was written.
    expect((await call(w.bureau, 'projects.list', {})).total).toBe(0);
    expect((await call(w.bureau, 'directory.get', { ref: w.sharedResource.id })).status).toBe('retired');
    expect(w.env.opCount()).toBeGreaterThan(before);
  });

  it('refuses what is not a declaration sheet, with one message for the file', async () => {
    const cases: [string, Buffer, string][] = [
      ['项目.csv', Buffer.from('项目名称,申报单位\n甲,ZS024\n'), 'proj.import.xlsxOnly'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'proj.import.xlsxOnly'],
      ['empty.xlsx', Buffer.alloc(0), 'dir.import.empty'],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), 'dir.import.unreadable'],
      ['目录.xlsx', await workbookOf({ 资源: [['资源名称'], ['户籍人口基本信息']] }), 'dir.import.sheetMissing'],
    ];
    for (const [name, bytes, key] of cases) {
      const report = await run(w.bureau, name, bytes);
      expect(report.errors, name).toEqual([{ sheet: '', row: 0, column: '', key, params: expect.any(Object) }]);
    }
    expect((await run(w.bureau, '项目.csv', cases[0]![1])).errors[0]!.params).toEqual({ name: '项目.csv' });
    const noColumns = await run(w.bureau, 'a.xlsx', await workbookOf({ 项目: [['项目名称', '单位'], ['某某平台建设项目', 'ZS024']], 建设系统: [['系统名称'], ['甲系统']] }));
    expect(brief(noColumns)).toEqual([
      '项目!1:申报单位:dir.import.columnMissing',
      '项目!1:项目类型:dir.import.columnMissing',
      '项目!1:年度:dir.import.columnMissing',
      '项目!1:预算（万元）:dir.import.columnMissing',
      '项目!1:资金来源:dir.import.columnMissing',
      '项目!1:建设内容:dir.import.columnMissing',
      '建设系统!1:项目名称:dir.import.columnMissing',
    ]);
  });
});
