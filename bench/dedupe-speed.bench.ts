/**
 * Duplicate-construction speed bench (issue 5 §5):
 *
 *   npm run bench -- dedupe-speed
 *   node --import tsx --expose-gc bench/dedupe-speed.bench.ts [--skip-single] [--skip-m]
 *
 * Corpus (setup, not measured): the project's generator (bench/dedupe-corpus.ts) — L = 10,000
 * projects, 100,000 resources, ~1,000,000 data items; M = 1,000 projects, 10,000 resources.
 * Measured at L:
 * - build: createEngine over everything (index, vectors, directory index), time and heap after GC;
 *   the neighbour lists (all 10,000 top-K lists) separately;
 * - one-project check (checkProject with the project object: upsert, candidates, classification with
 *   evidence, re-collection) on 200 random projects right after the build (cold: neighbour lists
 *   and per-item memo empty), then on 300 more after a scan (steady state); p50/p95/max;
 * - change costs: upsertProject and upsertResource, 100 each;
 * - city scan: single thread (engine.scan, neighbour lists included) and with both cores
 *   (bench/dedupe-parallel.ts: worker threads, each building its own engine; wall time incl. build).
 * Measured at M: the candidate generator (top-k of the inverted index, as at L; k = 30, the engine's
 * default, and 100, 200) against exhaustive scoring of all 499,500 pairs — recall of the related and
 * of the duplicate pairs exhaustive scoring finds, and the speed-up (exhaustive time / candidate
 * time, both labelling pairs without evidence, same run).
 * Writes bench/results/dedupe-speed.json. Timings vary with the machine and its load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createEngine, type DedupeEngine } from '../shared/dedupe/engine';
import { DEFAULT_DATA, loadFolder } from './dedupe-eval';
import type { Project } from '../shared/dedupe/types';
import { generatedCorpus, writeCorpus, type Corpus } from './dedupe-corpus';
import { parallelScan } from './dedupe-parallel';
import { gc, machine, mib, roundTo, summarize, time, writeResults } from './support';

const skipSingle = process.argv.includes('--skip-single');
const skipM = process.argv.includes('--skip-m');
const s1 = (ms: number) => roundTo(ms / 1000, 1);
const stats = (xs: number[]) => {
  const { n, p50, p95, max } = summarize(xs, { digits: 1 });
  return { n, p50, p95, max };
};
let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

function checks(engine: DedupeEngine, projects: readonly Project[], n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = pick(projects);
    out.push(time(() => engine.checkProject(p))[1]);
  }
  return out;
}

function sizeL(corpus: Corpus, dir: string) {
  const items = corpus.resources.reduce((s, r) => s + r.dataItems.length, 0);
  console.log(`L: ${corpus.projects.length} projects, ${corpus.resources.length} resources, ${items} resource data items`);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const [engine, buildMs] = time(() => createEngine({ projects: corpus.projects, resources: corpus.resources }));
  gc();
  const heapMiB = mib(process.memoryUsage().heapUsed - heap0);
  console.log(`  build ${s1(buildMs)} s, engine heap ${heapMiB} MiB (rss ${mib(process.memoryUsage().rss)} MiB)`);
  const cold = checks(engine, corpus.projects, 200);
  console.log(`  check one project, cold (right after build): ${JSON.stringify(stats(cold))} ms`);
  const upP: number[] = [];
  const upR: number[] = [];
  for (let i = 0; i < 100; i++) {
    const p = pick(corpus.projects);
    upP.push(time(() => engine.upsertProject({ ...p, description: `${p.description}新增统计报表。` }))[1]);
    engine.upsertProject(p);
    const r = pick(corpus.resources);
    upR.push(time(() => engine.upsertResource({ ...r, summary: `${r.summary}。` }))[1]);
  }
  console.log(`  upsertProject ${JSON.stringify(stats(upP))} ms; upsertResource ${JSON.stringify(stats(upR))} ms`);
  let single: { neighboursS: number; scanS: number; pairs: number; classified: number; clusters: number; largestCluster: number; recollections: number } | null = null;
  if (!skipSingle) {
    const [, warmMs] = time(() => engine.prepareScan());
    const [res, scanMs] = time(() => engine.scan());
    single = { neighboursS: s1(warmMs), scanS: s1(scanMs), pairs: res.pairs.length, classified: res.classified, clusters: res.clusters.length, largestCluster: res.clusters[0]?.length ?? 0, recollections: res.recollections.length };
    console.log(`  city scan, one thread: neighbour lists ${single.neighboursS} s + scan ${single.scanS} s = ${roundTo(single.neighboursS + single.scanS, 1)} s (${single.classified} pairs classified, ${single.pairs} related, ${single.clusters} clusters, largest ${single.largestCluster}; ${single.recollections} re-collections)`);
  } else engine.prepareScan();
  const steady = checks(engine, corpus.projects, 300);
  console.log(`  check one project, steady (neighbour lists warm): ${JSON.stringify(stats(steady))} ms`);
  return { engine, result: { buildS: s1(buildMs), heapMiB, rssMiB: mib(process.memoryUsage().rss), checkCold: stats(cold), checkSteady: stats(steady), upsertProject: stats(upP), upsertResource: stats(upR), single }, dir };
}

function sizeM(corpus: Corpus) {
  console.log(`M: ${corpus.projects.length} projects, ${corpus.resources.length} resources`);
  // index-based candidates and neighbour lists as at L (exhaustiveLimit 0), so only candidate generation differs
  const engine = createEngine({ projects: corpus.projects, resources: corpus.resources, options: { exhaustiveLimit: 0 } });
  engine.prepareScan();
  const ids = corpus.projects.map((p) => p.id);
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  // exhaustive scoring: every pair labelled (no evidence, as in a scan)
  const related = new Map<string, string>();
  const [, exhMs] = time(() => {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const l = engine.labelPair(ids[i]!, ids[j]!).label;
        if (l !== 'distinct') related.set(key(ids[i]!, ids[j]!), l);
      }
  });
  const dup = [...related].filter(([, l]) => l === 'duplicate').map(([k]) => k);
  const allPairs = (ids.length * (ids.length - 1)) / 2;
  console.log(`  exhaustive: ${allPairs} pairs in ${s1(exhMs)} s → ${related.size} related (${dup.length} duplicate), ${roundTo(related.size / ids.length * 2, 1)} related partners per project`);
  const sweep = [30, 100, 200].map((k) => {
    const [found, ms] = time(() => {
      const seen = new Set<string>();
      for (const id of ids)
        for (const c of engine.scorer.candidates(id, k)) {
          const kk = key(id, c.id);
          if (seen.has(kk)) continue;
          seen.add(kk);
          engine.labelPair(id, c.id);
        }
      return seen;
    });
    const recall = (keys: string[]) => roundTo(keys.filter((x) => found.has(x)).length / (keys.length || 1), 4);
    const r = { k, pairsScored: found.size, seconds: roundTo(ms / 1000, 2), recallRelated: recall([...related.keys()]), recallDuplicate: recall(dup), speedup: roundTo(exhMs / ms, 1) };
    console.log(`  candidates top-${k}: ${r.pairsScored} pairs in ${r.seconds} s; recall ${r.recallRelated} of related, ${r.recallDuplicate} of duplicate; speed-up ×${r.speedup}`);
    return r;
  });
  return { projects: ids.length, pairs: allPairs, exhaustive: { seconds: s1(exhMs), related: related.size, duplicate: dup.length }, sweep };
}

/**
 * How many cores this process really gets now: one CPU-bound loop in one worker, then in two at once.
 * On a shared machine the second core may be busy, and a parallel scan cannot be faster than this.
 */
