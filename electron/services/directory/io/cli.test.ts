import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { directoryIoCommands } from '../../../cli/commands/directory-io';
import { Refusal } from '../../../cli/output';
import { openCore } from '../../../app/core';
import { directoryWorld } from '../test-fixture';
import { SHEET_RESOURCES } from './columns';
import { csvOf, csvRow } from './test-helpers';

/** `tongchou directory import|export|template` in-process, on a data folder of the test world. */
describe('tongchou directory import / export', () => {
  let dataDir: string;
  let out: string[];
  beforeEach(async () => {
    const w = await directoryWorld();
    dataDir = w.env.dataDir;
    await w.env.core.close(); // the CLI opens the folder itself
    out = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const tongchou = async (...args: string[]) => {
    const program = new Command('tongchou').option('--data-dir <dir>').option('--lang <lang>', 'language', 'zh-CN').exitOverride();
    directoryIoCommands(program.command('directory'));
    await program.parseAsync(['--data-dir', dataDir, ...args], { from: 'user' });
  };
  const file = (name: string, bytes?: Buffer) => {
    const p = path.join(dataDir, name);
    if (bytes) fs.writeFileSync(p, bytes);
    return p;
  };
  const opCount = async () => {
    const core = await openCore({ dataDir, mode: 'cli', holder: 'vitest' });
    try {
      return core.services.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ops')!.n;
    } finally {
      await core.close();
    }
  };

  it('import prints the new codes; --dry-run checks only; --json prints the report', async () => {
    const csv = file('a.csv', csvOf([csvRow('机动车登记信息'), csvRow('驾驶人信息')]));
    await tongchou('directory', 'import', csv, '--dry-run', '--json');
    expect(JSON.parse(out.join(''))).toMatchObject({ total: 2, imported: 0, dryRun: true, errorCount: 0 });
    out.length = 0;
    await tongchou('directory', 'import', csv, '--as', 'gaj.wang');
    expect(out.join('').trim().split('\n').slice(1)).toEqual(['101/000001', '101/000002']);
  });

  it('a file with errors: exit 1 (a refusal) with a summary line and the first errors; nothing written', async () => {
    const before = await opCount();
    const csv = file('bad.csv', csvOf([csvRow('机动车登记信息'), csvRow('驾驶人信息', 'ZS006', { 共享条件: '' }), csvRow('企业登记信息', 'ZS024')]));
    const err = await tongchou('directory', 'import', csv, '--as', 'gaj.wang').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Refusal);
    const lines = (err as Refusal).message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('3');
    expect(lines[1]).toContain('共享条件');
    expect(lines[1]).toContain('有条件共享须填写共享条件');
    expect(lines[2]).toContain('提供方代码');
    expect(await opCount()).toBe(before);
    // An unknown user and a missing file are refusals too.
    await expect(tongchou('directory', 'import', csv, '--as', 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(tongchou('directory', 'import', path.join(dataDir, 'missing.csv'))).rejects.toBeInstanceOf(Refusal);
  });

  it('export writes the template, the CSV or DCAT (format from --format or the file name); template writes the empty one', async () => {
    await tongchou('directory', 'import', file('a.csv', csvOf([csvRow('机动车登记信息')])));
    const xlsx = file('out.xlsx');
    await tongchou('directory', 'export', xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(xlsx) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(SHEET_RESOURCES)!.getCell('C2').value).toBe('机动车登记信息');
    await tongchou('directory', 'export', file('out.csv'));
    expect(fs.readFileSync(file('out.csv'), 'utf8')).toContain('机动车登记信息');
    await tongchou('directory', 'export', file('open.json'), '--format', 'dcat');
    expect(JSON.parse(fs.readFileSync(file('open.json'), 'utf8'))).toMatchObject({ '@type': 'dcat:Catalog', 'dcat:dataset': [] });
    await tongchou('directory', 'template', file('t.xlsx'));
    expect(fs.readFileSync(file('t.xlsx')).subarray(0, 2).toString()).toBe('PK');
    await expect(tongchou('directory', 'export', file('x.xlsx'), '--dept', 'ZS999')).rejects.toBeInstanceOf(Refusal);
  });
});
