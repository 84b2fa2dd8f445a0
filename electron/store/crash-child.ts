/**
 * Child process of crash.test.ts: commits forever until killed. Each transaction writes two
 * related rows and the counter; "ack N" goes to stdout only after `transact` has returned, i.e.
 * after the journal fsync — so every acknowledged N must survive the SIGKILL that ends us.
 *
 *   node --import tsx electron/store/crash-child.ts <dataDir> <seed>
 */
import { openStore } from './store';
import { mulberry32 } from './test-helpers';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir || !seedArg) {
  process.stderr.write('usage: crash-child.ts <dataDir> <seed>\n');
  process.exit(2);
}
const rand = mulberry32(Number(seedArg));
// Small thresholds so compactions are frequent and kills also land in the middle of them.
const compactAfterBytes = rand() < 0.5 ? 64 * 1024 : 8 * 1024;
const store = await openStore({ dataDir, holder: `crash-child seed ${seedArg}`, compactAfterBytes });
let n = store.get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE id LIKE 'pair-%-a'")?.n ?? 0;
process.stdout.write('ready\n');

for (;;) {
  const k = ++n;
  const pad = 'x'.repeat(Math.floor(rand() * 400));
  store.transact({ userId: 'crash-child' }, (tx) => {
    tx.insert('setting', `pair-${k}-a`, { value: pad });
    tx.insert('setting', `pair-${k}-b`, { value: String(k) });
    if (tx.get("SELECT 1 FROM settings WHERE id = 'counter'")) tx.update('setting', 'counter', { value: String(k) });
    else tx.insert('setting', 'counter', { value: String(k) });
  });
  process.stdout.write(`ack ${k}\n`); // pipes are synchronous on POSIX: written before the next commit
  // Yield now and then so background compaction (async file writes) interleaves with commits.
  if (rand() < 0.7) await new Promise((resolve) => setImmediate(resolve));
}
