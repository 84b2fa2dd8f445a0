/**
 * Builds a data folder holding a generated directory and its information projects (BENCH-ONLY bulk
 * path, see load.ts):
 *
 *   node --import tsx bench/generate/load-cli.ts --size S|M|L|<count> --out DIR [--seed N] [--no-optimize] [--projects N | --no-projects]
 *
 * Projects default to the size's (S 100, M 1,000, L 10,000; a tenth of a resource count).
 *
 * Progress goes to stderr; the load summary is printed to stdout as one JSON line. The directory
 * benchmark runs it in a child process so its own memory figures only count opening the folder.
 */
import { sizeOf, type SizeName } from '../../shared/demo/generator/directory';
import { loadDirectory } from './load';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const out = arg('out');
  const sizeArg = arg('size') ?? 'S';
  if (!out) throw new Error('usage: load-cli.ts --size S|M|L|<count> --out DIR [--seed N] [--no-optimize] [--projects N | --no-projects]');
  const size: SizeName | number = /^\d+$/.test(sizeArg) ? Number(sizeArg) : (sizeArg as SizeName);
  const total = sizeOf(size);
  const seedArg = arg('seed');
  const projectsArg = process.argv.includes('--no-projects') ? '0' : arg('projects');
  if (projectsArg !== undefined && !/^\d+$/.test(projectsArg)) throw new Error(`--projects takes a count, not ${projectsArg}`);
  const result = await loadDirectory(out, {
    size,
    ...(seedArg ? { seed: Number(seedArg) } : {}),
    ...(projectsArg !== undefined ? { projects: Number(projectsArg) } : {}),
    optimizeFts: !process.argv.includes('--no-optimize'),
    onProgress: (done) => process.stderr.write(`  loading ${done.toLocaleString('en')} / ${total.toLocaleString('en')} resources\r`),
  });
  process.stderr.write('\n');
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
