import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../shared/review/report';
import { callAs } from '../api/dispatch';
import { marketProject, projectWorld } from '../services/projects/test-fixture';
import { useEngineFactory } from '../services/review/engine-host';
import { namesEngine } from '../services/review/test-engine';
import { captureCli, type CliRun } from '../test-support/cli-capture';

const pdfText = (file: string) => execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/**
 * `tongchou review …` in-process through main(argv), on a data folder where a police project has
 * the market's system and the market's project is in 共享审核 (its automatic report is version 1).
 * The CLI opens the folder through the app's start-up (openCore), which configures the engine;
 * the transparent stand-in is set first here so that the findings are known.
 */
describe('tongchou review', () => {
  let dataDir: string;
  let tongchou: CliRun;
  beforeAll(() => useEngineFactory(namesEngine));
  beforeEach(async () => {
    const w = await projectWorld();
    dataDir = w.env.dataDir;
    const earlier = await callAs(w.env.services, w.police, 'projects.create', marketProject(w.depts.gaj.id, w.sharedResource.id, { name: '公安信用监管系统建设项目', consumes: [], provides: [] }));
    await callAs(w.env.services, w.police, 'projects.transition', { id: earlier.id, action: 'submit', comment: '' });
    const p = await callAs(
      w.env.services,
      w.market,
      'projects.create',
      marketProject(w.depts.scj.id, w.sharedResource.id, { consumes: [], dataItems: [{ name: '公民身份号码', dataType: 'string', length: 18 }, { name: '经营范围', dataType: 'string', length: 500 }] }),
    );
    await callAs(w.env.services, w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    await callAs(w.env.services, w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    await callAs(w.env.services, w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { name: '市场监管移动执法系统升级项目', provides: [] }));
    expect([earlier.code, p.code]).toEqual(['XM2026-0001', 'XM2026-0002']);
    await w.env.core.close(); // the CLI opens the folder itself
    tongchou = captureCli(dataDir);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('check runs the review now as a new version and prints each finding: label, score, counterpart, the strongest evidence', async () => {
    const r = await tongchou('review', 'check', 'XM2026-0002', '--as', 'audit.chen');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(
      [
        'XM2026-0002「市场主体信用监管平台建设项目」重复建设审查报告 第 2 版：2 项发现',
        '1. 重复建设  90%  XM2026-0001 公安信用监管系统建设项目（中山市公安局）',
        '     系统：信用监管系统（100%）',
        '2. 重复采集  100%  公民身份号码 → 101/000001 居民身份核验信息（中山市公安局）',
        '     数据项：公民身份号码（100%）',
        '',
      ].join('\n'),
    );
    // --json is the report itself; without --as the local operator runs it.
    const json = await tongchou('review', 'check', 'XM2026-0002', '--json');
    expect(json.code, json.err).toBe(0);
    const report = JSON.parse(json.out) as Report;
    expect(report).toMatchObject({ projectCode: 'XM2026-0002', version: 3, trigger: 'manual', status: 'open' });
    expect(report.findings.map((f) => f.label)).toEqual(['duplicate', 'recollection']);
    expect(report.findings[1]!.resource).toMatchObject({ code: '101/000001', name: '居民身份核验信息' });
    const en = await tongchou('--lang', 'en', 'review', 'check', 'XM2026-0002', '--as', 'bureau.li');
    expect(en.out.split('\n')[0]).toBe('XM2026-0002 “市场主体信用监管平台建设项目” duplicate-construction review, version 4: 2 findings');
    expect(en.out).toContain('1. Duplicate construction  90%  XM2026-0001 公安信用监管系统建设项目 (中山市公安局)');
  });

  it('check refuses with one line: a registrant, a project the user may not see, an unknown project, a draft', async () => {
    const registrant = await tongchou('review', 'check', 'XM2026-0002', '--as', 'scj.zhao');
    expect(registrant).toMatchObject({ code: 1, out: '' });
    expect(registrant.err).toBe('操作被拒绝：FORBIDDEN: 您没有执行此操作的权限\n');
    expect((await tongchou('review', 'check', 'XM2026-0002', '--as', 'gaj.wang')).err).toBe('操作被拒绝：未找到项目“XM2026-0002”（不存在，或该用户无权查看）\n');
    expect((await tongchou('review', 'check', 'XM2026-9999')).code).toBe(1);
    const draft = await tongchou('review', 'check', 'XM2026-0003');
    expect(draft).toMatchObject({ code: 1, err: '操作被拒绝：CONFLICT: 草稿尚未申报，不能审查\n' });
    expect((await tongchou('review', 'check', 'XM2026-0002', '--as', 'nobody')).code).toBe(1);
    expect((await tongchou('review', 'check')).code).toBe(2);
  });

  it('report writes the PDF of the latest or a given version; the page shows the project and the findings table', async () => {
    expect((await tongchou('review', 'check', 'XM2026-0002', '--as', 'audit.chen')).code).toBe(0);
    const file = path.join(dataDir, '审查报告.pdf');
    const r = await tongchou('review', 'report', 'XM2026-0002', '--pdf', file, '--as', 'audit.chen');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`已写出 XM2026-0002 第 2 版审查报告：${file}\n`);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const page1 = pdfText(file);
    for (const phrase of ['重复建设审查报告', '报告编号：XM2026-0002-v2', '市场主体信用监管平台建设项目', '序号', '相似度', '公安信用监管系统建设项目', '居民身份核验信息']) expect(page1, phrase).toContain(phrase);
    // An earlier version; the department reads (and prints) its own project's report.
    const v1 = path.join(dataDir, 'v1.pdf');
    expect((await tongchou('review', 'report', 'XM2026-0002', '--report-version', '1', '--pdf', v1, '--as', 'scj.zhao')).code).toBe(0);
    expect(pdfText(v1)).toContain('报告编号：XM2026-0002-v1');
  }, 120_000);

  it('report refuses with one line, or exits 2 for bad usage', async () => {
    const file = path.join(dataDir, 'r.pdf');
    expect(await tongchou('review', 'report', 'XM2026-0002', '--pdf', file, '--report-version', '7')).toMatchObject({ code: 1, err: '操作被拒绝：项目 XM2026-0002 没有第 7 版审查报告（共 1 版）\n' });
    expect(await tongchou('review', 'report', 'XM2026-0001', '--pdf', file)).toMatchObject({ code: 1, err: '操作被拒绝：项目 XM2026-0001 尚未审查（可运行 tongchou review check XM2026-0001）\n' });
    expect((await tongchou('review', 'report', 'XM2026-0002', '--pdf', file, '--as', 'gaj.wang')).err).toBe('操作被拒绝：未找到项目“XM2026-0002”（不存在，或该用户无权查看）\n');
    expect((await tongchou('review', 'report', 'XM2026-0002', '--pdf', path.join(dataDir, 'no-such-dir', 'r.pdf'))).err).toContain('无法写入文件');
    expect(fs.existsSync(file)).toBe(false);
    expect((await tongchou('review', 'report', 'XM2026-0002')).code).toBe(2);
    expect((await tongchou('review', 'report', 'XM2026-0002', '--pdf', file, '--report-version', 'latest')).code).toBe(2);
    expect((await tongchou('review', 'report', 'XM2026-0002', '--pdf', file, '--report-version', '0')).code).toBe(2);
    // --version stays the program's version, wherever it is written.
    expect(await tongchou('review', 'report', 'XM2026-0002', '--pdf', file, '--version')).toMatchObject({ code: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(fs.existsSync(file)).toBe(false);
    // No Chromium: says what to install.
    vi.stubEnv('TONGCHOU_CHROMIUM', path.join(dataDir, 'chromium'));
    try {
      expect((await tongchou('review', 'report', 'XM2026-0002', '--pdf', file)).err).toContain('TONGCHOU_CHROMIUM 指向的');
    } finally {
      vi.unstubAllEnvs();
    }
  }, 120_000);
});
