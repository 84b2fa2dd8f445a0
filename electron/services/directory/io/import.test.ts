import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../../shared/api/contract';
import { callAs } from '../../../api/dispatch';
import type { Caller } from '../../context';
import { directoryWorld, householdEntry } from '../test-fixture';
import { CSV_ITEMS_COLUMN, ITEM_COLUMNS, RESOURCE_COLUMNS, SHEET_HELP, SHEET_ITEMS, SHEET_RESOURCES } from './columns';
import { toCsv } from './csv';
import { exportDirectory, exportEntries } from './export';
import { importDirectory } from './import';
import { declaredUnzippedBytes } from './tables';
import { cancelTask, runCancellable } from './tasks';
import { directoryTemplate, writeWorkbook } from './template';
import { csvOf, csvRow, ctxOf, fileEntry } from './test-helpers';

type World = Awaited<ReturnType<typeof directoryWorld>>;

async function sheetsOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The entries as a file holds them, without what a new folder gives anew (codes, status). */
function comparable(w: World) {
  return exportEntries(w.env.services.store, { kind: 'system' }).map(({ code: _c, status: _s, publishedAt: _p, updatedAt: _u, relatedCodes, ...rest }) => ({
    ...rest,
    relatedNames: relatedCodes.map((code) => w.env.services.store.get<{ name: string }>('SELECT name FROM resources WHERE code = ?', [code])?.name),
  }));
}

