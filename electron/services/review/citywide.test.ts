import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../shared/api/contract';
import { DEMO_PASSWORD } from '../../../shared/demo/zhongshan';
import { clusterPageSchema, hotspotPageSchema, pairPageSchema, scanSummarySchema, type HotspotRow } from '../../../shared/review/citywide';
import { callAs } from '../../api/dispatch';
import { signedInAdmin, tempCore } from '../../test-support/temp-core';
import type { Caller } from '../context';
import { householdEntry } from '../directory/test-fixture';
import { marketProject, projectWorld } from '../projects/test-fixture';
import { COMPARED_PROJECT_STATUSES } from './corpus';
import { dedupeEngineFactory } from './dedupe-engine';
import { engineFor, useEngineFactory } from './engine-host';
import { namesEngine } from './test-engine';

async function sheetRows(base64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

const csvText = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('city-wide views with the transparent engine', () => {
  let w: Awaited<ReturnType<typeof projectWorld>>;
  beforeAll(() => useEngineFactory(namesEngine));
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);

  /** Two departments building the same 信用监管系统 (one cluster), a third project apart, a draft not compared. */
  async function projects() {
    const police = await call(w.police, 'projects.create', marketProject(w.depts.gaj.id, w.sharedResource.id, { name: '公安信用监管系统建设项目', consumes: [], provides: [] }));
    await call(w.police, 'projects.transition', { id: police.id, action: 'submit', comment: '' });
    const market = await call(
      w.market,
      'projects.create',
      marketProject(w.depts.scj.id, w.sharedResource.id, { consumes: [], provides: [], dataItems: [{ name: '公民身份号码', dataType: 'string', length: 18 }] }),
    );
    await call(w.market, 'projects.transition', { id: market.id, action: 'submit', comment: '' });
    const other = await call(
      w.market,
      'projects.create',
      marketProject(w.depts.scj.id, w.sharedResource.id, { name: '市场监管移动执法项目', consumes: [], provides: [], systems: [{ name: '移动执法系统', functions: ['现场检查'] }] }),
    );
    await call(w.market, 'projects.transition', { id: other.id, action: 'submit', comment: '' });
    await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { name: '草稿项目', provides: [] }));
    return { police, market, other };
  }

  it('the scan clusters projects that duplicate each other, with progress; the pages sort, filter and search it', async () => {
    const { police, market, other } = await projects();
    const empty = clusterPageSchema.parse(await call(w.bureau, 'review.clusters', {}));
    expect(empty).toEqual({ rows: [], total: 0, scan: null });
    const events: { label: string; done: number; total: number }[] = [];
    const off = w.env.services.events.on('progress', (p) => p.taskId === 'scan-1' && events.push(p));
    const summary = scanSummarySchema.parse(await call(w.auditor, 'review.scan', { taskId: 'scan-1' }));
    off();
    expect(summary).toMatchObject({ projects: 3, clusters: 1, pairs: 1 });
    expect(events.every((e) => e.label === 'review.progress.scan')).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.at(-1)).toMatchObject({ done: 1, total: 1 }); // the bar closes

    const page = clusterPageSchema.parse(await call(w.bureau, 'review.clusters', {}));
    expect(page.total).toBe(1);
    expect(page.scan).toMatchObject({ ...summary, stale: false });
    expect(page.rows[0]).toMatchObject({ size: 2, departments: 2, topLabel: 'duplicate', topScore: 0.9 });
    expect(page.rows[0]!.projects.map((p) => [p.code, p.departmentName])).toEqual([
      [police.code, '中山市公安局'],
      [market.code, '中山市市场监督管理局'],
    ]);
    expect(page.rows[0]!.projects[0]).toMatchObject({ id: police.id, name: '公安信用监管系统建设项目', status: 'submitted', year: 2026 });
    expect((await call(w.bureau, 'review.clusters', { search: '公安信用' })).total).toBe(1);
    expect((await call(w.bureau, 'review.clusters', { search: other.code })).total).toBe(0);
    expect((await call(w.bureau, 'review.clusters', { filters: { label: 'overlap' } })).total).toBe(0);
    expect((await call(w.bureau, 'review.clusters', { sort: [{ id: 'departments', desc: true }] })).total).toBe(1);
    await expect(call(w.bureau, 'review.clusters', { sort: [{ id: 'constructor', desc: false }] })).rejects.toMatchObject({ code: 'VALIDATION', fields: [{ path: 'sort.0.id' }] });
    await expect(call(w.bureau, 'review.clusters', { filters: { toString: 'x' } })).rejects.toMatchObject({ code: 'VALIDATION', fields: [{ path: 'filters.toString' }] });

    const pairs = pairPageSchema.parse(await call(w.auditor, 'review.pairs', { sort: [{ id: 'score', desc: true }] }));
    expect(pairs.rows).toEqual([expect.objectContaining({ label: 'duplicate', score: 0.9 })]);
    expect(new Set([pairs.rows[0]!.a.id, pairs.rows[0]!.b.id])).toEqual(new Set([police.id, market.id]));

    // A project changes: the scan shown is marked stale until the next one.
    await call(w.bureau, 'projects.transition', { id: other.id, action: 'formal_pass', comment: '' });
    expect((await call(w.bureau, 'review.clusters', {})).scan?.stale).toBe(true);
  });

  it('the scan and its pages are for the bureau: a registrant is refused', async () => {
    await projects();
    await expect(call(w.market, 'review.scan', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'review.clusters', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'review.pairs', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call(w.police, 'review.exportCitywide', { view: 'clusters', format: 'csv' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // An administrator may scan; exporting before any scan says so.
    await expect(call(w.admin, 'review.exportCitywide', { view: 'clusters', format: 'csv' })).rejects.toMatchObject({ code: 'CONFLICT', key: 'review.rule.noScan' });
    expect((await call(w.admin, 'review.scan', {})).clusters).toBe(1);
  });

  it('two scans at once share one run', async () => {
    await projects();
    const [a, b] = await Promise.all([call(w.bureau, 'review.scan', {}), call(w.auditor, 'review.scan', {})]);
    expect(a).toEqual(b);
  });

  /**
   * 公民身份号码: the police's two resources (one 不予共享) and the market's project. 犯罪记录编号:
   * only in 不予共享 resources of the police and of the bureau.
   */
  async function collected() {
    await projects();
    const publish = async (caller: Caller, id: string) => {
      await call(caller, 'directory.transition', { id, action: 'submit', comment: '' });
      await call(w.bureau, 'directory.transition', { id, action: 'publish', comment: '' });
    };
    const items = [
      { name: '公民身份号码', dataType: 'string' as const, length: 18 },
      { name: '犯罪记录编号', dataType: 'string' as const, length: 30 },
    ];
    const closed = await call(w.police, 'directory.create', householdEntry(w.depts.gaj.id, { name: '违法犯罪人员信息', items }));
    await publish(w.police, closed.id);
    const bureauOwn = await call(w.bureau, 'directory.create', householdEntry(w.depts.sjj.id, { name: '政务数据归集人员信息', items: [items[1]!, { name: '姓名', dataType: 'string', length: 50 }] }));
    await publish(w.bureau, bureauOwn.id);
    return { closed, bureauOwn };
  }

  const byElement = (rows: HotspotRow[]) => new Map(rows.map((r) => [r.element, r]));

  it('多头采集: each element two or more departments collect, with departments, resources and projects, most departments first', async () => {
    const { closed, bureauOwn } = await collected();
    const page = hotspotPageSchema.parse(await call(w.auditor, 'review.hotspots', {}));
    const rows = byElement(page.rows);
    expect(rows.get('公民身份号码')).toMatchObject({
      departments: 2,
      departmentNames: ['中山市公安局', '中山市市场监督管理局'],
      resourceCount: 2,
      projects: 1,
      names: ['公民身份号码'],
    });
    expect(rows.get('公民身份号码')!.resources.map((r) => r.name).sort()).toEqual(['居民身份核验信息', '违法犯罪人员信息']);
    expect(rows.get('犯罪记录编号')).toMatchObject({ departments: 2, resourceCount: 2, projects: 0 });
    expect(rows.get('犯罪记录编号')!.resources.map((r) => r.id).sort()).toEqual([closed.id, bureauOwn.id].sort());
    // 姓名: the police's shared resource and the bureau's: two departments too. 户籍地址: the police only.
    expect(rows.has('姓名')).toBe(true);
    expect(rows.has('户籍地址')).toBe(false);
    expect(page.rows.map((r) => r.departments)).toEqual([...page.rows.map((r) => r.departments)].sort((a, b) => b - a));
    expect((await call(w.auditor, 'review.hotspots', { search: '身份' })).rows.map((r) => r.element)).toEqual(['公民身份号码']);
    expect((await call(w.auditor, 'review.hotspots', { filters: { department: w.depts.sjj.id } })).rows.map((r) => r.element).sort()).toEqual(['姓名', '犯罪记录编号'].sort());
    const byName = await call(w.auditor, 'review.hotspots', { sort: [{ id: 'element', desc: false }] });
    expect(byName.total).toBe(page.total);
    await expect(call(w.auditor, 'review.hotspots', { sort: [{ id: 'valueOf', desc: false }] })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('多头采集 for a department: counts over everything, but it sees listed only resources whose items it may see', async () => {
    await collected();
    const market = byElement((await call(w.market, 'review.hotspots', {})).rows);
    // The 不予共享 entry is counted, not listed; an element only 不予共享 entries hold is not shown at all.
    expect(market.get('公民身份号码')).toMatchObject({ resourceCount: 2, departments: 2 });
    expect(market.get('公民身份号码')!.resources.map((r) => r.name)).toEqual(['居民身份核验信息']);
    expect(market.has('犯罪记录编号')).toBe(false);
    // The police see their own 不予共享 entry, not the bureau's.
    const police = byElement((await call(w.police, 'review.hotspots', {})).rows);
    expect(police.get('犯罪记录编号')!.resources.map((r) => r.name)).toEqual(['违法犯罪人员信息']);
    expect(police.get('犯罪记录编号')!.resourceCount).toBe(2);
    // Exports follow the same rule.
    const csv = csvText((await call(w.market, 'review.exportCitywide', { view: 'hotspots', format: 'csv' })).contentBase64);
    expect(csv).toContain('居民身份核验信息');
    expect(csv).not.toContain('违法犯罪人员信息');
    expect(csv).not.toContain('犯罪记录编号');
  });

  it('exports the clusters and the hotspots as xlsx and csv, filtered and searched as on screen', async () => {
    const { police, market } = await projects();
    await call(w.bureau, 'review.scan', {});
    const x = await call(w.bureau, 'review.exportCitywide', { view: 'clusters', format: 'xlsx' });
    expect(x).toMatchObject({ count: 1, fileName: expect.stringMatching(/^全市重复建设扫描-\d{8}\.xlsx$/) });
    const rows = await sheetRows(x.contentBase64);
    expect(rows[0]).toEqual(['簇序号', '项目数', '部门数', '最强关系', '最高相似度', '项目编号', '项目名称', '申报单位', '年度']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[7]])).toEqual([
      ['1', '2', '重复建设', '90%', police.code, '中山市公安局'],
      ['1', '2', '重复建设', '90%', market.code, '中山市市场监督管理局'],
    ]);
    const none = await call(w.bureau, 'review.exportCitywide', { view: 'clusters', format: 'csv', search: '不存在的项目' });
    expect(none.count).toBe(0);
    expect(csvText(none.contentBase64).split('\r\n').filter(Boolean)).toHaveLength(1);

    const h = await call(w.auditor, 'review.exportCitywide', { view: 'hotspots', format: 'xlsx' });
    expect(h.fileName).toMatch(/^多头采集清单-\d{8}\.xlsx$/);
    const hrows = await sheetRows(h.contentBase64);
    expect(hrows[0]).toEqual(['数据元素', '类别', '名称变体', '采集部门数', '采集部门', '资源数', '资源', '项目数']);
    expect(hrows.find((r) => r[0] === '公民身份号码')).toEqual(['公民身份号码', '关键数据元素', '公民身份号码', '2', '中山市公安局、中山市市场监督管理局', '1', `${w.sharedResource.code} 居民身份核验信息（中山市公安局）`, '1']);
    expect(h.count).toBe(hrows.length - 1);
    const csv = await call(w.auditor, 'review.exportCitywide', { view: 'hotspots', format: 'csv', search: '身份' });
    expect(csv).toMatchObject({ count: 1, fileName: expect.stringMatching(/\.csv$/) });
    const text = csvText(csv.contentBase64);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('公民身份号码,关键数据元素,公民身份号码,2,');
  });
});

/** The app's engine (shared/dedupe) on the demo data, as the console runs it. */
describe('city-wide views with the shared engine on the demo data', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  const as = async (username: string): Promise<Caller> => {
    const { session, user } = await callAs(env.services, { kind: 'anonymous' }, 'auth.login', { username, password: DEMO_PASSWORD });
    return { kind: 'user', user: { id: user.id, username, role: user.role, departmentId: user.departmentId }, session };
  };
  beforeAll(async () => {
    useEngineFactory(dedupeEngineFactory);
    env = await tempCore();
    const admin = (await signedInAdmin(env.services)).caller;
    await callAs(env.services, admin, 'demo.load', {});
  }, 120_000);
  afterAll(() => env.dispose());

  it('the scan finds clusters of duplicate construction across the register; registrants are refused', async () => {
    const bureau = await as('bureau.li');
    const summary = await callAs(env.services, bureau, 'review.scan', {});
    const compared = env.services.store.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM projects WHERE status IN (${COMPARED_PROJECT_STATUSES.map(() => '?').join(',')})`,
      COMPARED_PROJECT_STATUSES,
    )!.n;
    expect(summary.projects).toBe(compared);
    expect(summary.clusters).toBeGreaterThanOrEqual(1);
    const page = clusterPageSchema.parse(await callAs(env.services, bureau, 'review.clusters', { limit: 500 }));
    expect(page.total).toBe(summary.clusters);
    expect(page.rows[0]!.size).toBeGreaterThanOrEqual(2);
    expect(page.rows.every((r) => r.topLabel === 'duplicate' && r.topScore > 0.5 && r.projects.length === r.size)).toBe(true);
    await expect(callAs(env.services, await as('gaj.wang'), 'review.scan', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }, 60_000);

  it('the scan in slices finds what the engine\'s own scan finds', async () => {
    const engine = engineFor(env.services.store);
    const key = (p: { a: string; b: string; label: string; score: number }) => `${p.a}|${p.b}|${p.label}|${p.score.toFixed(6)}`;
    const whole = await engine.scan();
    const sliced = await engine.scan(undefined, () => new Promise((r) => setImmediate(r)));
    expect(sliced.pairs.map(key).sort()).toEqual(whole.pairs.map(key).sort());
    expect(sliced.clusters.map((c) => [...c].sort()).sort()).toEqual(whole.clusters.map((c) => [...c].sort()).sort());
    expect(sliced.projects).toBe(whole.projects);
  }, 60_000);

  it('多头采集 lists the ID number under its dictionary name, with the departments and resources that collect it', async () => {
    const auditor = await as('auditor.chen');
    const page = hotspotPageSchema.parse(await callAs(env.services, auditor, 'review.hotspots', { limit: 500 }));
    expect(page.total).toBeGreaterThanOrEqual(5);
    const id = page.rows.find((r) => r.element === '公民身份号码');
    expect(id).toBeDefined();
    expect(id!.departments).toBeGreaterThanOrEqual(2);
    expect(id!.departmentNames).toContain('中山市公安局');
    expect(id!.resources.length).toBeGreaterThanOrEqual(2);
    expect(new Set(id!.resources.map((r) => r.department)).size).toBeGreaterThanOrEqual(2);
    expect(id!.generic).toBe(false);
    // Its variants are grouped with it, not listed as elements of their own.
    expect(id!.names).toEqual(expect.arrayContaining(['公民身份号码', '身份证号码']));
    expect(page.rows.filter((r) => ['身份证号', '身份证号码', '居民身份证号码'].includes(r.element))).toEqual([]);
    // Fields every register has (备注, 联系电话 …) are told apart from key elements, and may be filtered out.
    expect(page.rows.find((r) => r.element === '联系电话')?.generic).toBe(true);
    const keys = await callAs(env.services, auditor, 'review.hotspots', { limit: 500, filters: { kind: 'key' } });
    expect(keys.rows.some((r) => r.element === '公民身份号码')).toBe(true);
    expect(keys.rows.some((r) => r.generic || r.element === '联系电话')).toBe(false);
    // A registrant sees the same counts, and only resources whose items it may see.
    const police = await as('gaj.wang');
    const theirs = (await callAs(env.services, police, 'review.hotspots', { search: '公民身份号码' })).rows.find((r) => r.id === id!.id)!;
    expect(theirs).toMatchObject({ departments: id!.departments, resourceCount: id!.resourceCount });
    const hidden = env.services.store.all<{ id: string }>(
      "SELECT r.id FROM resources r JOIN departments d ON d.id = r.provider_dept_id WHERE r.share_type = 'none' AND d.code != 'ZS006'",
    );
    const hiddenIds = new Set(hidden.map((r) => r.id));
    expect(theirs.resources.some((r) => hiddenIds.has(r.id))).toBe(false);
  }, 60_000);
});
