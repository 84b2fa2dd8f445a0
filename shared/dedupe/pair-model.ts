/**
 * The pair classifier: duplicate / upgrade / overlap / distinct, in that order of tests:
 *   1. upgrade  — the upgrade rule (same department, later phase marker, name and text similarity
 *                 above fitted minima): legitimate, never a duplicate;
 *   2. duplicate — logistic model P(duplicate | features) ≥ tDup, unless one project consumes a
 *                 resource of the other's department (it reuses that platform — a README hard negative);
 *   3. overlap  — logistic model P(duplicate or overlap | features) ≥ tRel;
 *   4. distinct — otherwise, including every pair candidate generation never proposes.
 * Everything fitted is in PairModel, plain JSON, so a model fitted offline ships as data.
 */
import { bestF1Threshold, explainLogReg, fitLogReg, predictLogReg, type LogRegModel } from './logreg';
import type { Alignment, PairFeatures, PairScorer, UpgradeRule } from './pair-features';
import type { PairLabel } from './types';

export interface PairModel {
  upgrade: UpgradeRule;
  features: string[];
  dup: LogRegModel;
  tDup: number;
  rel: LogRegModel;
  tRel: number;
}

export interface PairEvidence {
  kind: 'function' | 'sentence' | 'system' | 'name' | 'feature';
  left: string;
  right: string;
  score: number;
}

export interface PairDecision {
  a: string;
  b: string;
  label: PairLabel;
  /** P(duplicate) of the model (1 for upgrades is not implied: upgrades are a rule) */
  pDup: number;
  pRel: number;
  evidence: PairEvidence[];
}

/** The features chosen on the dev set: the others in PAIR_FEATURES did not help out of fold. */
export const DEFAULT_PAIR_FEATURES = ['cosAll', 'inhAll', 'funcMax', 'fInDocMin', 'sentMin', 'rankInvBest', 'rankInvWorst', 'oneTown', 'bothTown', 'sameDept', 'consumesOther', 'itemCos'];

export interface LabelledPair {
  a: string;
  b: string;
  label: PairLabel;
}

const pick = (F: PairFeatures, names: readonly string[]) => names.map((n) => F.f[n as keyof PairFeatures['f']]);

/**
 * Fits the upgrade rule, both models and both thresholds on labelled pairs (every pair among the
 * training projects; unlisted ones are distinct).
 */
export function fitPairModel(S: PairScorer, pairs: readonly LabelledPair[], features: string[] = DEFAULT_PAIR_FEATURES, l2 = 0.3): PairModel {
  // upgrade rule: grid over the two minima maximising upgrade F1; among tied rules the middle one
  // (median minName, then median minAll among those), i.e. the largest margin on both sides
  const grid: { f1: number; rule: UpgradeRule }[] = [];
  for (const minName of [0.4, 0.3, 0.2, 0.14, 0.1, 0.05])
    for (const minAll of [0.2, 0.15, 0.12, 0.1, 0.08, 0.05]) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const p of pairs) {
        const h = S.isUpgrade(p.a, p.b, { minName, minAll });
        const y = p.label === 'upgrade';
        if (h && y) tp++;
        else if (h) fp++;
        else if (y) fn++;
      }
      grid.push({ f1: (2 * tp) / (2 * tp + fp + fn || 1), rule: { minName, minAll } });
    }
  const top = Math.max(...grid.map((g) => g.f1));
  const tied = grid.filter((g) => g.f1 >= top - 1e-9);
  const median = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b)[Math.floor((new Set(xs).size - 1) / 2)]!;
  const minName = median(tied.map((g) => g.rule.minName));
  const bestU = { rule: { minName, minAll: median(tied.filter((g) => g.rule.minName === minName).map((g) => g.rule.minAll)) } };
  S.setUpgradeRule(bestU.rule);
  const rest = pairs.filter((p) => !S.isUpgrade(p.a, p.b));
  const feats = rest.map((p) => S.features(p.a, p.b));
  const X = feats.map((F) => pick(F, features));
  const yDup = rest.map((p) => (p.label === 'duplicate' ? 1 : 0));
  const yRel = rest.map((p) => (p.label === 'duplicate' || p.label === 'overlap' ? 1 : 0));
  const dup = fitLogReg(X, yDup, features, { l2 });
  const rel = fitLogReg(X, yRel, features, { l2 });
  const tDup = bestF1Threshold(X.map((x, i) => ({ s: feats[i]!.f.consumesOther === 1 ? 0 : predictLogReg(dup, x), y: yDup[i]! })));
  // overlap threshold: F1 of "overlap" among the pairs not called duplicate
  const ov = X.map((x, i) => ({ x, i })).filter(({ x, i }) => feats[i]!.f.consumesOther === 1 || predictLogReg(dup, x) < tDup);
  const tRel = bestF1Threshold(ov.map(({ x, i }) => ({ s: predictLogReg(rel, x), y: rest[i]!.label === 'overlap' ? 1 : 0 })));
  return { upgrade: bestU.rule, features, dup, tDup, rel, tRel };
}

