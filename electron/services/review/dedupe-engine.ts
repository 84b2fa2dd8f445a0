import { clustersOf } from '../../../shared/dedupe/cluster';
import { createEngine, type DedupeEngine, type ScanPair } from '../../../shared/dedupe/engine';
import type { EngineFactory, EngineLike, EngineScan } from './engine-host';

/** A city-wide scan gives the event loop a turn after this many projects, or sooner when a slice has run this long. */
export const SCAN_SLICE = 200;
const SLICE_MS = 50;
/** Neighbour lists computed between two checks of the slice's time. */
const WARM_CHUNK = 25;
/** Candidate partners classified per project (the engine's top-k), for checks and scans alike. */
const CANDIDATES = 30;
/** The engine re-vectorises everything before a scan when more than this share of projects changed. */
const REFRESH_FRACTION = 0.05;

/**
 * The city-wide scan of engine.scan, cut in slices (SCAN_SLICE projects or SLICE_MS) with `pause`
 * awaited between them so the event loop turns: the refresh when due (one block), the neighbour lists
 * (engine.scorer.neighbourLists per slice), then every project's candidates classified once (one
 * set of pairs seen across slices; per-slice engine.scanProjects would classify a pair whose
 * projects fall in different slices twice, and detect re-collections the clusters do not need).
 */
async function slicedScan(
  engine: DedupeEngine,
  changes: { count: number },
  onProgress: ((done: number, total: number) => void) | undefined,
  pause: () => Promise<void>,
): Promise<EngineScan> {
  const size = engine.projectCount;
  if (changes.count > REFRESH_FRACTION * Math.max(1, size)) {
    engine.refresh();
    changes.count = 0;
  }
  const ids = [...engine.scorer.corpus.reps.keys()];
  const total = 2 * ids.length;
  onProgress?.(0, total);
  await pause();
  let sliceStart = performance.now();
  let inSlice = 0;
  /** Pauses when the slice is full or has run SLICE_MS; reports progress then. */
  const turn = async (done: number, projects: number) => {
    inSlice += projects;
    if (inSlice < SCAN_SLICE && performance.now() - sliceStart < SLICE_MS && done < total) return;
    onProgress?.(done, total);
    await pause();
    sliceStart = performance.now();
    inSlice = 0;
  };
  for (let i = 0; i < ids.length; i += WARM_CHUNK) {
    engine.scorer.neighbourLists(ids.slice(i, i + WARM_CHUNK));
    await turn(Math.min(i + WARM_CHUNK, ids.length), WARM_CHUNK);
  }
  engine.prepareScan(); // nothing left to do: no refresh due, every list warm
  const seen = new Set<string>();
  const pairs: ScanPair[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    for (const c of engine.scorer.candidates(id, CANDIDATES)) {
      const [a, b] = id < c.id ? [id, c.id] : [c.id, id];
      const key = `${a}\u0000${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const d = engine.classifyPair(a, b);
      if (d.label !== 'distinct') pairs.push({ a, b, label: d.label, score: d.label === 'duplicate' ? d.pDup : d.pRel });
    }
    await turn(ids.length + i + 1, 1);
  }
  return { pairs, clusters: clustersOf(pairs.filter((p) => p.label === 'duplicate')), projects: ids.length };
}

/** The shared engine (shared/dedupe) behind the services' port: the evidence becomes quotable lines. */
export function adaptEngine(engine: DedupeEngine): EngineLike {
  // Project changes since the engine's last refresh, counted as the engine counts them (a check upserts).
  const changes = { count: 0 };
  return {
    checkProject(p) {
      changes.count++;
      const r = engine.checkProject(p);
      return {
        pairs: r.pairs.map((f) => ({ projectId: f.project, label: f.label, score: f.score, evidence: f.evidence })),
        recollections: r.recollections.map((f) => ({
          dataItem: f.dataItem,
          resourceCode: f.resource,
          resourceDataItem: f.resourceDataItem,
          score: f.score,
          evidence: [
            { kind: 'item', left: f.dataItem, right: f.resourceDataItem, score: f.evidence.matchScore },
            ...(f.evidence.dependsOn ? [{ kind: 'item', left: f.evidence.dependsOn, right: f.evidence.dependsOn, score: 1 }] : []),
          ],
        })),
      };
    },
    async scan(onProgress, pause) {
      if (pause) return slicedScan(engine, changes, onProgress, pause);
      if (changes.count > REFRESH_FRACTION * Math.max(1, engine.projectCount)) changes.count = 0; // scan() refreshes
      const r = engine.scan(onProgress);
      return { pairs: r.pairs, clusters: r.clusters, projects: engine.projectCount };
    },
    canonicalItem: (name) => engine.canonicalItem(name),
    // The dictionary's kind decides; a name outside it is generic when it fits the generic patterns.
    genericItem: (name) => {
      const el = engine.synonyms.element(name);
      return el ? el.kind === 'generic' : engine.cfg.generic.some((re) => re.test(engine.synonyms.nz(name)));
    },
    upsertProject: (p) => {
      changes.count++;
      engine.upsertProject(p);
    },
    removeProject: (id) => {
      changes.count++;
      engine.removeProject(id);
    },
    upsertResource: (r) => engine.upsertResource(r),
    removeResource: (code) => engine.removeResource(code),
  };
}

export const dedupeEngineFactory: EngineFactory = ({ projects, resources, dictionary }) =>
  adaptEngine(
    createEngine({
      projects,
      resources,
      // The bureau's dictionary (审查词典) replaces the seed's elements and look-alike pairs.
      ...(dictionary ? { config: { elements: dictionary.elements, nonSynonyms: dictionary.nonSynonyms } } : {}),
      options: { candidates: CANDIDATES, refreshFraction: REFRESH_FRACTION },
    }),
  );
