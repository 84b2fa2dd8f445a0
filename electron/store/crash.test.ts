import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-chain';
import { listJournals, SNAPSHOT, SNAPSHOT_TMP } from './files';
import { readSnapshotCoverage } from './snapshot';
import { openStore } from './store';
import { mulberry32, removeTempDirs, tempDir } from './test-helpers';

/**
 * Kill -9 at seeded random moments while a child commits (and compacts) continuously, then reopen
 * and check the promise: every acknowledged commit is there, no transaction is half there, the
 * database and the audit chain are intact. TONGCHOU_CRASH_TRIALS / TONGCHOU_CRASH_SEED override.
 */
const TRIALS = Number(process.env.TONGCHOU_CRASH_TRIALS ?? 200);
const BASE_SEED = Number(process.env.TONGCHOU_CRASH_SEED ?? 20_240_601);
const PARALLEL = 2;
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const ROOT = path.resolve(path.dirname(CHILD), '../..');

interface Trial {
  seed: number;
  acked: number;
  present: number;
  compactionInterrupted: boolean;
  compactions: number;
  tornTail: boolean;
}

afterAll(() => removeTempDirs());

function runChildUntilKilled(dataDir: string, seed: number): Promise<number> {
  const rand = mulberry32(seed);
  // Skewed towards early kills (cheap trials) with a long tail of runs through many compactions.
  const killAfter = 1 + Math.floor(rand() ** 2 * 600);
  const extraTicks = Math.floor(rand() * 4);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(seed)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let acked = 0;
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`seed ${seed}: child made no progress (acked ${acked}); stderr: ${err}`));
    }, 30_000);
    const kill = (ticks: number): void => {
      if (ticks > 0) setImmediate(() => kill(ticks - 1));
      else child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        const m = /^ack (\d+)$/.exec(line);
        if (m) {
          const k = Number(m[1]);
          if (k !== acked + 1) reject(new Error(`seed ${seed}: ack ${k} after ${acked}`));
          acked = k;
        }
      }
      if (!killed && acked >= killAfter) {
        killed = true;
        kill(extraTicks);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && killed) resolve(acked);
      else reject(new Error(`seed ${seed}: child exited by itself (code ${code}, signal ${signal}); stderr: ${err}`));
    });
  });
}

/** Reads what the crash interrupted from the files alone, before recovery touches them. */
function inspect(dataDir: string): { compactionInterrupted: boolean; compactions: number } {
  const coverage = readSnapshotCoverage(path.join(dataDir, SNAPSHOT));
  const gens = listJournals(dataDir);
  const newest = gens.at(-1) ?? 1;
  const rotatedNotRenamed = coverage !== null && newest > coverage.generation + 1;
  return {
    compactionInterrupted: fs.existsSync(path.join(dataDir, SNAPSHOT_TMP)) || coverage === null || rotatedNotRenamed,
    compactions: newest - 1,
  };
}

async function trial(seed: number): Promise<Trial> {
  const dataDir = tempDir('crash');
  const acked = await runChildUntilKilled(dataDir, seed);
  const seen = inspect(dataDir);
  const store = await openStore({ dataDir, holder: 'crash test' });
  try {
    const fail = (what: string): never => {
      throw new Error(`seed ${seed} (acked ${acked}): ${what}; warnings: ${JSON.stringify(store.warnings)}`);
    };
    const damage = store.warnings.filter((w) => w.key !== 'store.journalTornTail');
    if (damage.length > 0) fail('a SIGKILL must not look like damage');
    const halves = new Map<number, number>();
    for (const { id } of store.all<{ id: string }>("SELECT id FROM settings WHERE id LIKE 'pair-%'")) {
      const k = Number(/^pair-(\d+)-[ab]$/.exec(id)?.[1]);
      halves.set(k, (halves.get(k) ?? 0) + 1);
    }
    for (let k = 1; k <= acked; k++) if (halves.get(k) !== 2) fail(`acknowledged commit ${k} is missing`);
    for (const [k, count] of halves) if (count !== 2) fail(`transaction ${k} is half there`);
    const present = halves.size;
    if (present > acked + 1) fail(`${present} transactions present, only ${acked} acknowledged (+1 in flight)`);
    const counter = store.get<{ value: string }>("SELECT value FROM settings WHERE id = 'counter'")?.value;
    if (present > 0 && counter !== String(present)) fail(`counter ${counter} != ${present}`);
    if (store.get<{ n: number }>('SELECT count(*) AS n FROM ops')?.n !== 3 * present) fail('audit log does not match the data');
    const integrity = store.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check;
    if (integrity !== 'ok') fail(`integrity_check: ${integrity}`);
    const broken = verifyAuditChain(store);
    if (broken !== null) fail(`audit chain broken at seq ${broken}`);
    store.transact({ userId: null }, (tx) => tx.insert('setting', 'after-crash', { value: 'ok' }));
    return { seed, acked, present, ...seen, tornTail: store.warnings.length > 0 };
  } finally {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged commit through ${TRIALS} SIGKILLs`, async () => {
    const started = Date.now();
    const seeds = Array.from({ length: TRIALS }, (_, i) => BASE_SEED + i);
    const results: Trial[] = [];
    const worker = async (): Promise<void> => {
      for (let seed = seeds.shift(); seed !== undefined; seed = seeds.shift()) results.push(await trial(seed));
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const sum = (f: (t: Trial) => number) => results.reduce((a, t) => a + f(t), 0);
    console.log(
      `crash test: ${results.length} trials, ${sum((t) => t.acked)} acknowledged commits (all present), ` +
        `${sum((t) => t.present - t.acked)} unacknowledged in-flight commits found whole, ${sum((t) => t.compactions)} compactions started, ` +
        `${sum((t) => (t.compactionInterrupted ? 1 : 0))} kills during a compaction, ${sum((t) => (t.tornTail ? 1 : 0))} torn tails, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(results).toHaveLength(TRIALS);
  }, 600_000);
});
