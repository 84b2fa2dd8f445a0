/**
 * Store benchmark: does the cost of one commit stay flat as the database grows?
 *
 *   node --import tsx bench/store.bench.ts        (npm run bench -- store)
 *
 * For 10 thousand and 1 million rows: single-commit latency through `transact` (500 inserts and
 * 500 updates, one per commit, after warm-up), open time from snapshot + journal (a crash image)
 * and from a clean close, compaction time, snapshot size. Writes bench/results/store.json.
 * Targets: p95 < 10 ms at 1M rows; p95(1M) / p95(10k) < 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT } from '../electron/store/files';
import { readSnapshot, writeSnapshot } from '../electron/store/snapshot';
import { loadSqlJs } from '../electron/store/sqljs';
import { openStore } from '../electron/store/store';
import { crashImage, mulberry32, removeTempDirs, tempDir } from '../electron/store/test-helpers';
import type { StoreApi } from '../electron/store/types';
import { floorIndex, gc, machine, mib, pad, roundTo, summarize, timeAsync, writeResults } from './support';

const SIZES = [10_000, 1_000_000];
const COMMITS = 500;
const WARMUP = 100;
const actor = { userId: 'bench' };

const rowId = (i: number) => `bench-${String(i).padStart(7, '0')}`;
const rowValue = (i: number) => `value ${i} ${'·'.repeat(24)}`;

/**
 * BENCH-ONLY BULK PATH (setup, not measured): rows go straight into the snapshot with raw sql.js
 * INSERTs, bypassing the write path — a million operations through `transact` would take minutes
 * and is not what is being measured. The snapshot keeps the coverage the store gave it.
 */
async function bulkLoad(dataDir: string, rows: number): Promise<void> {
  const empty = await openStore({ dataDir, holder: 'store bench (setup)' });
  await empty.close();
  const file = path.join(dataDir, SNAPSHOT);
  const read = await readSnapshot(file);
  if (!read.ok) throw new Error(read.reason);
  const SQL = await loadSqlJs();
  const db = new SQL.Database(read.bytes);
  db.exec('BEGIN');
  const insert = db.prepare('INSERT INTO settings (id, value) VALUES (?, ?)');
  for (let i = 0; i < rows; i++) insert.run([rowId(i), rowValue(i)]);
  insert.free();
  db.exec('COMMIT');
  const bytes = db.export();
  db.close();
  await writeSnapshot(dataDir, bytes, read.coverage);
}

/** Commit latency in ms to 3 decimals; percentiles by `floorIndex`, the rule README.md's store figures were measured with. */
function stats(samples: number[]) {
  const { n, p50, p95, p99, max } = summarize(samples, { percentile: floorIndex, digits: 3 });
  return { n, p50, p95, p99, max };
}

async function measure(rows: number) {
  const dataDir = tempDir('bench');
  const [, loadMs] = await timeAsync(() => bulkLoad(dataDir, rows));
  gc();
  const [store, openSnapshotMs] = await timeAsync(() => openStore({ dataDir, holder: 'store bench' }));
  const rand = mulberry32(rows);
  const insert = (i: number) => store.transact(actor, (tx) => tx.insert('setting', `new-${i}`, { value: rowValue(i) }));
  const update = (i: number) =>
    store.transact(actor, (tx) => tx.update('setting', rowId(Math.floor(rand() * rows)), { value: `updated ${i}` }));
  for (let i = 0; i < WARMUP; i++) (i % 2 ? insert : update)(-i - 1);
  gc();
  const inserts: number[] = [];
  const updates: number[] = [];
  for (let i = 0; i < COMMITS; i++) {
    for (const [fn, out] of [[insert, inserts], [update, updates]] as const) {
      const t0 = performance.now();
      fn(i);
      out.push(performance.now() - t0);
    }
  }
  const count = store.get<{ n: number }>('SELECT count(*) AS n FROM settings')?.n;
  // Open of what a crash would leave: snapshot + a journal of every commit above.
  const image = crashImage(dataDir);
  gc();
  const [crashed, openJournalMs] = await timeAsync(() => openStore({ dataDir: image, holder: 'store bench (image)' }));
  await crashed.close();
  const [, compactMs] = await timeAsync(() => store.compact());
  await store.close();
  gc();
  const [reopened, openCleanMs] = await timeAsync(() => openStore({ dataDir, holder: 'store bench' }));
  const snapshotBytes = fs.statSync(path.join(dataDir, SNAPSHOT)).size;
  await reopened.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(image, { recursive: true, force: true });
  return {
    rows,
    rowsAfter: count,
    commitMs: { insert: stats(inserts), update: stats(updates), all: stats([...inserts, ...updates]) },
    openMs: { snapshotOnly: Math.round(openSnapshotMs), snapshotPlusJournal: Math.round(openJournalMs), afterCleanClose: Math.round(openCleanMs) },
    journalRecordsReplayed: WARMUP + 2 * COMMITS,
    compactMs: Math.round(compactMs),
    snapshotMiB: mib(snapshotBytes, 1),
    bulkLoadSetupMs: Math.round(loadMs),
  };
}

async function main(): Promise<void> {
  const results = [];
  for (const rows of SIZES) {
    process.stdout.write(`store bench: ${rows.toLocaleString('en')} rows …\n`);
    results.push(await measure(rows));
  }
  const small = results[0]!;
  const large = results.at(-1)!;
  const ratio = roundTo(large.commitMs.all.p95 / small.commitMs.all.p95, 2);
  console.log('\nsingle-commit latency through transact (ms), one insert or update per commit');
  console.log(`${'rows'.padStart(10)} ${'kind'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}`);
  for (const r of results) {
    for (const kind of ['insert', 'update', 'all'] as const) {
      const s = r.commitMs[kind];
      console.log(`${pad(r.rows.toLocaleString('en'), 10)} ${pad(kind, 7)} ${pad(s.p50, 7)} ${pad(s.p95, 7)} ${pad(s.p99, 7)} ${pad(s.max, 7)}`);
    }
  }
  console.log('\nopen / compaction (ms), snapshot size');
  console.log(`${'rows'.padStart(10)} ${'open snap'.padStart(10)} ${'snap+jrnl'.padStart(10)} ${'clean'.padStart(7)} ${'compact'.padStart(8)} ${'MiB'.padStart(7)}`);
  for (const r of results) {
    console.log(`${pad(r.rows.toLocaleString('en'), 10)} ${pad(r.openMs.snapshotOnly, 10)} ${pad(r.openMs.snapshotPlusJournal, 10)} ${pad(r.openMs.afterCleanClose, 7)} ${pad(r.compactMs, 8)} ${pad(r.snapshotMiB, 7)}`);
  }
  const targets = { p95Under10msAt1M: large.commitMs.all.p95 < 10, ratioUnder2: ratio < 2 };
  console.log(`\np95 ratio ${large.rows.toLocaleString('en')} / ${small.rows.toLocaleString('en')} rows: ${ratio} (target < 2: ${targets.ratioUnder2 ? 'met' : 'MISSED'}); ` +
    `p95 at ${large.rows.toLocaleString('en')}: ${large.commitMs.all.p95} ms (target < 10: ${targets.p95Under10msAt1M ? 'met' : 'MISSED'})`);
  writeResults('store', { bench: 'store', at: new Date().toISOString(), machine: machine(), commits: COMMITS, warmup: WARMUP, results, p95Ratio: ratio, targets });
}

try {
  await main();
} finally {
  removeTempDirs();
}
