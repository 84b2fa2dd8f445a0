import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ctxOf } from '../../directory/io/test-helpers';
import { projectWorld } from '../test-fixture';
import { importProjects } from './import';
import type { World } from './test-helpers';

/** A declaration sheet re-saved by LibreOffice Calc (fixtures/README.md says how it was made). */
describe('a declaration sheet written by LibreOffice Calc', () => {
  let w: World;
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());

  it('reads Calc’s cells (numbers, text codes, the * headers) and reports its two bad rows; nothing written', async () => {
    expect(w.sharedResource.code).toBe('101/000001'); // the code the fixture names
    const file = path.join(__dirname, 'fixtures', 'libreoffice-declaration-two-bad-rows.xlsx');
    const before = w.env.opCount();
    const report = await importProjects(ctxOf(w, w.bureau), { fileName: path.basename(file), bytes: fs.readFileSync(file) });
    expect(report).toMatchObject({ total: 3, items: 3, imported: 0, codes: [] });
    expect(report.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.key}`)).toEqual(['项目!4:预算（万元）:proj.import.notAmount', '采集数据项!4:长度:dir.rule.lengthRequired']);
    expect(report.errors[0]!.params).toEqual({ value: '三百万' });
    expect(w.env.opCount()).toBe(before);
  });
});
