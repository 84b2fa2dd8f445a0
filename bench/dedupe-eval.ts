/**
 * The dedupe bench's measurement protocol (bench/dedupe.bench.ts prints it; bench/dedupe.test.ts
 * checks it is id-independent):
 *
 * - Projects are split into two folds. Projects linked by a listed related label (duplicate /
 *   upgrade / overlap) form components kept whole, so no positive pair straddles the folds;
 *   components go greedily, most duplicates first, to the fold with fewer duplicates; unrelated
 *   projects by a hash of their name and department. Nothing depends on ids, so renaming every id
 *   gives the same folds and figures.
 * - For each direction (fit on fold f, report fold 1-f) everything is fitted on fold f only: the
 *   pair model on all pairs among its projects, the re-collection knobs on its projects' facts, the
 *   synonym model on synonym fold f (groups split by a hash of their names).
 * - Out of fold: every pair scored by a model that never saw either project (pairs across the folds —
 *   all distinct by construction — take the more related of the two models' labels), every
 *   project's items, every synonym group; this is the headline figure.
 * - The naive baseline in the same run and protocol: character-bigram Jaccard over name + 建设内容 +
 *   systems and functions for pairs, name-bigram Jaccard against other departments' resource items
 *   for re-collection, name-bigram Jaccard for synonyms; one threshold each, fitted on the same fold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DedupeEngine } from '../shared/dedupe/engine';
import { fitModel, labelledPairs, recollectionCounts, synonymPairs, type FitOptions, type SynonymPair } from '../shared/dedupe/fit';
import { bestF1Threshold } from '../shared/dedupe/logreg';
import { DEFAULT_MODEL } from '../shared/dedupe/model-defaults';
import { hashString, jaccardSets, ngrams, normalizeText } from '../shared/dedupe/text';
import { PAIR_LABELS, type DedupeDataset, type PairLabel, type Project } from '../shared/dedupe/types';

export const DEFAULT_DATA = path.join(path.dirname(new URL(import.meta.url).pathname), 'data', 'dedupe-dev');

/** Reads a labelled folder in the dev-set format (projects.json, resources.json, labels.json). */
export function loadFolder(dir: string): DedupeDataset {
  const read = <T>(f: string): T => {
    const file = path.join(dir, f);
    if (!fs.existsSync(file)) throw new Error(`${file}: missing (a dedupe folder holds projects.json, resources.json and labels.json)`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  };
  const data: DedupeDataset = { projects: read('projects.json'), resources: read('resources.json'), labels: read('labels.json') };
  if (!Array.isArray(data.projects) || !Array.isArray(data.resources)) throw new Error(`${dir}: projects.json and resources.json must be arrays`);
  data.labels.projectPairs ??= [];
  data.labels.recollection ??= [];
  data.labels.dataItemSynonyms ??= [];
  data.labels.dataItemNonSynonyms ??= [];
  for (const p of data.projects) {
    p.systems ??= [];
    p.dataItems ??= [];
    p.consumes ??= [];
    p.description ??= '';
  }
  for (const r of data.resources) r.dataItems ??= [];
  return data;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision: r3(precision), recall: r3(recall), f1: r3((2 * precision * recall) / (precision + recall || 1)), tp, fp, fn };
}

