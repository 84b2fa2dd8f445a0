/**
 * Helpers the benchmarks (bench/*.bench.ts) share: timing, summarising samples, the bench size,
 * building a generated data folder, the table query the services take, rounding and the report's
 * columns and results file. Each bench keeps its own report layout and results JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SizeName } from '../shared/demo/generator/directory';
import type { TableQuery, TableQueryInput } from '../shared/model/table-query';
import type { LoadResult } from './generate/load';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

export const MiB = 1024 * 1024;

/** A full garbage collection when node runs with --expose-gc (`npm run bench` does); otherwise nothing. */
export const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// ---- timing ----

/** Runs `fn` and returns its result with the milliseconds it took. */
export function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

/** Awaits `fn` and returns its result with the milliseconds it took. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

// ---- percentiles and summaries ----

/** A percentile rule: the p-th percentile (0–100) of samples sorted ascending; NaN when there are none. */
export type Percentile = (sorted: readonly number[], p: number) => number;

/** Nearest rank: the ⌈p/100 · n⌉-th smallest sample (p50 of 10 samples is the 5th). The rule to use. */
export const nearestRank: Percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * The sample at index ⌊p/100 · n⌋ (0-based, at most the last): the same as nearest rank except
 * when p/100 · n is a whole number, where it is the next sample up (p50 of 10 samples is the 6th).
 * Kept for the store, directory and directory-ui benches, whose figures in README.md were measured
 * with it; new benches use `nearestRank`.
 */
export const floorIndex: Percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** What `summarize` reports; each bench picks the fields its report and results JSON carry. */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Count, p50/p95/p99 by `percentile` (nearest rank unless told), max and mean of timing samples,
 * rounded to `digits` decimals when given.
 */
export function summarize(samples: readonly number[], { percentile = nearestRank, digits }: { percentile?: Percentile; digits?: number } = {}): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => (digits === undefined ? x : roundTo(x, digits));
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s.at(-1) ?? NaN), mean: r(mean) };
}

// ---- rounding ----

/** `x` rounded to `digits` decimals. */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Bytes in MiB, rounded to `digits` decimals (whole MiB unless told). */
export function mib(bytes: number, digits = 0): number {
  return roundTo(bytes / MiB, digits);
}

// ---- bench size and data folder ----

/** The bench size: `--size X` on the command line, else TONGCHOU_BENCH_SIZE, else L; S, M, L or a resource count. */
export function sizeArg(): SizeName | number {
  const i = process.argv.indexOf('--size');
  const raw = (i >= 0 ? process.argv[i + 1] : undefined) ?? process.env.TONGCHOU_BENCH_SIZE ?? 'L';
  return /^\d+$/.test(raw) ? Number(raw) : (raw.toUpperCase() as SizeName);
}

/** How a size is named in reports and results: 'S', 'M', 'L' or the count as a string. */
export function sizeLabel(size: SizeName | number): string {
  return typeof size === 'number' ? String(size) : size;
}

/**
 * Setup, not measured: builds a generated data folder of `size` in `dataDir` with the bench-only
 * bulk loader (bench/generate/load-cli.ts) in a child process, so the caller's memory counts only
 * opening and using it. The loader's progress goes to stderr; returns its summary.
 */
export function buildFolder(size: SizeName | number, dataDir: string): LoadResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'generate', 'load-cli.ts'), '--size', String(size), '--out', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * MiB,
  });
  if (r.status !== 0) throw new Error(`bulk load failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as LoadResult;
}

// ---- queries ----

/** A table query as the services take it: the first page of 100 rows, unsorted, unfiltered, unless `over` says otherwise. */
export function tableQuery(over: TableQueryInput = {}): TableQuery {
  return { offset: 0, limit: 100, sort: [], filters: {}, search: '', ...over } as TableQuery;
}

// ---- report and results ----

/** `v` right-aligned in `width` characters. */
export function pad(v: unknown, width: number): string {
  return String(v).padStart(width);
}

/** `v` left-aligned in `width` terminal columns, counting CJK and full-width characters as two. */
export function padEnd(v: string, width: number): string {
  return v + ' '.repeat(Math.max(0, width - [...v].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
}

/** The machine a results file was measured on; with `totalMem`, also its memory in whole GiB. */
export function machine({ totalMem = false } = {}): { node: string; platform: string; cpus: number; cpu: string; totalMemGiB?: number } {
  const m = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?' };
  return totalMem ? { ...m, totalMemGiB: Math.round(os.totalmem() / 1024 / MiB) } : m;
}

/** Writes bench/results/NAME.json (pretty, newline-terminated) and says so. */
export function writeResults(name: string, results: unknown): void {
  const out = path.join(here, 'results', `${name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
