/**
 * One worker of the parallel city scan (bench/dedupe-parallel.ts): builds its own engine from the
 * corpus folder, computes the neighbour lists of its share of the projects, takes the others'
 * lists from the parent, then scans its share. The engine stays pure; only this driver knows threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type EngineOptions } from '../shared/dedupe/engine';
import { readCorpus } from './dedupe-corpus';

interface Data {
  dir: string;
  part: number;
  parts: number;
  options?: EngineOptions;
}

const { dir, part, parts, options } = workerData as Data;
const port = parentPort!;
let t = performance.now();
const corpus = readCorpus(dir);
const readMs = performance.now() - t;
t = performance.now();
const engine = createEngine({ projects: corpus.projects, resources: corpus.resources, options });
const buildMs = performance.now() - t;
const mine = corpus.projects.filter((_, i) => i % parts === part).map((p) => p.id);
t = performance.now();
const lists = engine.scorer.neighbourLists(mine);
const neighboursMs = performance.now() - t;
port.postMessage({ type: 'neighbours', lists, readMs, buildMs, neighboursMs });
port.once('message', (msg: { lists: [string, number[]][] }) => {
  engine.scorer.setNeighbourLists(msg.lists);
  const t1 = performance.now();
  const res = engine.scanProjects(mine);
  port.postMessage({ type: 'done', ...res, scanMs: performance.now() - t1 });
});