/** Two folds of projects, id-independent (see the header). */
export function projectFolds(data: DedupeDataset): Map<string, 0 | 1> {
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const p of data.projects) find(p.id);
  for (const l of data.labels.projectPairs) if (l.label !== 'distinct' && byId.has(l.a) && byId.has(l.b)) {
    const ra = find(l.a);
    const rb = find(l.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const comps = new Map<string, { ids: string[]; dup: number }>();
  for (const p of data.projects) {
    const r = find(p.id);
    const c = comps.get(r);
    if (c) c.ids.push(p.id);
    else comps.set(r, { ids: [p.id], dup: 0 });
  }
  for (const l of data.labels.projectPairs) if (l.label === 'duplicate' && byId.has(l.a)) comps.get(find(l.a))!.dup++;
  const content = (id: string) => `${byId.get(id)!.name}\u0000${byId.get(id)!.department}`;
  const key = (ids: string[]) => hashString(ids.map(content).sort().join('\u0001'));
  const list = [...comps.values()].sort((a, b) => b.dup - a.dup || b.ids.length - a.ids.length || key(a.ids) - key(b.ids));
  const fold = new Map<string, 0 | 1>();
  const load = [0, 0];
  const size = [0, 0];
  for (const c of list) {
    let f: 0 | 1;
    if (c.dup > 0 || c.ids.length > 1) f = load[0]! < load[1]! ? 0 : load[0]! > load[1]! ? 1 : size[0]! <= size[1]! ? 0 : 1;
    else f = (hashString(content(c.ids[0]!)) & 1) as 0 | 1;
    load[f]! += c.dup;
    size[f]! += c.ids.length;
    for (const id of c.ids) fold.set(id, f);
  }
  return fold;
}

export type Confusion = Record<PairLabel, Record<PairLabel, number>>;

function confusion(rows: readonly { gold: PairLabel; pred: PairLabel }[]): Confusion {
  const m = Object.fromEntries(PAIR_LABELS.map((g) => [g, Object.fromEntries(PAIR_LABELS.map((p) => [p, 0]))])) as Confusion;
  for (const r of rows) m[r.gold][r.pred]++;
  return m;
}

function dupPRF(rows: readonly { gold: PairLabel; pred: PairLabel }[]): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const g = r.gold === 'duplicate';
    const p = r.pred === 'duplicate';
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return prf(tp, fp, fn);
}

function thresholdPRF(rows: readonly { s: number; y: number }[], t: number): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const h = r.s >= t;
    if (h && r.y) tp++;
    else if (h) fp++;
    else if (r.y) fn++;
  }
  return prf(tp, fp, fn);
}

export interface FoldReport {
  fit: 0 | 1;
  test: 0 | 1;
  pairs: { duplicate: PRF; confusion: Confusion; crossFoldPredictedDuplicate: number; crossFoldPredictedRelated: number; tested: number };
  recollection: PRF & { resource: PRF };
  synonyms: PRF & { vsListedNonSynonyms: PRF };
  model: { upgrade: { minName: number; minAll: number }; tDup: number; tRel: number; synonymThreshold: number; matchThreshold: number; maxProjectExtra: number };
  baseline: { pairs: PRF & { threshold: number }; recollection: PRF & { threshold: number; resourceCorrect: number }; synonyms: PRF & { threshold: number } };
}

export interface BenchReport {
  data: string;
  counts: { projects: number; resources: number; labelledPairs: number; duplicate: number; recollectionFacts: number; synonymGroups: number; nonSynonymPairs: number; folds: [number, number] };
  pairs: { duplicate: PRF; confusion: Confusion; pairs: number };
  recollection: PRF & { resource: PRF };
  synonyms: PRF & { vsListedNonSynonyms: PRF };
  baseline: { pairs: PRF; recollection: PRF & { resourceCorrect: number }; synonyms: PRF };
  folds: FoldReport[];
  seconds: number;
}

/** Naive-baseline rows for all pairs, items and synonym pairs (scores only; thresholds per fold). */
function baselineRows(data: DedupeDataset, fold: Map<string, 0 | 1>, syn: SynonymPair[]) {
  const grams = (s: string) => new Set(ngrams(normalizeText(s), 2));
  const text = (p: Project) => grams([p.name, p.description, ...p.systems.flatMap((s) => [s.name, ...s.functions])].join(''));
  const pg = new Map(data.projects.map((p) => [p.id, text(p)]));
  const pairs = labelledPairs(
    data.projects.map((p) => p.id),
    data.labels,
  ).map((p) => ({ ...p, fold: fold.get(p.a) === fold.get(p.b) ? fold.get(p.a)! : 2, s: jaccardSets(pg.get(p.a)!, pg.get(p.b)!), y: p.label === 'duplicate' ? 1 : 0 }));
  const gold = new Map(data.labels.recollection.map((f) => [`${f.project}\u0000${f.dataItem}`, f.resource]));
  const resItems = data.resources.flatMap((r) => r.dataItems.map((it) => ({ code: r.code, dept: r.department, g: grams(it.name) })));
  const items: { fold: 0 | 1; s: number; y: number; res: string; gold?: string }[] = [];
  for (const p of data.projects)
    for (const it of p.dataItems) {
      const g = grams(it.name);
      let best = 0;
      let res = '';
      for (const ri of resItems)
        if (ri.dept !== p.department) {
          const s = jaccardSets(g, ri.g);
          if (s > best) {
            best = s;
            res = ri.code;
          }
        }
      const k = `${p.id}\u0000${it.name}`;
      items.push({ fold: fold.get(p.id)!, s: best, y: gold.has(k) ? 1 : 0, res, gold: gold.get(k) });
    }
  const synRows = syn.map((p) => ({ fold: p.fold, s: jaccardSets(grams(p.a), grams(p.b)), y: p.y }));
  return { pairs, items, synRows };
}

