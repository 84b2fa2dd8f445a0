// npm test: every test the project has, in order of cost. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { root } from './build-lib.mjs';

const stages = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck shared/ without DOM or Node', 'npx', ['tsc', '-p', 'tsconfig.shared.json', '--noEmit']],
  ['unit, layering, store crash test', 'npx', ['vitest', 'run']],
  ['end-to-end (Chromium; Electron where installed)', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']],
];

const results = [];
for (const [name, cmd, args] of stages) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (r.status !== 0) {
    console.log(`\n${results.join('\n')}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}`);
