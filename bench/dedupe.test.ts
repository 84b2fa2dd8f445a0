/**
 * Acceptance point of issue 5: the bench on a copy of the dev folder with every id renamed (project
 * ids and resource codes rewritten consistently in projects, resources and labels, and the files'
 * order kept) gives exactly the same figures as on the original.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DedupeDataset } from '../shared/dedupe/types';
import { DEFAULT_DATA, evaluate, loadFolder, type BenchReport } from './dedupe-eval';

/** A copy with opaque new ids in a shuffled-looking order (so id order cannot stand in for anything). */
function renamed(data: DedupeDataset): DedupeDataset {
  const pid = new Map(data.projects.map((p, i) => [p.id, `P${String((i * 7919) % 100003).padStart(6, '0')}-${i % 3 ? 'x' : 'a'}`]));
  const rid = new Map(data.resources.map((r, i) => [r.code, `RES/${((i * 104729) % 1000003).toString(36)}`]));
  const P = (id: string) => pid.get(id) ?? id;
  const R = (c: string) => rid.get(c) ?? c;
  return {
    projects: data.projects.map((p) => ({ ...p, id: P(p.id), consumes: p.consumes.map(R) })),
    resources: data.resources.map((r) => ({ ...r, code: R(r.code) })),
    labels: {
      projectPairs: data.labels.projectPairs.map((l) => ({ ...l, a: P(l.a), b: P(l.b) })),
      recollection: data.labels.recollection.map((f) => ({ ...f, project: P(f.project), resource: R(f.resource) })),
      dataItemSynonyms: data.labels.dataItemSynonyms,
      dataItemNonSynonyms: data.labels.dataItemNonSynonyms,
    },
  };
}

const figures = (r: BenchReport) => ({ ...r, data: '', seconds: 0 });

describe('dedupe bench', () => {
  it('gives the same figures on the dev folder with all ids renamed', { timeout: 180_000 }, () => {
    const original = loadFolder(DEFAULT_DATA);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dedupe-renamed-'));
    try {
      const copy = renamed(original);
      for (const [f, v] of [['projects.json', copy.projects], ['resources.json', copy.resources], ['labels.json', copy.labels]] as const) fs.writeFileSync(path.join(dir, f), JSON.stringify(v));
      const fromCopy = loadFolder(dir);
      expect(fromCopy.projects[0]!.id).not.toBe(original.projects[0]!.id);
      const a = evaluate(original);
      const b = evaluate(fromCopy);
      expect(figures(b)).toEqual(figures(a));
      expect(a.pairs.duplicate.tp).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
