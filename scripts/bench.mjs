// npm run bench [-- NAME... [--flag ...]]: runs bench/NAME.bench.ts (all of them without a name);
// everything from the first --flag on goes to each bench (e.g. `npm run -s bench -- dedupe --data DIR --json`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './build-lib.mjs';

const available = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('-'));
const wanted = firstFlag === -1 ? args : args.slice(0, firstFlag);
const flags = firstFlag === -1 ? [] : args.slice(firstFlag);
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ')})`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : available) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${name}.bench.ts`, ...flags], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
