import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../../shared/review/report';
import { escapeHtml, reportHtml } from './report-html';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  id: 'f1',
  kind: 'project',
  label: 'duplicate',
  score: 0.873,
  otherProject: { id: 'p0', code: 'XM2025-0007', name: '公安信用监管系统建设项目', departmentName: '中山市公安局', status: 'building', year: 2025 },
  dataItem: '',
  resource: null,
  evidence: [
    { kind: 'sentence', left: '归集市场主体登记、许可、处罚信息', right: '归集市场主体登记与处罚信息', score: 0.62 },
    { kind: 'system', left: '信用监管系统', right: '信用监管系统', score: 1 },
    { kind: 'function', left: '信用评价', right: '信用评分', score: 0.7 },
    { kind: 'name', left: '信用监管', right: '信用监管', score: 0.3 },
  ],
  decision: null,
  reason: '',
  decidedBy: null,
  decidedAt: null,
  carried: false,
  ...overrides,
});

function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    id: 'r1',
    projectId: 'p1',
    projectCode: 'XM2026-0001',
    projectName: '市场主体信用监管平台建设项目',
    departmentName: '中山市市场监督管理局',
    projectStatus: 'sharing_review',
    version: 2,
    versions: 2,
    trigger: 'auto',
    status: 'open',
    conclusion: null,
    conclusionComment: '',
    createdBy: null,
    createdAt: '2026-03-14T02:00:00.000Z',
    concludedBy: null,
    concludedAt: null,
    snapshot: { content: '', systems: [], dataItems: [] },
    findings: [
      finding(),
      finding({
        id: 'f2',
        kind: 'recollection',
        label: 'recollection',
        score: 1,
        otherProject: null,
        dataItem: '公民身份号码',
        resource: { id: 'r0', code: '101/000001', name: '居民身份核验信息', providerName: '中山市公安局', item: '公民身份号码' },
        evidence: [{ kind: 'item', left: '公民身份号码', right: '公民身份号码', score: 1 }],
        decision: 'dismissed',
        reason: '仅用于核验，不落库',
        decidedBy: '陈审核',
        decidedAt: '2026-03-15T02:00:00.000Z',
        carried: true,
      }),
    ],
    can: [],
    ...overrides,
  };
}

