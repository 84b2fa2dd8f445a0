import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../../shared/api/contract';
import type { ResourceInputRaw } from '../../../../shared/directory/resource';
import { callAs } from '../../../api/dispatch';
import type { Caller } from '../../context';
import { directoryWorld, householdEntry } from '../test-fixture';
import { viewerOf } from '../visibility';
import { SHEET_ITEMS, SHEET_RESOURCES } from './columns';
import { DCAT_CONTEXT } from './dcat';
import { exportDirectory, exportEntries } from './export';
import { ctxOf } from './test-helpers';

type World = Awaited<ReturnType<typeof directoryWorld>>;

async function sheetsOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every property name is a JSON-LD keyword or a term of a prefix the context defines. */
function undefinedTerms(node: unknown, prefixes: readonly string[], out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => undefinedTerms(n, prefixes, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '@context') continue;
      const ok = key.startsWith('@') ? ['@id', '@type', '@value', '@language'].includes(key) : prefixes.includes(key.split(':')[0]!) && /^[a-z]+:[A-Za-z]+$/.test(key);
      if (!ok) out.push(key);
      undefinedTerms(value, prefixes, out);
    }
  }
  return out;
}

describe('exporting the directory', () => {
  let w: World;
  beforeEach(async () => {
    w = await directoryWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);
  const publish = async (caller: Caller, entry: ResourceInputRaw) => {
    const draft = await call(caller, 'directory.create', entry);
    await call(w.bureau, 'directory.transition', { id: draft.id, action: 'submit', comment: '' });
    return call(w.bureau, 'directory.transition', { id: draft.id, action: 'publish', comment: '' });
  };

  it('exports what each caller may see; a restricted entry leaves without items, extended metadata or conditions', async () => {
    const draft = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '在逃人员信息' })); // stays a draft
    await call(w.police, 'directory.transition', { id: draft.id, action: 'submit', comment: '' });
    await call(w.bureau, 'directory.transition', { id: draft.id, action: 'publish', comment: '' });
    const theirs = exportEntries(w.env.services.store, viewerOf(ctxOf(w, w.market)));
    expect(theirs.map((e) => e.name)).toEqual(['户籍人口基本信息']);
    expect(theirs[0]).toMatchObject({ restricted: true, items: null, extra: {}, sourceSystem: '', shareCondition: '' });
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await exportDirectory(ctxOf(w, w.market), { format });
      // The data sheets (the 说明 sheet has examples of its own).
      const book = format === 'xlsx' ? await sheetsOf(file.bytes) : null;
      const text = book ? JSON.stringify([SHEET_RESOURCES, SHEET_ITEMS].map((name) => book.getWorksheet(name)!.getSheetValues())) : file.bytes.toString('utf8');
      expect(text).toContain('户籍人口基本信息');
      expect(text).not.toMatch(/公民身份号码|户籍地址|180 万|人口信息管理系统|在逃人员/);
    }
    const mine = exportEntries(w.env.services.store, viewerOf(ctxOf(w, w.police)));
    expect(mine.map((e) => [e.name, e.restricted, e.items?.length])).toEqual([
      ['户籍人口基本信息', false, 3],
      ['在逃人员信息', false, 3],
    ]);
  });

  it('a grant for chosen items exports just those items', async () => {
    const published = await publish(w.police, householdEntry(w.depts.gaj.id));
    const [idNo] = published.items!;
    const request = await call(w.market, 'access.apply', { resourceId: published.id, itemIds: [idNo!.id], purpose: '企业登记时核验身份', legalBasis: '《市场主体登记管理条例》', periodFrom: '2026-01-01', periodTo: '2099-12-31' });
    await call(w.police, 'access.decide', { id: request.id, decision: 'approve' });
    const [entry] = exportEntries(w.env.services.store, viewerOf(ctxOf(w, w.market)));
    expect(entry).toMatchObject({ restricted: false, extra: {} });
    expect(entry!.items!.map((i) => i.name)).toEqual(['公民身份号码']);
    expect(entry!.items).toEqual((await call(w.market, 'directory.get', { ref: published.id })).items!.map((i) => ({ name: i.name, dataType: i.dataType, length: i.length, description: i.description, elementIdentifier: null })));
  });

  it('filters as the directory table does', async () => {
    await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id));
    await call(w.market, 'directory.create', householdEntry(w.depts.scj.id, { name: '企业登记基本信息', classCode: '102' }));
    const file = await exportDirectory(ctxOf(w, w.bureau), { format: 'csv', filters: { provider: w.depts.scj.id } });
    expect(file.count).toBe(1);
    expect(file.fileName).toMatch(/\.csv$/);
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.bytes.toString('utf8')).toContain('企业登记基本信息');
    expect(file.bytes.toString('utf8')).not.toContain('户籍人口基本信息');
    await expect(exportDirectory(ctxOf(w, w.bureau), { format: 'xlsx', filters: { nonsense: 'x' } })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(exportDirectory(ctxOf(w, { kind: 'anonymous' }), { format: 'xlsx' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('DCAT JSON-LD: a dcat:Catalog of the published open resources only, with no data items of any other', async () => {
    const open = await publish(w.bureau, householdEntry(w.depts.sjj.id, {
      name: '政务服务事项目录信息', classCode: '203', summary: '全市政务服务事项的名称、实施主体、办理时限和收费标准。', format: 'spreadsheet', shareType: 'unconditional', shareMethod: 'file', openType: 'open', updateCycle: 'monthly', extra: {},
      items: [
        { name: '事项名称', dataType: 'string', length: 200 },
        { name: '承诺办结时限', dataType: 'number', length: 3, description: '工作日' },
      ],
    }));
    await call(w.bureau, 'directory.create', householdEntry(w.depts.sjj.id, { name: '政务服务好差评信息', classCode: '203', shareType: 'unconditional', openType: 'open', items: [{ name: '评价等级草稿项', dataType: 'enum', length: 1 }] }));
    await publish(w.police, householdEntry(w.depts.gaj.id));
    await publish(w.market, householdEntry(w.depts.scj.id, { name: '企业年报信息', classCode: '102', shareType: 'conditional', shareCondition: '用于监管', openType: 'conditional', openCondition: '脱敏后开放', items: [{ name: '年报资产总额', dataType: 'number', length: 18 }] }));

    // Anyone signed in gets the same open catalog; the market registrant here.
    const file = await exportDirectory(ctxOf(w, w.market), { format: 'dcat' });
    expect(file.fileName).toMatch(/\.jsonld$/);
    const text = file.bytes.toString('utf8');
    const doc = JSON.parse(text) as { '@context': Record<string, string>; '@type': string; 'dcat:dataset': Record<string, any>[] };
    expect(doc['@context']).toEqual(DCAT_CONTEXT);
    expect(doc['@type']).toBe('dcat:Catalog');
    expect(undefinedTerms(doc, Object.keys(doc['@context']))).toEqual([]);
    expect(doc['dcat:dataset']).toHaveLength(1);
    const ds = doc['dcat:dataset'][0]!;
    expect(ds).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:identifier': open.code,
      'dct:title': { '@value': '政务服务事项目录信息', '@language': 'zh-CN' },
      'dct:description': { '@value': open.summary },
      'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': { '@value': '中山市政务服务和数据管理局' }, 'dct:identifier': 'ZS028' },
      'dcat:theme': { '@type': 'skos:Concept', 'skos:notation': '203', 'skos:prefLabel': { '@value': '业务' } },
      'dct:accrualPeriodicity': { '@id': 'http://purl.org/cld/freq/monthly' },
      'dcat:distribution': [{ '@type': 'dcat:Distribution', 'dct:format': { '@value': '电子表格' } }],
    });
    expect(ds['dcat:distribution'][0]['csvw:tableSchema']['csvw:column'].map((c: any) => c['csvw:titles']['@value'])).toEqual(['事项名称', '承诺办结时限']);
    // Nothing of the non-open entries: not their names, nor their data items.
    expect(text).not.toMatch(/户籍人口|公民身份号码|户籍地址|企业年报|年报资产总额|好差评|评价等级草稿项/);
  });
});