/** Runs the whole protocol on a labelled folder; `fit` varies the config or pair features (experiments). */
export function evaluate(data: DedupeDataset, dataName = '', fit: Pick<FitOptions, 'config' | 'pairFeatures' | 'l2'> = {}): BenchReport {
  const t0 = performance.now();
  const fold = projectFolds(data);
  const syn = synonymPairs(data.labels);
  const base = baselineRows(data, fold, syn);
  const engine = new DedupeEngine({ projects: data.projects, resources: data.resources, model: DEFAULT_MODEL, config: fit.config });
  const allPairs = labelledPairs(
    data.projects.map((p) => p.id),
    data.labels,
  );
  const reports: FoldReport[] = [];
  const crossPairs = allPairs.filter((p) => fold.get(p.a) !== fold.get(p.b));
  const crossLabels: PairLabel[][] = [];
  const oofPairs: { gold: PairLabel; pred: PairLabel }[] = [];
  const rec = { tp: 0, fp: 0, fn: 0, resourceOk: 0 };
  const synC = { tp: 0, fp: 0, fn: 0, htp: 0, hfp: 0, hfn: 0 };
  const baseSum = { p: [0, 0, 0], r: [0, 0, 0, 0], s: [0, 0, 0] };
  const pairThresholds: number[] = [];
  for (const tr of [0, 1] as const) {
    const te = (1 - tr) as 0 | 1;
    const trainIds = new Set(data.projects.filter((p) => fold.get(p.id) === tr).map((p) => p.id));
    const { model } = fitModel(data, { ...fit, engine, trainProjects: trainIds, synonymFold: tr });
    // pairs among the test projects
    const test = allPairs.filter((p) => fold.get(p.a) === te && fold.get(p.b) === te);
    const rows = test.map((p) => ({ gold: p.label, pred: engine.classifyPair(p.a, p.b).label }));
    oofPairs.push(...rows);
    const cross = crossPairs.map((p) => engine.classifyPair(p.a, p.b).label);
    crossLabels.push(cross);
    // re-collection on the test projects
    const rc = recollectionCounts(
      engine,
      data.projects.filter((p) => fold.get(p.id) === te),
      data.labels,
    );
    rec.tp += rc.tp;
    rec.fp += rc.fp;
    rec.fn += rc.fn;
    rec.resourceOk += rc.resourceOk;
    // synonyms on the other synonym fold
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let htp = 0;
    let hfp = 0;
    let hfn = 0;
    for (const p of syn.filter((x) => x.fold === te)) {
      const h = engine.itemsMatch(p.a, p.b);
      if (h && p.y) tp++;
      else if (h) fp++;
      else if (p.y) fn++;
      if (p.y || p.hard) {
        if (h && p.y) htp++;
        else if (h) hfp++;
        else if (p.y) hfn++;
      }
    }
    Object.assign(synC, { tp: synC.tp + tp, fp: synC.fp + fp, fn: synC.fn + fn, htp: synC.htp + htp, hfp: synC.hfp + hfp, hfn: synC.hfn + hfn });
    // baseline, same protocol
    const bpT = bestF1Threshold(base.pairs.filter((r) => r.fold === tr));
    const bp = thresholdPRF(base.pairs.filter((r) => r.fold === te), bpT);
    const brT = bestF1Threshold(base.items.filter((r) => r.fold === tr));
    const brTest = base.items.filter((r) => r.fold === te);
    const br = thresholdPRF(brTest, brT);
    const brRes = brTest.filter((r) => r.y && r.s >= brT && r.res === r.gold).length;
    const bsT = bestF1Threshold(base.synRows.filter((r) => r.fold === tr));
    const bs = thresholdPRF(base.synRows.filter((r) => r.fold === te), bsT);
    baseSum.p = [baseSum.p[0]! + bp.tp, baseSum.p[1]! + bp.fp, baseSum.p[2]! + bp.fn];
    pairThresholds.push(bpT);
    baseSum.r = [baseSum.r[0]! + br.tp, baseSum.r[1]! + br.fp, baseSum.r[2]! + br.fn, baseSum.r[3]! + brRes];
    baseSum.s = [baseSum.s[0]! + bs.tp, baseSum.s[1]! + bs.fp, baseSum.s[2]! + bs.fn];
    reports.push({
      fit: tr,
      test: te,
      pairs: {
        duplicate: dupPRF(rows),
        confusion: confusion(rows),
        crossFoldPredictedDuplicate: cross.filter((l) => l === 'duplicate').length,
        crossFoldPredictedRelated: cross.filter((l) => l !== 'distinct').length,
        tested: rows.length,
      },
      recollection: { ...prf(rc.tp, rc.fp, rc.fn), resource: prf(rc.resourceOk, rc.fp + rc.tp - rc.resourceOk, rc.fn + rc.tp - rc.resourceOk) },
      synonyms: { ...prf(tp, fp, fn), vsListedNonSynonyms: prf(htp, hfp, hfn) },
      model: {
        upgrade: model.pairs.upgrade,
        tDup: r3(model.pairs.tDup),
        tRel: r3(model.pairs.tRel),
        synonymThreshold: r3(model.synonyms.threshold),
        matchThreshold: r3(model.recollection.matchThreshold),
        maxProjectExtra: model.recollection.maxProjectExtra,
      },
      baseline: { pairs: { ...bp, threshold: r3(bpT) }, recollection: { ...br, threshold: r3(brT), resourceCorrect: brRes }, synonyms: { ...bs, threshold: r3(bsT) } },
    });
  }
  // cross-fold pairs: the more related label of the two models (each saw one of the two projects)
  const severity = (l: PairLabel) => PAIR_LABELS.indexOf(l);
  crossPairs.forEach((p, i) => {
    const [l0, l1] = [crossLabels[0]![i]!, crossLabels[1]![i]!];
    oofPairs.push({ gold: p.label, pred: severity(l0) <= severity(l1) ? l0 : l1 });
  });
  // the baseline's cross-fold pairs likewise: flagged when either fold's threshold flags them
  baseSum.p[1]! += base.pairs.filter((r) => r.fold === 2 && r.s >= Math.min(...pairThresholds)).length;
  const sizes: [number, number] = [0, 0];
  for (const f of fold.values()) sizes[f]++;
  return {
    data: dataName,
    counts: {
      projects: data.projects.length,
      resources: data.resources.length,
      labelledPairs: data.labels.projectPairs.length,
      duplicate: data.labels.projectPairs.filter((p) => p.label === 'duplicate').length,
      recollectionFacts: data.labels.recollection.length,
      synonymGroups: data.labels.dataItemSynonyms.length,
      nonSynonymPairs: data.labels.dataItemNonSynonyms.length,
      folds: sizes,
    },
    pairs: { duplicate: dupPRF(oofPairs), confusion: confusion(oofPairs), pairs: oofPairs.length },
    recollection: { ...prf(rec.tp, rec.fp, rec.fn), resource: prf(rec.resourceOk, rec.fp + rec.tp - rec.resourceOk, rec.fn + rec.tp - rec.resourceOk) },
    synonyms: { ...prf(synC.tp, synC.fp, synC.fn), vsListedNonSynonyms: prf(synC.htp, synC.hfp, synC.hfn) },
    baseline: {
      pairs: prf(baseSum.p[0]!, baseSum.p[1]!, baseSum.p[2]!),
      recollection: { ...prf(baseSum.r[0]!, baseSum.r[1]!, baseSum.r[2]!), resourceCorrect: baseSum.r[3]! },
      synonyms: prf(baseSum.s[0]!, baseSum.s[1]!, baseSum.s[2]!),
    },
    folds: reports,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
}