/** The document's text without its markup. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the printable review report (HTML)', () => {
  it('is one self-contained document: inline CSS, no scripts, nothing loaded from elsewhere, A4 with the CJK fonts', () => {
    const html = reportHtml(sampleReport(), 'zh-CN');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/@page \{ size: A4; margin: [^;]+;/);
    expect(html).toContain('"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"');
  });

  it('has the masthead, the project, the findings table in order, the decisions and the signatures block', () => {
    const html = reportHtml(sampleReport(), 'zh-CN');
    const order = ['中山市政务服务和数据管理局', '<h1>重复建设审查报告</h1>', '报告编号：XM2026-0001-v2', '项目编号', '第 2 版（共 2 版）', '市场主体信用监管平台建设项目', '中山市市场监督管理局', '2026年3月14日', '共享审核', '审查中', '一、审查发现', '共 2 项发现：重复建设 1 项，重复采集 1 项。', '<th>序号</th><th>类型</th><th>对象</th><th>相似度</th><th>主要证据</th><th>审核意见</th>', '二、审查结论', '三、签字', '审核人（签字）', '复核人（签字）', '日期'];
    let at = -1;
    for (const part of order) {
      const next = html.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
    // First finding: the other project with its department, 87%, the three strongest evidence lines only.
    expect(html).toContain('XM2025-0007');
    expect(text(html)).toContain('中山市公安局 · 2025 · 建设中');
    expect(html).toContain('<td class="score">87%</td>');
    expect(text(html)).toContain('系统：信用监管系统（100%）');
    expect(text(html)).toContain('功能：信用评价 ↔ 信用评分（70%）');
    expect(text(html)).toContain('建设内容：归集市场主体登记、许可、处罚信息 ↔ 归集市场主体登记与处罚信息（62%）');
    expect(text(html)).not.toContain('名称：信用监管');
    expect(html).toContain('<span class="pending">待审核</span>');
    // Second: the re-collected item, the resource to consume instead, the decision carried over.
    expect(html).toContain('数据项「公民身份号码」');
    expect(text(html)).toContain('应共享调用：101/000001 居民身份核验信息');
    expect(text(html)).toContain('提供方：中山市公安局 · 信息项：公民身份号码');
    expect(html).toContain('<div class="decision">排除</div><div>仅用于核验，不落库</div><div class="meta"><span class="nw">陈审核</span> · <span class="nw">2026年3月15日</span></div><div class="meta">沿用上一版决定</div>');
    expect(html).toContain('尚未办结（1 项发现待审核）');
  });

  it('a concluded report prints the conclusion, the comment line by line, the auditor and the date', () => {
    const html = reportHtml(
      sampleReport({ status: 'concluded', conclusion: 'return', conclusionComment: '请调整\n请改为共享调用：101/000001 居民身份核验信息', concludedBy: '陈审核', concludedAt: '2026-03-16T02:00:00.000Z' }),
      'zh-CN',
    );
    expect(html).toContain('<span class="decision">退回修改</span>');
    expect(html).toContain('请调整<br>请改为共享调用：101/000001 居民身份核验信息');
    expect(html).toMatch(/<th>审核人<\/th><td>陈审核<\/td><th>日期<\/th><td>2026年3月16日<\/td>/);
    expect(html).toContain('已办结');
  });

  it('a report without findings says so in the table', () => {
    const html = reportHtml(sampleReport({ findings: [] }), 'zh-CN');
    expect(html).toContain('<td class="none" colspan="6">未发现重复建设或重复采集。</td>');
    expect(html).toContain('尚未办结（0 项发现待审核）');
  });

  it('escapes every piece of report text: hostile names, reasons and evidence stay text', () => {
    const hostile = '<script>alert("x")</script>&<img src=x onerror=alert(1)>';
    const report = sampleReport({
      projectName: hostile,
      departmentName: `部门'"${hostile}`,
      status: 'concluded',
      conclusion: 'reject',
      conclusionComment: hostile,
      concludedBy: hostile,
      concludedAt: '2026-03-16T02:00:00.000Z',
    });
    report.findings[0] = finding({ otherProject: { ...finding().otherProject!, name: hostile, code: hostile }, evidence: [{ kind: 'sentence', left: hostile, right: '</td></tr></table>', score: 1 }], decision: 'partial', reason: hostile, decidedBy: hostile });
    const html = reportHtml(report, 'zh-CN');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</td></tr></table>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('部门&#39;&quot;&lt;script&gt;');
    expect(html).toContain(`<title>重复建设审查报告 ${escapeHtml(report.projectCode)}-v2</title>`);
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('leaves the model\'s feature lines out of the evidence: they explain the score to engineers, not to auditors', () => {
    const html = reportHtml(
      sampleReport({ findings: [finding({ evidence: [{ kind: 'feature', left: 'funcMax', right: '0.527', score: 1.28 }, { kind: 'function', left: '任务督办', right: '任务督办', score: 1 }] })] }),
      'zh-CN',
    );
    expect(html).not.toContain('funcMax');
    expect(text(html)).toContain('功能：任务督办（100%）');
  });

  it('cuts very long evidence quotations', () => {
    const long = '建'.repeat(200);
    const html = reportHtml(sampleReport({ findings: [finding({ evidence: [{ kind: 'sentence', left: long, right: long, score: 0.9 }] })] }), 'zh-CN');
    expect(html).toContain(`${'建'.repeat(60)}…`);
    expect(html).not.toContain('建'.repeat(61));
  });

  it('prints in English with the same layout', () => {
    const html = reportHtml(sampleReport(), 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Duplicate-Construction Review Report</h1>');
    expect(html).toContain('<th>No.</th><th>Type</th><th>Counterpart</th><th>Similarity</th><th>Main evidence</th><th>Auditor&#39;s opinion</th>');
    expect(html).toContain('2 findings: Duplicate construction 1, Re-collected data 1.');
    expect(text(html)).toContain('System: 信用监管系统 (100%)');
    expect(html).toContain('version 2 of 2');
    expect(html).toContain('2026-03-14');
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
  });
});
