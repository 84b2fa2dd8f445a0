import fs from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClusterRow, HotspotRow, ScanSummary } from '../../shared/review/citywide';
import { callAs } from '../api/dispatch';
import { marketProject, projectWorld } from '../services/projects/test-fixture';
import { useEngineFactory } from '../services/review/engine-host';
import { namesEngine } from '../services/review/test-engine';
import { captureCli, type CliRun } from '../test-support/cli-capture';

/**
 * `tongchou review scan|hotspots` in-process through main(argv). The police and the market build
 * the same 信用监管系统 (one cluster); the market's project collects the ID number the police
 * publish and the credit code the police's project collects too (two hotspots).
 */
describe('tongchou review scan / hotspots', () => {
  let dataDir: string;
  let tongchou: CliRun;
  let codes: string[];
  beforeAll(() => useEngineFactory(namesEngine));
  beforeEach(async () => {
    const w = await projectWorld();
    dataDir = w.env.dataDir;
    const police = await callAs(w.env.services, w.police, 'projects.create', marketProject(w.depts.gaj.id, w.sharedResource.id, { name: '公安信用监管系统建设项目', consumes: [], provides: [] }));
    await callAs(w.env.services, w.police, 'projects.transition', { id: police.id, action: 'submit', comment: '' });
    const market = await callAs(
      w.env.services,
      w.market,
      'projects.create',
      marketProject(w.depts.scj.id, w.sharedResource.id, {
        consumes: [],
        provides: [],
        dataItems: [
          { name: '公民身份号码', dataType: 'string', length: 18 },
          { name: '统一社会信用代码', dataType: 'string', length: 18 },
        ],
      }),
    );
    await callAs(w.env.services, w.market, 'projects.transition', { id: market.id, action: 'submit', comment: '' });
    codes = [police.code, market.code];
    await w.env.core.close(); // the CLI opens the folder itself
    tongchou = captureCli(dataDir);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('scan prints the run and each cluster with its projects; --json has the summary and every cluster', async () => {
    const r = await tongchou('review', 'scan', '--as', 'audit.chen');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^全市扫描：2 个项目，用时 \d+\.\d 秒；重复建设簇 1 个，相关项目对 1 对$/);
    expect(lines.slice(1)).toEqual([
      '1. 2 个项目 · 2 个部门 · 重复建设 90%',
      `   ${codes[0]} 公安信用监管系统建设项目（中山市公安局）`,
      `   ${codes[1]} 市场主体信用监管平台建设项目（中山市市场监督管理局）`,
      '',
    ]);
    const json = await tongchou('review', 'scan', '--json');
    expect(json.code, json.err).toBe(0);
    const parsed = JSON.parse(json.out) as { scan: ScanSummary; clusters: ClusterRow[] };
    expect(parsed.scan).toMatchObject({ projects: 2, clusters: 1, pairs: 1 });
    expect(parsed.clusters[0]!.projects.map((p) => p.code)).toEqual(codes);
    const en = await tongchou('--lang', 'en', 'review', 'scan', '--as', 'bureau.li');
    expect(en.out.split('\n')[1]).toBe('1. 2 projects · 2 departments · Duplicate construction 90%');
  });

  it('scan refuses a registrant with one line; bad usage exits 2', async () => {
    expect(await tongchou('review', 'scan', '--as', 'scj.zhao')).toMatchObject({ code: 1, out: '', err: '操作被拒绝：FORBIDDEN: 您没有执行此操作的权限\n' });
    expect((await tongchou('review', 'scan', '--limit', '0')).code).toBe(2);
    expect((await tongchou('review', 'scan', 'extra')).code).toBe(2);
  });

  it('hotspots lists the elements two or more departments collect, most departments first; --json, --limit, --search, --kind', async () => {
    const r = await tongchou('review', 'hotspots');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('多头采集：2 个数据元素由两个以上部门采集');
    expect(lines[1]!.split(/\s{2,}/)).toEqual(['数据元素', '类别', '采集部门数', '资源数', '项目数', '名称变体']);
    expect(lines.slice(3, 5).map((l) => l.split(/\s{2,}/))).toEqual([
      ['公民身份号码', '关键数据元素', '2', '1', '1', '公民身份号码'],
      ['统一社会信用代码', '关键数据元素', '2', '0', '2', '统一社会信用代码'],
    ]);
    const json = await tongchou('review', 'hotspots', '--json', '--as', 'scj.zhao');
    expect(json.code, json.err).toBe(0);
    const parsed = JSON.parse(json.out) as { total: number; elements: HotspotRow[] };
    expect(parsed.total).toBe(2);
    expect(parsed.elements[0]).toMatchObject({
      element: '公民身份号码',
      departmentNames: ['中山市公安局', '中山市市场监督管理局'],
      resources: [{ code: '101/000001', name: '居民身份核验信息', department: '中山市公安局' }],
    });
    const one = await tongchou('review', 'hotspots', '--limit', '1');
    expect(one.out.split('\n').at(-2)).toBe('显示前 1 个，共 2 个（用 --limit 显示更多，--json 输出全部）');
    expect((await tongchou('review', 'hotspots', '--search', '信用代码', '--json')).out).toContain('"total": 1');
    expect((await tongchou('review', 'hotspots', '--kind', 'generic')).out).toBe('没有由两个以上部门采集的数据元素\n');
    expect((await tongchou('review', 'hotspots', '--kind', 'other')).code).toBe(2);
    expect((await tongchou('review', 'hotspots', '--as', 'nobody')).code).toBe(1);
  });
});
