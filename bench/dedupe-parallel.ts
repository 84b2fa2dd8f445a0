/**
 * Parallel city scan over worker threads: each worker builds an engine from the same corpus folder
 * (dev-set format), the neighbour lists are computed in shares and exchanged, then each worker
 * scans its share (projects i ≡ part mod parts) and the parent merges the related pairs (a pair two
 * workers both classified is kept once) and clusters the duplicates. Outside shared/ on purpose: the
 * engine is pure, the product's main process (or server) owns threads.
 */
import { Worker } from 'node:worker_threads';
import { clustersOf } from '../shared/dedupe/cluster';
import type { EngineOptions, ScanPair, ScanResult } from '../shared/dedupe/engine';
import type { RecollectionFinding } from '../shared/dedupe/recollection';

export interface ParallelScan extends ScanResult {
  workers: number;
  /** ms: the whole run (workers started to results merged), and the slowest worker's read, build, neighbour lists and scan */
  wallMs: number;
  readMs: number;
  buildMs: number;
  neighboursMs: number;
  scanMs: number;
}

export async function parallelScan(dir: string, parts: number, options?: EngineOptions): Promise<ParallelScan> {
  const t0 = performance.now();
  // a worker does not inherit the parent's --import tsx: register tsx's loader, then load the TypeScript worker
  const script = new URL('./dedupe-scan-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); });`;
  const workers = Array.from({ length: parts }, (_, part) => new Worker(boot, { eval: true, workerData: { dir, part, parts, options }, resourceLimits: { maxOldGenerationSizeMb: 8192 } }));
  type First = { lists: [string, number[]][]; readMs: number; buildMs: number; neighboursMs: number };
  const first = await Promise.all(workers.map((w) => new Promise<First>((res, rej) => (w.once('message', res), w.once('error', rej)))));
  const done = workers.map((w) => new Promise<{ pairs: ScanPair[]; recollections: RecollectionFinding[]; classified: number; scanMs: number }>((res, rej) => (w.once('message', res), w.once('error', rej))));
  workers.forEach((w, i) => w.postMessage({ lists: first.filter((_, j) => j !== i).flatMap((m) => m.lists) }));
  const parts_ = await Promise.all(done);
  const tEnd = performance.now();
  await Promise.all(workers.map((w) => w.terminate()));
  const seen = new Set<string>();
  const pairs: ScanPair[] = [];
  for (const p of parts_.flatMap((x) => x.pairs)) {
    const k = `${p.a}\u0000${p.b}`;
    if (!seen.has(k)) (seen.add(k), pairs.push(p));
  }
  return {
    workers: parts,
    pairs,
    recollections: parts_.flatMap((x) => x.recollections),
    classified: parts_.reduce((s, x) => s + x.classified, 0),
    clusters: clustersOf(pairs.filter((p) => p.label === 'duplicate')),
    wallMs: tEnd - t0,
    readMs: Math.max(...first.map((m) => m.readMs)),
    buildMs: Math.max(...first.map((m) => m.buildMs)),
    neighboursMs: Math.max(...first.map((m) => m.neighboursMs)),
    scanMs: Math.max(...parts_.map((x) => x.scanMs)),
  };
}
