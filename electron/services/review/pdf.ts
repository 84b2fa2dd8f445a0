import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { viewerOf } from '../directory/visibility';
import { reportHtml } from './report-html';
import { reportView } from './view';

/** Turns a complete HTML document into PDF bytes (A4, the document's own @page rules). */
export type PdfPrinter = (html: string) => Promise<Buffer>;

/** Where headless Chromium is looked for when no printer was set (TONGCHOU_CHROMIUM first). */
export const CHROMIUM_CANDIDATES: readonly string[] =
  process.platform === 'win32'
    ? [
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      ]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** How long one headless Chromium run may take before it is killed. */
export const CHROMIUM_TIMEOUT_MS = 60_000;

/** A printer failed: `reason` is shown to the user, `detail` (Chromium's output) only logged. */
export class PdfPrintError extends Error {
  constructor(
    readonly reason: string,
    readonly detail = '',
  ) {
    super(`PDF printing failed: ${reason}`);
    this.name = 'PdfPrintError';
  }
}

let configured: PdfPrinter | null = null;

/**
 * The printer chosen at start-up. The desktop main process sets one backed by Electron's
 * `webContents.printToPDF`; elsewhere (browser mode, CLI) none is set and headless Chromium found
 * on the machine prints. `null` returns to that default (tests).
 */
export function setPdfPrinter(printer: PdfPrinter | null): void {
  configured = printer;
}

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * The Chromium to print with: TONGCHOU_CHROMIUM when set (it must exist), else the first of the
 * usual places. Throws the user-facing ApiError when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CHROMIUM_CANDIDATES): string {
  const chosen = env.TONGCHOU_CHROMIUM?.trim();
  if (chosen) {
    if (executable(chosen)) return chosen;
    throw new ApiError('INTERNAL', 'review.rule.pdfChromiumMissing', { path: chosen });
  }
  const found = candidates.find(executable);
  if (!found) throw new ApiError('INTERNAL', 'review.rule.pdfUnavailable');
  return found;
}

/**
 * Writes the HTML into a fresh private temporary folder, runs `fn` with the file, and removes the
 * folder afterwards whatever happens. For printers that load a file (Chromium, an Electron window).
 */
export async function withHtmlFile<T>(html: string, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tongchou-pdf-'));
  try {
    const file = path.join(dir, 'report.html');
    await fs.promises.writeFile(file, html, 'utf8');
    return await fn(file, dir);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** The arguments of one headless print; a profile of its own so runs never meet (and root may run it). */
export function chromiumArgs(htmlFile: string, pdfFile: string, profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
}

/** A printer that runs headless Chromium (`binary`) on a temporary file and reads the PDF it writes. */
export function chromiumPrinter(binary: string, timeoutMs = CHROMIUM_TIMEOUT_MS): PdfPrinter {
  return (html) =>
    withHtmlFile(html, async (file, dir) => {
      const out = path.join(dir, 'report.pdf');
      const output = await new Promise<string>((resolve, reject) => {
        execFile(
          binary,
          chromiumArgs(file, out, path.join(dir, 'profile')),
          { timeout: timeoutMs, killSignal: 'SIGKILL', windowsHide: true, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' },
          (err, stdout, stderr) => {
            const detail = `${stdout}\n${stderr}`.trim().slice(-2000);
            if (!err) return resolve(detail);
            const e = err as Error & { killed?: boolean; code?: number | string | null; signal?: string | null };
            if (e.killed) reject(new PdfPrintError(`timeout ${Math.round(timeoutMs / 1000)} s`, detail));
            else if (typeof e.code === 'string') reject(new PdfPrintError(`${e.code} ${binary}`, detail));
            else reject(new PdfPrintError(`exit ${String(e.code ?? e.signal ?? '?')}`, detail));
          },
        );
      });
      let bytes: Buffer;
      try {
        bytes = await fs.promises.readFile(out);
      } catch {
        throw new PdfPrintError('no PDF written', output);
      }
      if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PdfPrintError('not a PDF', output);
      return bytes;
    });
}

/** The printer in effect: the one set at start-up, else headless Chromium found now. */
function printer(): PdfPrinter {
  return configured ?? chromiumPrinter(findChromium());
}

/** The file name offered for a report's PDF: 重复建设审查报告-XM2026-0001-v1.pdf. */
export function reportFileName(report: { projectCode: string; version: number }, language: Language): string {
  return translate(language, 'review.print.fileName', { code: report.projectCode, version: report.version });
}

/**
 * The printable report as PDF. Whoever may read the report may print it (others get NOT_FOUND,
 * as for the report itself); the document is the bureau's layout (report-html.ts).
 */
export async function reportPdf(ctx: Ctx, reportId: string, language: Language): Promise<{ fileName: string; bytes: Buffer }> {
  requireSignedIn(ctx);
  const report = reportView(ctx.store, viewerOf(ctx), reportId);
  const html = reportHtml(report, language);
  const print = printer();
  const started = Date.now();
  let bytes: Buffer;
  try {
    bytes = await print(html);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const reason = err instanceof PdfPrintError ? err.reason : err instanceof Error ? err.message : String(err);
    ctx.log.error('review.pdf', { report: reportId, reason, detail: err instanceof PdfPrintError ? err.detail : undefined });
    throw new ApiError('INTERNAL', 'review.rule.pdfFailed', { reason });
  }
  ctx.log.info('review.pdf', { report: reportId, project: report.projectCode, version: report.version, bytes: bytes.length, ms: Date.now() - started, by: callerUserId(ctx) });
  return { fileName: reportFileName(report, language), bytes };
}
