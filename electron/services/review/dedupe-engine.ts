import { clustersOf } from '../../../shared/dedupe/cluster';
import { createEngine, type DedupeEngine, type ScanPair } from '../../../shared/dedupe/engine';
import type { EngineFactory, EngineLike, EngineScan } from './engine-host';

/** Projects scanned between two turns of the event loop in a city-wide scan. */
export const SCAN_SLICE = 200;

/**
 * The city-wide scan in slices of SCAN_SLICE projects (engine.scanProjects), awaiting `pause`
 * between them. A pair whose projects fall in different slices is found from both: kept once.
 */
async function slicedScan(engine: DedupeEngine, onProgress: ((done: number, total: number) => void) | undefined, pause: () => Promise<void>): Promise<EngineScan> {
  engine.prepareScan();
  const ids = [...engine.scorer.corpus.reps.keys()];
  onProgress?.(0, ids.length);
  await pause();
  const seen = new Set<string>();
  const pairs: ScanPair[] = [];
  for (let i = 0; i < ids.length; i += SCAN_SLICE) {
    const part = engine.scanProjects(ids.slice(i, i + SCAN_SLICE), onProgress && ((done) => onProgress(i + done, ids.length)), ids.length);
    for (const p of part.pairs) {
      const key = `${p.a}\u0000${p.b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push(p);
    }
    await pause();
  }
  return { pairs, clusters: clustersOf(pairs.filter((p) => p.label === 'duplicate')), projects: ids.length };
}

/** The shared engine (shared/dedupe) behind the services' port: the evidence becomes quotable lines. */
export function adaptEngine(engine: DedupeEngine): EngineLike {
  return {
    checkProject(p) {
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
      if (pause) return slicedScan(engine, onProgress, pause);
      const r = engine.scan(onProgress);
      return { pairs: r.pairs, clusters: r.clusters, projects: engine.projectCount };
    },
    canonicalItem: (name) => engine.canonicalItem(name),
    // The dictionary's kind decides; a name outside it is generic when it fits the generic patterns.
    genericItem: (name) => {
      const el = engine.synonyms.element(name);
      return el ? el.kind === 'generic' : engine.cfg.generic.some((re) => re.test(engine.synonyms.nz(name)));
    },
    upsertProject: (p) => engine.upsertProject(p),
    removeProject: (id) => engine.removeProject(id),
    upsertResource: (r) => engine.upsertResource(r),
    removeResource: (code) => engine.removeResource(code),
  };
}

export const dedupeEngineFactory: EngineFactory = ({ projects, resources }) => adaptEngine(createEngine({ projects, resources }));
