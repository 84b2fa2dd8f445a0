import { createEngine, type DedupeEngine } from '../../../shared/dedupe/engine';
import type { EngineFactory, EngineLike } from './engine-host';

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
    upsertProject: (p) => engine.upsertProject(p),
    removeProject: (id) => engine.removeProject(id),
    upsertResource: (r) => engine.upsertResource(r),
    removeResource: (code) => engine.removeResource(code),
  };
}

export const dedupeEngineFactory: EngineFactory = ({ projects, resources }) => adaptEngine(createEngine({ projects, resources }));
