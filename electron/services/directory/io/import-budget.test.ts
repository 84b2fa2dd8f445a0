import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryWorld } from '../test-fixture';
import { importDirectory } from './import';
import { budgetEntries } from './budget-data';
import { writeWorkbook } from './template';
import { ctxOf } from './test-helpers';

/**
 * The budget of issue 3: importing 10,000 resources with 100,000 data items from .xlsx ≤ 30 s.
 * A normal run imports a tenth of it (a regression guard); TONGCHOU_IMPORT_BUDGET=1 runs the
 * full size and holds it to the budget:
 *   TONGCHOU_IMPORT_BUDGET=1 npx vitest run electron/services/directory/io/import-budget.test.ts
 */
const FULL = process.env.TONGCHOU_IMPORT_BUDGET === '1';
const RESOURCES = FULL ? 10_000 : 1_000;
const ITEMS_PER = 10;
const BUDGET_MS = FULL ? 30_000 : 10_000;

describe('import budget', () => {
  let w: Awaited<ReturnType<typeof directoryWorld>>;
  let bytes: Buffer;
  beforeAll(async () => {
    w = await directoryWorld();
    bytes = await writeWorkbook(budgetEntries(RESOURCES, ITEMS_PER));
  }, 120_000);
  afterAll(() => w.env.dispose());

  it(`imports ${RESOURCES.toLocaleString('en')} resources with ${(RESOURCES * ITEMS_PER).toLocaleString('en')} data items from .xlsx within ${BUDGET_MS / 1000} s`, async () => {
    const started = performance.now();
    const report = await importDirectory(ctxOf(w, w.bureau), { fileName: 'budget.xlsx', bytes });
    const ms = performance.now() - started;
    console.log(`import of ${RESOURCES} resources / ${RESOURCES * ITEMS_PER} items (${(bytes.length / 1e6).toFixed(1)} MB .xlsx): ${(ms / 1000).toFixed(1)} s`);
    expect(report.errors).toEqual([]);
    expect(report.imported).toBe(RESOURCES);
    expect(w.env.services.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM data_items')!.n).toBe(RESOURCES * ITEMS_PER);
    expect(ms).toBeLessThan(BUDGET_MS);
  }, 300_000);
});
