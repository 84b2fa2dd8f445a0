/**
 * Fitting every number of the engine from a labelled folder (the dev-set format): the synonym rule
 * model and threshold, the two re-collection matching knobs, and the pair model (upgrade rule, two
 * logistic models, two thresholds). The bench fits on one split and reports the other; the defaults
 * file (model-defaults.ts) is this fit on the whole dev set (bench/dedupe-fit-defaults.ts).
 *
 * Splits are id-independent (they hash names, not ids), so renaming every id gives the same figures.
 */
import type { DedupeConfig } from './config';
import { DedupeEngine, type EngineOptions } from './engine';
import { bestF1Threshold, fitLogReg } from './logreg';
import type { DedupeModel } from './model';
import { DEFAULT_MODEL } from './model-defaults';
import { DEFAULT_PAIR_FEATURES, fitPairModel, type LabelledPair } from './pair-model';
import { SYN_FEATURES, type SynonymMatcher, type SynonymModel } from './synonyms';
import { hashString } from './text';
import type { DedupeDataset, DedupeLabels, PairLabel, Project } from './types';

/** A labelled synonym pair: positives inside a group, negatives listed or across groups. */
export interface SynonymPair {
  a: string;
  b: string;
  y: 0 | 1;
  /** listed non-synonym (a hard negative) */
  hard: boolean;
  fold: 0 | 1;
}

/** The synonym fold of a group or listed pair: a hash of its names (id-free, stable). */
export const synonymFold = (names: readonly string[]): 0 | 1 => (hashString(names.join('|')) & 1) as 0 | 1;

/**
 * Synonym pairs of a label set: every pair inside a group (positive), every listed non-synonym
 * (hard negative) and every pair across two groups of the same fold (broad negatives).
 */
export function synonymPairs(labels: DedupeLabels): SynonymPair[] {
  const out: SynonymPair[] = [];
  const groups = labels.dataItemSynonyms;
  const folds = groups.map((g) => synonymFold(g));
  groups.forEach((g, gi) => {
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.push({ a: g[i]!, b: g[j]!, y: 1, hard: false, fold: folds[gi]! });
  });
  const listed = new Set<string>();
  for (const [a, b] of labels.dataItemNonSynonyms) {
    listed.add(`${a}|${b}`).add(`${b}|${a}`);
    out.push({ a, b, y: 0, hard: true, fold: synonymFold([a, b]) });
  }
  for (let gi = 0; gi < groups.length; gi++)
    for (let gj = gi + 1; gj < groups.length; gj++) {
      if (folds[gi] !== folds[gj]) continue; // folds stay disjoint
      for (const a of groups[gi]!) for (const b of groups[gj]!) if (!listed.has(`${a}|${b}`)) out.push({ a, b, y: 0, hard: false, fold: folds[gi]! });
    }
  return out;
}

/** Fits the synonym rule model on pairs; the threshold maximises F1 on them (only scores > 0). */
export function fitSynonymModel(syn: SynonymMatcher, pairs: readonly SynonymPair[]): SynonymModel {
  const before = syn.syn;
  const model = fitLogReg(
    pairs.map((p) => syn.features(p.a, p.b)),
    pairs.map((p) => p.y),
    [...SYN_FEATURES],
    { posWeight: 3 },
  );
  syn.syn = { model, threshold: 0.5 };
  const sc = pairs.map((p) => ({ s: syn.match(p.a, p.b).score, y: p.y })).sort((x, y) => y.s - x.s);
  const P = sc.filter((x) => x.y).length;
  let tp = 0;
  let fp = 0;
  let best = { f1: -1, t: 0.5 };
  for (let i = 0; i < sc.length; i++) {
    if (sc[i]!.y) tp++;
    else fp++;
    if (i + 1 < sc.length && sc[i + 1]!.s === sc[i]!.s) continue;
    const f1 = (2 * tp) / (tp + fp + P);
    if (f1 > best.f1 && sc[i]!.s > 0) best = { f1, t: sc[i]!.s };
  }
  syn.syn = before;
  return { model, threshold: best.t };
}