async function effectiveCores(): Promise<number> {
  const code = `let s = 0; const t = performance.now(); for (let i = 0; i < 6e8; i++) s += i % 7; require('node:worker_threads').parentPort.postMessage([performance.now() - t, s]);`;
  const run = () => new Promise<number>((res) => new Worker(code, { eval: true }).once('message', (m: [number, number]) => res(m[0])));
  const one = await run();
  const t = performance.now();
  await Promise.all([run(), run()]);
  return roundTo((2 * one) / (performance.now() - t), 2);
}

/** Candidate recall on the labelled dev set (index forced), against exhaustive labels and the gold pairs. */
function devRecall() {
  const data = loadFolder(DEFAULT_DATA);
  const engine = createEngine({ projects: data.projects, resources: data.resources, options: { exhaustiveLimit: 0 } });
  const ids = data.projects.map((p) => p.id);
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const exhaustive: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (engine.labelPair(ids[i]!, ids[j]!).label !== 'distinct') exhaustive.push(key(ids[i]!, ids[j]!));
  const gold = data.labels.projectPairs.filter((p) => p.label !== 'distinct').map((p) => key(p.a, p.b));
  return [10, 20, 30].map((k) => {
    const found = new Set<string>();
    for (const id of ids) for (const c of engine.scorer.candidates(id, k)) found.add(key(id, c.id));
    const recall = (keys: string[]) => roundTo(keys.filter((x) => found.has(x)).length / (keys.length || 1), 4);
    const r = { k, recallExhaustive: recall(exhaustive), recallGoldRelated: recall(gold), exhaustiveRelated: exhaustive.length };
    console.log(`  dev set, top-${k}: recall ${r.recallExhaustive} of the ${exhaustive.length} pairs exhaustive scoring calls related, ${r.recallGoldRelated} of the ${gold.length} gold related pairs`);
    return r;
  });
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dedupe-speed-'));
  try {
    const [corpusL, genMs] = time(() => generatedCorpus('L'));
    const dirL = path.join(tmp, 'L');
    writeCorpus(dirL, corpusL);
    console.log(`(setup: generated and wrote the L corpus in ${s1(genMs)} s)`);
    const L = sizeL(corpusL, dirL);
    const parts = Math.max(2, Math.min(os.cpus().length, 4));
    // free this thread's engine and corpus before the workers build theirs
    const lResult = L.result;
    (L as { engine?: unknown }).engine = undefined;
    gc();
    const par = await parallelScan(dirL, parts);
    const parallel = {
      workers: parts,
      wallS: s1(par.wallMs),
      readS: s1(par.readMs),
      buildS: s1(par.buildMs),
      neighboursS: s1(par.neighboursMs),
      scanS: s1(par.scanMs),
      pairs: par.pairs.length,
      clusters: par.clusters.length,
      recollections: par.recollections.length,
    };
    console.log(`  city scan, ${parts} worker threads: ${parallel.wallS} s wall incl. each worker's read ${parallel.readS} s + build ${parallel.buildS} s; neighbour lists ${parallel.neighboursS} s + scan ${parallel.scanS} s (${parallel.pairs} related pairs, ${parallel.clusters} clusters)`);
    const cores = await effectiveCores();
    console.log(`  (effective cores now: ${cores} — two CPU-bound threads ran ${cores}× as fast as one)`);
    const M = skipM ? null : sizeM(generatedCorpus('M'));
    const dev = devRecall();
    writeResults('dedupe-speed', { machine: machine({ totalMem: true }), corpus: 'shared/demo/generator via bench/dedupe-corpus.ts', L: { ...lResult, parallel: { ...parallel, effectiveCores: cores } }, M, devCandidateRecall: dev });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