const WANT = new WeakMap<PairModel, Set<string>>();

/** Evidence lines of an alignment: matched units above `min`, each pair once, best first. */
function aligned(kind: PairEvidence['kind'], al: readonly Alignment[], min: number, max: number, swap: boolean[]): PairEvidence[] {
  const seen = new Set<string>();
  const out: PairEvidence[] = [];
  al.forEach((x, i) => {
    for (const p of x.pairs) {
      if (p.s < min) continue;
      const [left, right] = swap[i] ? [p.b, p.a] : [p.a, p.b];
      const k = `${left}\u0000${right}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ kind, left, right, score: p.s });
    }
  });
  return out.sort((p, q) => q.score - p.score).slice(0, max);
}

const LEAN = new WeakMap<PairModel, Set<string>>();

/** The label and probabilities only (a city scan): no evidence, only the model's features computed. */
export function labelPair(S: PairScorer, m: PairModel, a: string, b: string): Omit<PairDecision, 'evidence'> {
  let want = LEAN.get(m);
  if (!want) LEAN.set(m, (want = new Set([...m.features, 'consumesOther'])));
  const F = S.features(a, b, want);
  const x = pick(F, m.features);
  const pDup = predictLogReg(m.dup, x);
  const pRel = predictLogReg(m.rel, x);
  const label: PairLabel = S.isUpgrade(a, b, m.upgrade) ? 'upgrade' : pDup >= m.tDup && F.f.consumesOther !== 1 ? 'duplicate' : pRel >= m.tRel ? 'overlap' : 'distinct';
  return { a, b, label, pDup, pRel };
}

export function classifyPair(S: PairScorer, m: PairModel, a: string, b: string): PairDecision {
  let want = WANT.get(m);
  if (!want) WANT.set(m, (want = new Set([...m.features, 'consumesOther', 'sentMin', 'sysMax', 'cosName'])));
  const F = S.features(a, b, want);
  const x = pick(F, m.features);
  const pDup = predictLogReg(m.dup, x);
  const pRel = predictLogReg(m.rel, x);
  const upgrade = S.isUpgrade(a, b, m.upgrade);
  const reuses = F.f.consumesOther === 1;
  const label: PairLabel = upgrade ? 'upgrade' : pDup >= m.tDup && !reuses ? 'duplicate' : pRel >= m.tRel ? 'overlap' : 'distinct';
  const A = S.rep(a)!;
  const B = S.rep(b)!;
  // left is always a's text, right b's
  const evidence: PairEvidence[] = [
    ...(F.f.cosName >= 0.2 ? [{ kind: 'name' as const, left: A.p.name, right: B.p.name, score: F.f.cosName }] : []),
    ...aligned('function', F.funcs, 0.3, 6, [false, true]),
    ...aligned('system', F.systems, 0.3, 3, [false, true]),
    ...aligned('sentence', F.sentences, 0.3, 3, [false, true]),
    ...explainLogReg(m.dup, x)
      .slice(0, 4)
      .map((c) => ({ kind: 'feature' as const, left: c.name, right: String(Math.round(F.f[c.name as keyof PairFeatures['f']] * 1000) / 1000), score: c.contrib })),
  ];
  return { a, b, label, pDup, pRel, evidence };
}
