import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input, MethodName } from '../../../shared/api/contract';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { marketProject, projectWorld } from '../projects/test-fixture';
import { useEngineFactory } from './engine-host';
import { chromiumArgs, chromiumPrinter, findChromium, setPdfPrinter, withHtmlFile } from './pdf';
import { reportHtml } from './report-html';
import { namesEngine } from './test-engine';

const SCREENSHOTS = path.resolve(__dirname, '../../../e2e/screenshots');

/** The text of some pages of a PDF (poppler's pdftotext). */
function pdfText(pdf: Buffer, first: number, last = first): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-pdftest-'));
  try {
    const file = path.join(dir, 'r.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pageCount(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-pdftest-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'r.pdf')], { encoding: 'utf8' }))![1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Page `page` of a PDF as PNG in e2e/screenshots (gitignored), to look at. */
function pagePng(pdf: Buffer, name: string, page = 1): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const pdfFile = path.join(SCREENSHOTS, `${name}.pdf`);
  fs.writeFileSync(pdfFile, pdf);
  const base = path.join(SCREENSHOTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdfFile, base]);
  return `${base}.png`;
}

/** Text with the line breaks and spacing of the PDF's layout removed, to find phrases in. */
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the review report as PDF', () => {
  let w: Awaited<ReturnType<typeof projectWorld>>;
  beforeAll(() => useEngineFactory(namesEngine));
  beforeEach(async () => {
    w = await projectWorld();
    setPdfPrinter(null);
  });
  afterEach(() => {
    setPdfPrinter(null);
    vi.unstubAllEnvs();
    w.env.dispose();
  });
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);

  /** The story of review.test.ts: a police project with the same system, then the market's project in 共享审核, decided and returned. */
  async function concludedReport() {
    const earlier = await call(w.police, 'projects.create', marketProject(w.depts.gaj.id, w.sharedResource.id, { name: '公安信用监管系统建设项目', consumes: [], provides: [] }));
    await call(w.police, 'projects.transition', { id: earlier.id, action: 'submit', comment: '' });
    const p = await call(
      w.market,
      'projects.create',
      marketProject(w.depts.scj.id, w.sharedResource.id, { consumes: [], dataItems: [{ name: '公民身份号码', dataType: 'string', length: 18 }, { name: '经营范围', dataType: 'string', length: 500 }] }),
    );
    await call(w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    await call(w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    const report = (await call(w.auditor, 'review.get', { projectId: p.id }))!;
    const [dup, rec] = report.findings;
    await call(w.auditor, 'review.decide', { findingId: dup!.id, decision: 'dismissed', reason: '公安系统为内部执法用，用户不同' });
    await call(w.auditor, 'review.decide', { findingId: rec!.id, decision: 'confirmed', reason: '' });
    const done = await call(w.auditor, 'review.conclude', { reportId: report.id, conclusion: 'return', comment: '请改为调用身份核验资源' });
    return { earlier, p, report: done };
  }

  it('prints with headless Chromium: page 1 has the title, the project and the findings table with the counterpart', async () => {
    const { p, report } = await concludedReport();
    const out = await call(w.auditor, 'review.pdf', { reportId: report.id, language: 'zh-CN' });
    expect(out.fileName).toBe(`重复建设审查报告-${p.code}-v1.pdf`);
    const pdf = Buffer.from(out.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const page1 = flat(pdfText(pdf, 1));
    for (const phrase of ['中山市政务服务和数据管理局', '重复建设审查报告', p.code, '市场主体信用监管平台建设项目', '中山市市场监督管理局', '一、审查发现', '序号', '类型', '对象', '相似度', '主要证据', '审核意见', '公安信用监管系统建设项目', '居民身份核验信息', '排除', '公安系统为内部执法用，用户不同', '确认']) {
      expect(page1, phrase).toContain(phrase);
    }
    const all = flat(pdfText(pdf, 1, pageCount(pdf)));
    for (const phrase of ['二、审查结论', '退回修改', '请改为共享调用', '三、签字', '审核人（签字）', '复核人（签字）', '（盖章）']) expect(all, phrase).toContain(phrase);
    expect(fs.existsSync(pagePng(pdf, 'review-report-p1'))).toBe(true);
    // Another department may not see the project, so not its report either; the department itself may print it.
    await expect(call(w.police, 'review.pdf', { reportId: report.id, language: 'zh-CN' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call(w.auditor, 'review.pdf', { reportId: 'no-such-report', language: 'zh-CN' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call({ kind: 'anonymous' }, 'review.pdf', { reportId: report.id, language: 'zh-CN' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const own = await call(w.market, 'review.pdf', { reportId: report.id, language: 'en' });
    expect(own.fileName).toBe(`Duplicate-construction review-${p.code}-v1.pdf`);
    const english = Buffer.from(own.contentBase64, 'base64');
    expect(flat(pdfText(english, 1))).toContain('Duplicate-ConstructionReviewReport');
    pagePng(english, 'review-report-en-p1');
  }, 120_000);

  it('a long findings table goes on over pages with its header repeated, and the text stays text', async () => {
    const { report } = await concludedReport();
    const many = Array.from({ length: 36 }, (_, i) => ({
      ...report.findings[i % 2]!,
      id: `f${i}`,
      otherProject: report.findings[i % 2]!.otherProject && { ...report.findings[i % 2]!.otherProject!, name: `<b>第${i + 1}个</b>对比项目` },
    }));
    const pdf = await chromiumPrinter(findChromium())(reportHtml({ ...report, findings: many }, 'zh-CN'));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    for (let page = 2; page <= pages; page++) {
      const text = flat(pdfText(pdf, page));
      if (!text.includes('对比项目')) continue; // the conclusion and signatures may fill the last page
      // pdftotext reads the header cells in no fixed order, but above the rows.
      for (const header of ['序号', '类型', '对象', '相似度', '主要证据', '审核意见']) expect(text.indexOf(header), `page ${page}: ${header}`).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('序号'), `page ${page}`).toBeLessThan(text.indexOf('对比项目'));
      expect(text, `page ${page}`).toContain(`第${page}页/共${pages}页`);
    }
    expect(flat(pdfText(pdf, 1))).toContain('<b>第1个</b>对比项目');
    pagePng(pdf, 'review-report-long-p2', 2);
  }, 120_000);

  it('prints with the printer set at start-up (the desktop app sets Electron’s) and keeps Chromium out of it', async () => {
    const { report } = await concludedReport();
    const seen: string[] = [];
    setPdfPrinter(async (html) => {
      seen.push(html);
      return Buffer.from('%PDF-1.7 fake');
    });
    vi.stubEnv('TONGCHOU_CHROMIUM', '/nonexistent/chromium');
    const out = await call(w.auditor, 'review.pdf', { reportId: report.id, language: 'zh-CN' });
    expect(Buffer.from(out.contentBase64, 'base64').toString()).toBe('%PDF-1.7 fake');
    expect(seen[0]).toContain('<h1>重复建设审查报告</h1>');
    // A printer that fails is one line for the user, the details in the log.
    setPdfPrinter(async () => {
      throw new Error('window crashed');
    });
    await expect(call(w.auditor, 'review.pdf', { reportId: report.id, language: 'zh-CN' })).rejects.toMatchObject({ code: 'INTERNAL', key: 'review.rule.pdfFailed', params: { reason: 'window crashed' } });
  });

  it('without Chromium it says what to install, and TONGCHOU_CHROMIUM chooses the binary', async () => {
    const { report } = await concludedReport();
    expect(() => findChromium({}, ['/nonexistent/chromium'])).toThrow(expect.objectContaining({ code: 'INTERNAL', key: 'review.rule.pdfUnavailable' }));
    expect(findChromium({}, ['/nonexistent/chromium', '/usr/bin/chromium'])).toBe('/usr/bin/chromium');
    expect(findChromium({ TONGCHOU_CHROMIUM: '/usr/bin/chromium' }, [])).toBe('/usr/bin/chromium');
    vi.stubEnv('TONGCHOU_CHROMIUM', '/nonexistent/chromium');
    await expect(call(w.auditor, 'review.pdf', { reportId: report.id, language: 'zh-CN' })).rejects.toMatchObject({ code: 'INTERNAL', key: 'review.rule.pdfChromiumMissing', params: { path: '/nonexistent/chromium' } });
    // A binary that is not Chromium: a refusal with the reason, and the temporary folder is gone.
    vi.stubEnv('TONGCHOU_CHROMIUM', '/bin/false');
    const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('tongchou-pdf-')).length;
    await expect(call(w.auditor, 'review.pdf', { reportId: report.id, language: 'zh-CN' })).rejects.toMatchObject({ code: 'INTERNAL', key: 'review.rule.pdfFailed', params: { reason: 'exit 1' } });
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('tongchou-pdf-')).length).toBeLessThanOrEqual(before);
  });

  it('runs Chromium headless without a sandbox (it may run as root), its own profile, the page from a temporary file', async () => {
    const args = chromiumArgs('/tmp/x/report.html', '/tmp/x/report.pdf', '/tmp/x/profile');
    expect(args).toEqual(expect.arrayContaining(['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf=/tmp/x/report.pdf', '--user-data-dir=/tmp/x/profile']));
    expect(args.at(-1)).toBe('file:///tmp/x/report.html');
    let kept = '';
    await withHtmlFile('<p>x</p>', async (file, dir) => {
      kept = dir;
      expect(fs.readFileSync(file, 'utf8')).toBe('<p>x</p>');
    });
    expect(fs.existsSync(kept)).toBe(false);
  });
});
