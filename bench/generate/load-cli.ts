/**
 * Builds a data folder holding a generated directory (BENCH-ONLY bulk path, see load.ts):
 *
 *   node --import tsx bench/generate/load-cli.ts --size S|M|L|<count> --out DIR [--seed N] [--no-optimize]
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
  if (!out) throw new Error('usage: load-cli.ts --size S|M|L|<count> --out DIR [--seed N] [--no-optimize]');
  const size: SizeName | number = /^\d+$/.test(sizeArg) ? Number(sizeArg) : (sizeArg as SizeName);
  const total = sizeOf(size);
  const seedArg = arg('seed');
  const result = await loadDirectory(out, {
    size,
    ...(seedArg ? { seed: Number(seedArg) } : {}),
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
