// npm run bench [-- NAME...]: runs bench/NAME.bench.ts (all of them without a name).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './build-lib.mjs';

const available = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ')})`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : available) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${name}.bench.ts`], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
