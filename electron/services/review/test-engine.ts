import { clustersOf } from '../../../shared/dedupe/cluster';
import { nameKey } from '../../../shared/text/normalize';
import type { CorpusProject, CorpusResource } from './corpus';
import type { EngineFactory, EngineLike } from './engine-host';

/**
 * A transparent stand-in for the duplicate engine, for testing the review services on their own:
 * a project duplicates another whose first system has the same name, and an item re-collects a
 * published item of the same name held by another department. The city-wide scan pairs projects
 * whose first systems have the same name (their clusters are the connected components); an item's
 * element is its name key, and 备注 is the one generic field. (The real engine is measured by `npm run bench -- dedupe`.)
 */
export const namesEngine: EngineFactory = ({ projects, resources }) => {
  const ps = new Map(projects.map((p) => [p.id, p]));
  const rs = new Map(resources.map((r) => [r.code, r]));
  const engine: EngineLike = {
    checkProject(p: CorpusProject) {
      const system = p.systems[0] ? nameKey(p.systems[0].name) : null;
      const pairs = [...ps.values()]
        .filter((o) => o.id !== p.id && system !== null && o.systems.some((s) => nameKey(s.name) === system))
        .map((o) => ({ projectId: o.id, label: 'duplicate' as const, score: 0.9, evidence: [{ kind: 'system', left: p.systems[0]!.name, right: o.systems[0]!.name, score: 1 }] }));
      const recollections = p.dataItems.flatMap((item) => {
        const r = [...rs.values()].find((x: CorpusResource) => x.department !== p.department && x.dataItems.some((i) => nameKey(i.name) === nameKey(item.name)));
        return r ? [{ dataItem: item.name, resourceCode: r.code, resourceDataItem: item.name, score: 1, evidence: [{ kind: 'item', left: item.name, right: item.name, score: 1 }] }] : [];
      });
      return { pairs, recollections };
    },
    async scan(onProgress, pause) {
      const list = [...ps.values()];
      const pairs = [];
      for (const [i, p] of list.entries()) {
        const system = p.systems[0] ? nameKey(p.systems[0].name) : null;
        for (const o of list.slice(i + 1)) {
          if (system === null || !o.systems[0] || nameKey(o.systems[0].name) !== system) continue;
          const [a, b] = p.id < o.id ? [p.id, o.id] : [o.id, p.id];
          pairs.push({ a, b, label: 'duplicate' as const, score: 0.9 });
        }
        onProgress?.(i + 1, list.length);
        if (pause) await pause();
      }
      return { pairs, clusters: clustersOf(pairs), projects: list.length };
    },
    canonicalItem: (name) => nameKey(name),
    genericItem: (name) => nameKey(name) === '备注',
    upsertProject: (p) => void ps.set(p.id, p),
    removeProject: (id) => void ps.delete(id),
    upsertResource: (r) => void rs.set(r.code, r),
    removeResource: (code) => void rs.delete(code),
  };
  return engine;
};
