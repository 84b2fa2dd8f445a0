import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directoryWorld } from '../test-fixture';
import { importDirectory } from './import';
import type { ImportReport } from './report';
import { ctxOf } from './test-helpers';

/**
 * Files written by a real spreadsheet program (LibreOffice Calc, headless), committed so the
 * tests need no LibreOffice; fixtures/README.md says how they were made. Where LibreOffice is
 * installed, the CSV is converted again and must give the same report.
 */
const fixtures = path.join(__dirname, 'fixtures');
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));

const brief = (r: ImportReport) => r.errors.map((e) => ({ row: e.row, column: e.column, key: e.key }));

const CSV_ERRORS = [
  { row: 3, column: '共享条件', key: 'dir.rule.shareConditionRequired' },
  { row: 5, column: '格式', key: 'dir.import.unknownValue' },
];

describe('files written by LibreOffice Calc', () => {
  let w: Awaited<ReturnType<typeof directoryWorld>>;
  beforeEach(async () => {
    w = await directoryWorld();
  });
  afterEach(() => w.env.dispose());

  async function importFile(file: string, caller = w.police) {
    const before = w.env.opCount();
    const report = await importDirectory(ctxOf(w, caller), { fileName: path.basename(file), bytes: fs.readFileSync(file) });
    expect(w.env.opCount(), 'nothing written').toBe(before);
    return report;
  }

  it('a CSV with two bad rows, saved as .xlsx by Calc: both reported by row and column, nothing written', async () => {
    const report = await importFile(path.join(fixtures, 'libreoffice-two-bad-rows.xlsx'));
    expect(report).toMatchObject({ total: 4, items: 16, imported: 0, errorCount: 2, codes: [] });
    expect(brief(report)).toEqual(CSV_ERRORS);
    // Calc names the one sheet after the file; the report says so, as Calc shows it.
    expect(report.errors.map((e) => e.sheet)).toEqual(['libreoffice-two-bad-rows', 'libreoffice-two-bad-rows']);
    expect(report.errors[1]!.params).toMatchObject({ value: 'Excel表' });
    // The same CSV imported directly gives the same report.
    expect(brief(await importFile(path.join(fixtures, 'libreoffice-two-bad-rows.csv')))).toEqual(CSV_ERRORS);
  });

  it('the two-sheet template re-saved by Calc: one bad row in 资源 and one in 信息项', async () => {
    const report = await importFile(path.join(fixtures, 'libreoffice-template-two-bad-rows.xlsx'), w.market);
    expect(report).toMatchObject({ total: 4, items: 8, imported: 0, errorCount: 2 });
    expect(report.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.key}`)).toEqual(['资源!3:共享方式:dir.rule.methodFormat', '信息项!7:长度:dir.rule.lengthRequired']);
  });

  it('once fixed, the Calc file imports', async () => {
    // The two bad rows fixed as a person would, in the CSV; Calc converts it where installed.
    const csv = fs.readFileSync(path.join(fixtures, 'libreoffice-two-bad-rows.csv'), 'utf8').replace(',有条件共享,,接口,', ',有条件共享,用于驾驶人身份核验,接口,').replace(',Excel表,', ',电子表格,');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-lo-'));
    let file = path.join(out, 'fixed.csv');
    fs.writeFileSync(file, csv);
    if (soffice) {
      const r = spawnSync(soffice, ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: out } });
      expect(r.status, r.stderr).toBe(0);
      file = path.join(out, path.basename(file).replace(/\.csv$/, '.xlsx'));
    }
    const report = await importDirectory(ctxOf(w, w.police), { fileName: path.basename(file), bytes: fs.readFileSync(file) });
    fs.rmSync(out, { recursive: true, force: true });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ imported: 4, items: 16 });
    expect(report.codes).toEqual(['101/000001', '101/000002', '101/000003', '101/000004']);
  }, 120_000);

  it.skipIf(!soffice)('converting the committed CSV again with this machine’s LibreOffice gives the same report', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-lo-'));
    const r = spawnSync(soffice!, ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', out, path.join(fixtures, 'libreoffice-two-bad-rows.csv')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: out },
    });
    expect(r.status, r.stderr).toBe(0);
    const report = await importFile(path.join(out, 'libreoffice-two-bad-rows.xlsx'));
    fs.rmSync(out, { recursive: true, force: true });
    expect(brief(report)).toEqual(CSV_ERRORS);
  }, 120_000);
});