describe('importing the directory from a spreadsheet', () => {
  let w: World;
  beforeEach(async () => {
    w = await directoryWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);
  const run = (caller: Caller, fileName: string, bytes: Buffer, more: { dryRun?: boolean; signal?: AbortSignal } = {}) => importDirectory(ctxOf(w, caller), { fileName, bytes, ...more });

  it('the template: 资源, 信息项 and 说明 sheets with Chinese headers and drop-down lists; empty, it imports nothing', async () => {
    const { fileName, bytes } = await directoryTemplate();
    expect(fileName).toMatch(/\.xlsx$/);
    const wb = await sheetsOf(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual([SHEET_RESOURCES, SHEET_ITEMS, SHEET_HELP]);
    const headers = (name: string) => (wb.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
    expect(headers(SHEET_RESOURCES)).toEqual(Object.values(RESOURCE_COLUMNS));
    expect(headers(SHEET_ITEMS)).toEqual(Object.values(ITEM_COLUMNS));
    // The 说明 sheet documents every column with its allowed values, in Chinese.
    const help = wb.getWorksheet(SHEET_HELP)!.getSheetValues().flat().join(' ');
    for (const column of [...Object.values(RESOURCE_COLUMNS), ...Object.values(ITEM_COLUMNS)]) expect(help).toContain(column);
    expect(help).toContain('有条件共享');
    expect(help).toContain('字符型');
    const format = wb.getWorksheet(SHEET_RESOURCES)!.getCell('H2').dataValidation;
    expect(format).toMatchObject({ type: 'list', formulae: ['"电子文件,电子表格,数据库,图形图像,流媒体,自描述格式,服务接口"'] });

    const before = w.env.opCount();
    const report = await run(w.bureau, fileName, bytes);
    expect(report).toMatchObject({ total: 0, imported: 0, errors: [{ key: 'dir.import.noRows' }] });
    expect(w.env.opCount()).toBe(before);
  });

  it('imports a filled template in one transaction: drafts with codes, items linked by 资源序号, data elements by identifier, history', async () => {
    const bytes = await writeWorkbook([
      fileEntry(),
      fileEntry({ name: '流动人口居住登记信息', shareType: 'conditional', shareCondition: '用于居住证办理', openType: 'closed', extra: {}, sourceSystem: '' }),
    ]);
    const progress: number[] = [];
    w.env.services.events.on('progress', (p) => {
      if (p.label === 'progress.import') progress.push(p.done / p.total);
    });
    const report = await run(w.police, 'a.xlsx', bytes);
    expect(report).toMatchObject({ total: 2, imported: 2, items: 6, errorCount: 0, codes: ['101/000001', '101/000002'] });
    expect(progress.at(-1)).toBe(1);
    const view = await call(w.police, 'directory.get', { ref: '101/000001' });
    expect(view).toMatchObject({ status: 'draft', name: '户籍人口基本信息', shareType: 'none', extra: { 数据量: '约 180 万条' }, sourceSystem: '人口信息管理系统' });
    expect(view.items?.map((i) => [i.name, i.dataType, i.length, i.elementName, i.description])).toEqual([
      ['公民身份号码', 'string', 18, '公民身份号码', ''],
      ['姓名', 'string', 50, null, '登记的姓名'],
      ['出生日期', 'date', null, null, ''],
    ]);
    expect(view.history.map((h) => h.action)).toEqual(['create']);
    // Both entries are in one operation batch of the journal: one transaction.
    const batches = w.env.services.store.all<{ n: number }>("SELECT COUNT(DISTINCT hlc) AS n FROM ops WHERE entity = 'resource'");
    expect(batches[0]!.n).toBe(2);
    // Searchable like any entry.
    expect((await call(w.police, 'directory.list', { search: '流动人口' })).total).toBe(1);
  });

  it('an imported entry is the same record the form writes', async () => {
    const other = await directoryWorld();
    try {
      await callAs(other.env.services, other.police, 'directory.create', householdEntry(other.depts.gaj.id));
      await run(w.police, 'a.csv', Buffer.from(toCsv([
        [RESOURCE_COLUMNS.name, RESOURCE_COLUMNS.classCode, RESOURCE_COLUMNS.providerCode, RESOURCE_COLUMNS.summary, RESOURCE_COLUMNS.format, RESOURCE_COLUMNS.shareType, RESOURCE_COLUMNS.shareMethod, RESOURCE_COLUMNS.openType, RESOURCE_COLUMNS.updateCycle, RESOURCE_COLUMNS.sourceSystem, RESOURCE_COLUMNS.extra, CSV_ITEMS_COLUMN],
        ['户籍人口基本信息', '101', 'ZS006', householdEntry('').summary!, '数据库', '不予共享', '接口', '不开放', '每日', '人口信息管理系统', '数据量=约 180 万条', '公民身份号码:字符型:18；姓名:字符型:50；户籍地址:字符型:200'],
      ])));
      const rows = (env: World['env'], sql: string) =>
        env.services.store.all<Record<string, unknown>>(sql).map(({ id: _i, resource_id: _r, created_at: _c, updated_at: _u, at: _a, created_by: _b, user_id: _x, provider_dept_id: _d, ...rest }) => rest);
      for (const sql of ['SELECT * FROM resources', 'SELECT * FROM data_items ORDER BY position', 'SELECT * FROM resource_events', 'SELECT * FROM code_sequences']) {
        expect(rows(w.env, sql)).toEqual(rows(other.env, sql));
      }
    } finally {
      await other.env.dispose();
    }
  });

  it('round trip: what one folder exports (xlsx and csv) imports into a fresh folder as the same entries', async () => {
    const household = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.market, 'directory.create', {
      name: '企业登记基本信息', classCode: '102', providerDeptId: w.depts.scj.id, summary: '在本市登记注册的企业的名称、类型、住所和法定代表人，用于"一网通办"核验。', format: 'database',
      shareType: 'conditional', shareCondition: '用于政务服务事项办理', shareMethod: 'database', openType: 'conditional', openCondition: '申请后开放，不含个人信息',
      updateCycle: 'realtime', relatedCodes: [household.code], sourceSystem: '商事登记系统', extra: { 数据量: '约 60 万户', 责任科室: '登记注册科' },
      items: [
        { name: '统一社会信用代码', dataType: 'string', length: 18, elementId: w.env.services.store.get<{ id: string }>("SELECT id FROM data_elements WHERE identifier = 'DE02001'")!.id, description: '18 位代码' },
        { name: '住所', dataType: 'geo', length: null, description: '含经纬度，格式：经度,纬度' },
        { name: '=HYPERLINK("x")', dataType: 'string', length: 20, description: '看起来像公式的名称' },
      ],
    });
    await call(w.bureau, 'directory.create', householdEntry(w.depts.sjj.id, { name: '政务服务事项办件信息', classCode: '203', shareType: 'unconditional', openType: 'open', format: 'spreadsheet', shareMethod: 'file', updateCycle: 'monthly', extra: {} }));
    const expected = comparable(w);
    expect(expected).toHaveLength(3);

    for (const format of ['xlsx', 'csv'] as const) {
      const file = await exportDirectory(ctxOf(w, w.bureau), { format });
      const fresh = await directoryWorld();
      try {
        const report = await importDirectory(ctxOf(fresh, fresh.bureau), { fileName: file.fileName, bytes: file.bytes });
        expect(report.errors, format).toEqual([]);
        expect(report.imported).toBe(3);
        expect(comparable(fresh), format).toEqual(expected);
      } finally {
        await fresh.env.dispose();
      }
    }
  });

  it('a CSV with two bad rows reports both, by row and column, and writes nothing', async () => {
    const before = w.env.opCount();
    const report = await run(
      w.police,
      '机动车.csv',
      csvOf([
        csvRow('机动车登记信息'),
        csvRow('驾驶人信息', 'ZS006', { [RESOURCE_COLUMNS.shareCondition]: '' }),
        csvRow('交通违法记录信息'),
        csvRow('交通事故统计数据', 'ZS006', { [RESOURCE_COLUMNS.updateCycle]: '每天' }),
      ]),
    );
    expect(report).toMatchObject({ total: 4, imported: 0, codes: [], errorCount: 2 });
    expect(report.errors).toEqual([
      { sheet: 'CSV', row: 3, column: '共享条件', key: 'dir.rule.shareConditionRequired', params: {} },
      { sheet: 'CSV', row: 5, column: '更新周期', key: 'dir.import.unknownValue', params: { value: '每天', allowed: '实时、每日、每周、每月、每季度、每年' } },
    ]);
    expect(w.env.opCount()).toBe(before);
    expect((await call(w.police, 'directory.list', {})).total).toBe(0);
  });

  it('points at the cell of every kind of problem: sheets, items, related codes, duplicates within the file', async () => {
    const wb = new ExcelJS.Workbook();
    const res = wb.addWorksheet(SHEET_RESOURCES);
    const R = RESOURCE_COLUMNS;
    res.addRow([R.seq, R.name, R.classCode, R.providerCode, R.summary, R.format, R.shareType, R.shareCondition, R.shareMethod, R.openType, R.updateCycle, R.relatedCodes, R.extra]);
    res.addRow([1, '户籍人口基本信息', '101', 'ZS006', '摘要', '数据库', '无条件共享', '', '接口', '不开放', '每日', '', '数据量=1']);
    res.addRow([2, '户籍人口 基本信息(2)', '101', 'ZS006', '摘要', '数据库', '无条件共享', '', '接口', '不开放', '每日', '101/999999', '没有等号']);
    res.addRow([2, '人口信息管理系统', '999', 'ZS999', '', '数据库', '无条件共享', '', '文件下载', '开放', '每日', '', '']);
    res.addRow([4, '没有信息项的资源', '101', 'ZS006', '摘要', '数据库', '无条件共享', '', '接口', '不开放', '每日', '', '']);
    const items = wb.addWorksheet(SHEET_ITEMS);
    const I = ITEM_COLUMNS;
    items.addRow([I.seq, I.name, I.dataType, I.length, I.description, I.elementIdentifier]);
    items.addRow([1, '姓名', '字符型', 50, '', '']);
    items.addRow([1, '姓 名', '字符型', 50, '', '']);
    items.addRow([2, '性别', '文本', '', '', 'DE99999']);
    items.addRow([7, '孤儿', '字符型', 5, '', '']);
    items.addRow([2, '年龄', '数值型', '三', '', '']);
    const report = await run(w.bureau, 'x.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const got = report.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.key}`);
    expect(got).toEqual(
      expect.arrayContaining([
        '资源!4:资源序号:dir.import.seqDuplicate',
        '资源!4:提供方代码:dir.import.providerUnknown',
        '资源!4:摘要:field.required',
        '资源!5:资源序号:dir.rule.itemsRequired',
        '资源!3:扩展元数据:dir.import.badExtra',
        '信息项!3:信息项名称:dir.rule.duplicateItem',
        '信息项!4:数据类型:dir.import.unknownValue',
        '信息项!4:数据元标识符:dir.rule.elementUnknown',
        '信息项!5:资源序号:dir.import.seqUnknown',
        '信息项!6:长度:dir.import.notNumber',
      ]),
    );
    expect(report.errors.find((e) => e.key === 'dir.import.seqDuplicate')?.params).toEqual({ seq: '2', row: 3 });
    // Errors come sorted: the resource sheet first, then the items, each by row.
    const sheets = report.errors.map((e) => e.sheet);
    expect(sheets.lastIndexOf(SHEET_RESOURCES)).toBeLessThan(sheets.indexOf(SHEET_ITEMS));
    const rows = report.errors.filter((e) => e.sheet === SHEET_ITEMS).map((e) => e.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));

    // Rows fine on their own but not together, or not with what is registered.
    await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '出入境证件信息' }));
    const second = await run(
      w.bureau,
      'y.csv',
      csvOf([
        csvRow('常住人口登记信息'),
        csvRow('常住人口登记信息（2）'),
        csvRow('出入境证件信息1'),
        csvRow('残疾人信息', 'ZS006', { [RESOURCE_COLUMNS.classCode]: '109' }),
        csvRow('人口统计表', 'ZS006', { [RESOURCE_COLUMNS.format]: '电子表格' }),
      ]),
    );
    expect(second.errors.map((e) => `${e.row}:${e.column}:${e.key}:${JSON.stringify(e.params)}`)).toEqual([
      '3:资源名称:dir.import.duplicateInFile:{"row":2}',
      '4:资源名称:dir.rule.duplicateName:{"code":"101/000001"}',
      '5:分类码:dir.rule.classUnknown:{}',
      '6:共享方式:dir.rule.methodFormat:{"format":"spreadsheet","method":"api"}',
    ]);
  });

  it('a department registrant imports only its own department’s entries: other rows are refused, nothing is written', async () => {
    const before = w.env.opCount();
    const report = await run(w.market, 'mixed.csv', csvOf([csvRow('企业登记信息', 'ZS024'), csvRow('户籍人口信息', 'ZS006'), csvRow('企业年报信息', 'ZS024'), csvRow('暂住人口信息', 'ZS006')]));
    expect(report.errors).toEqual([
      { sheet: 'CSV', row: 3, column: '提供方代码', key: 'dir.rule.notOwnDepartment', params: {} },
      { sheet: 'CSV', row: 5, column: '提供方代码', key: 'dir.rule.notOwnDepartment', params: {} },
    ]);
    expect(w.env.opCount()).toBe(before);
    // Bureau staff may import for any department.
    const bureau = await run(w.bureau, 'mixed.csv', csvOf([csvRow('企业登记信息', 'ZS024'), csvRow('户籍人口信息', 'ZS006')]));
    expect(bureau).toMatchObject({ imported: 2, errorCount: 0 });
    // Roles that register nothing may not import at all.
    const auditor = { ...w.bureau, user: { ...(w.bureau as Extract<Caller, { kind: 'user' }>).user, role: 'auditor' as const } };
    await expect(run(auditor, 'a.csv', csvOf([csvRow('企业年报信息', 'ZS024')]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a dry run and a cancel write nothing; a cancel during the check stops it', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => csvRow(`第${'甲乙丙丁戊'[i % 5]}${i}号片区人口信息`));
    const bytes = csvOf(rows);
    const before = w.env.opCount();
    expect(await run(w.police, 'a.csv', bytes, { dryRun: true })).toMatchObject({ total: 1200, imported: 0, dryRun: true, errorCount: 0, codes: [] });
    expect(w.env.opCount()).toBe(before);

    const cancelled = new AbortController();
    cancelled.abort();
    expect(await run(w.police, 'a.csv', bytes, { signal: cancelled.signal })).toMatchObject({ aborted: true, imported: 0 });
    expect(w.env.opCount()).toBe(before);

    // The user presses cancel while the rows are being checked (the first progress of the check).
    const midway = new AbortController();
    const off = w.env.services.events.on('progress', (p) => {
      if (p.label === 'progress.import' && p.done > 0) midway.abort();
    });
    expect(await run(w.police, 'a.csv', bytes, { signal: midway.signal })).toMatchObject({ aborted: true, imported: 0 });
    off();
    expect(w.env.opCount()).toBe(before);
    expect(await run(w.police, 'a.csv', bytes)).toMatchObject({ imported: 1200 });
  });

  it('an entry registered by someone else between the check and the write stops the whole import', async () => {
    const bytes = csvOf(Array.from({ length: 600 }, (_, i) => csvRow(`第${i}号网格人口信息`)));
    let once = false;
    const off = w.env.services.events.on('progress', (p) => {
      // While the import checks its second slice, a registrant saves one of its names by hand.
      if (p.label === 'progress.import' && p.done > 0 && !once) {
        once = true;
        void call(w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '第599号网格人口信息' }));
      }
    });
    const before = w.env.opCount();
    const report = await run(w.police, 'a.csv', bytes);
    off();
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual([{ sheet: 'CSV', row: 601, column: '资源名称', key: 'dir.rule.duplicateName', params: { code: '101/000001' } }]);
    // Only the hand-made entry was written.
    expect((await call(w.police, 'directory.list', {})).total).toBe(1);
    expect(w.env.opCount()).toBeGreaterThan(before);
  });

  it('refuses files it cannot read, with a message and no row', async () => {
    // A zip whose directory promises 4 GB of XML: refused before anything is unpacked.
    const { bytes: template } = await directoryTemplate();
    const bomb = Buffer.from(template);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bomb.writeUInt32LE(0xfffffff0, bomb.readUInt32LE(eocd + 16) + 24);
    expect(declaredUnzippedBytes(template)).toBeGreaterThan(10_000);
    expect(declaredUnzippedBytes(template)).toBeLessThan(1_000_000);
    const cases: [string, Buffer, string][] = [
      ['bomb.xlsx', bomb, 'dir.import.tooLarge'],
      ['empty.csv', Buffer.alloc(0), 'dir.import.empty'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'dir.import.unsupported'],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), 'dir.import.unreadable'],
    ];
    for (const [name, bytes, key] of cases) {
      const report = await run(w.bureau, name, bytes);
      expect(report.errors, name).toEqual([{ sheet: '', row: 0, column: '', key, params: expect.any(Object) }]);
    }
    const noColumns = await run(w.bureau, 'a.csv', Buffer.from('名字,分类\n甲,101\n'));
    expect(noColumns.errors.map((e) => `${e.row}:${e.column}:${e.key}`)).toEqual(expect.arrayContaining(['1:资源名称:dir.import.columnMissing', '1:信息项:dir.import.columnMissing']));
  });
});

describe('cancelling a running import from the console', () => {
  it('the user who started a task cancels it by its id; nobody else can', async () => {
    const w = await directoryWorld();
    try {
      const police = ctxOf(w, w.police);
      const market = ctxOf(w, w.market);
      const run = runCancellable(police, 'task-1', async (signal) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return signal.aborted;
      });
      await expect(runCancellable(police, 'task-1', async () => false)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(cancelTask(market, 'task-1')).toEqual({ cancelled: false });
      expect(cancelTask(police, 'task-1')).toEqual({ cancelled: true });
      expect(await run).toBe(true);
      expect(cancelTask(police, 'task-1')).toEqual({ cancelled: false });
    } finally {
      await w.env.dispose();
    }
  });
});