/** Item-level precision/recall counts of re-collection on some projects. */
export function recollectionCounts(engine: DedupeEngine, projects: readonly Project[], labels: DedupeLabels): { tp: number; fp: number; fn: number; resourceOk: number } {
  const gold = new Map(labels.recollection.map((f) => [`${f.project}\u0000${f.dataItem}`, f.resource]));
  const byProject = new Map<string, number>();
  for (const f of labels.recollection) byProject.set(f.project, (byProject.get(f.project) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let resourceOk = 0;
  for (const p of projects) {
    const got = new Set<string>();
    for (const f of engine.recollection.detect(p)) {
      const k = `${p.id}\u0000${f.dataItem}`;
      if (got.has(k)) continue;
      got.add(k);
      const g = gold.get(k);
      if (g === undefined) fp++;
      else {
        tp++;
        if (g === f.resource) resourceOk++;
      }
    }
    fn += (byProject.get(p.id) ?? 0) - [...got].filter((k) => gold.has(k)).length;
  }
  return { tp, fp, fn, resourceOk };
}

/** Every unordered pair among the given projects with its label (unlisted = distinct). */
export function labelledPairs(ids: readonly string[], labels: DedupeLabels): LabelledPair[] {
  const L = new Map<string, PairLabel>();
  for (const p of labels.projectPairs) L.set(p.a < p.b ? `${p.a}\u0000${p.b}` : `${p.b}\u0000${p.a}`, p.label);
  const out: LabelledPair[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!;
      const b = ids[j]!;
      out.push({ a, b, label: L.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 'distinct' });
    }
  return out;
}

export interface FitOptions {
  /** fit on these projects only (pairs among them, their re-collection facts); default all */
  trainProjects?: ReadonlySet<string>;
  /** fit synonyms on this synonym fold only; default both */
  synonymFold?: 0 | 1;
  config?: Partial<DedupeConfig>;
  pairFeatures?: string[];
  l2?: number;
  /** an engine over the dataset to fit with (reused across folds by the bench); made when absent */
  engine?: DedupeEngine;
  engineOptions?: EngineOptions;
  fittedOn?: string;
}

/** Fits a DedupeModel on a labelled dataset (or the training part of it) and leaves it set on the engine. */
export function fitModel(data: DedupeDataset, opts: FitOptions = {}): { model: DedupeModel; engine: DedupeEngine } {
  const engine = opts.engine ?? new DedupeEngine({ projects: data.projects, resources: data.resources, config: opts.config, model: DEFAULT_MODEL, options: opts.engineOptions });
  const train = opts.trainProjects;
  const trainProjects = train ? data.projects.filter((p) => train.has(p.id)) : data.projects;
  // 1. synonyms
  const sp = synonymPairs(data.labels).filter((p) => opts.synonymFold === undefined || p.fold === opts.synonymFold);
  const synonyms = fitSynonymModel(engine.synonyms, sp);
  engine.synonyms.syn = synonyms;
  // 2. re-collection knobs: grid search on item-level F1 over the training projects
  let best = { f1: -1, m: { matchThreshold: synonyms.threshold, maxProjectExtra: 0.25 } };
  for (const matchThreshold of [synonyms.threshold, 0.6, 0.7, 0.8, 0.9])
    for (const maxProjectExtra of [0.15, 0.25, 0.35, 0.5, 1]) {
      engine.recollection.setModel({ matchThreshold, maxProjectExtra });
      const c = recollectionCounts(engine, trainProjects, data.labels);
      const f1 = (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);
      if (f1 > best.f1 + 1e-9) best = { f1, m: { matchThreshold, maxProjectExtra } };
    }
  // 3. pairs
  const pairs = fitPairModel(engine.scorer, labelledPairs(trainProjects.map((p) => p.id), data.labels), opts.pairFeatures ?? DEFAULT_PAIR_FEATURES, opts.l2 ?? 0.3);
  const model: DedupeModel = {
    version: 1,
    fittedOn: opts.fittedOn ?? `${trainProjects.length} projects, ${data.resources.length} resources`,
    synonyms,
    recollection: best.m,
    pairs,
  };
  engine.setModel(model);
  return { model, engine };
}
