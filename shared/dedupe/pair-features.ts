/**
 * Features of a project pair, for duplicate / upgrade / overlap / distinct. All similarities are
 * TF-IDF cosines over character bigrams (+ concept tokens) of cleaned text (corpus.ts), so words every
 * project uses weigh ~0. The labels are about systems and functions, not shared data fields, so the
 * feature set leans on function and system alignment; data-item overlap is one feature among many.
 *
 * Neighbour ranks ("is B among A's closest projects?") make a similarity relative to how crowded A's
 * neighbourhood is. They are exact below `exhaustiveLimit` projects and the index's top-K above it;
 * lists are cached and, on a change, dropped for the changed project and its top-K neighbours only
 * (others may be off by one rank until the next refresh).
 */
import type { CompiledConfig } from './config';
import type { ProjectCorpus, ProjectRep, TextUnit } from './corpus';
import { GramIndex } from './gram-index';
import { combineVecs, containment, cosine, makeVec, Vocab, type Vec } from './text';
import type { Project } from './types';

export interface Alignment {
  score: number;
  pairs: { a: string; b: string; s: number }[];
}

/** Best-match alignment of units of a onto b: mean over a of the best cosine in b, with the matches. */
export function align(a: readonly TextUnit[], b: readonly TextUnit[]): Alignment {
  if (!a.length || !b.length) return { score: 0, pairs: [] };
  let s = 0;
  const pairs: Alignment['pairs'] = [];
  for (const x of a) {
    let m = 0;
    let arg = '';
    for (const y of b) {
      const c = cosine(x.v, y.v);
      if (c > m) {
        m = c;
        arg = y.text;
      }
    }
    s += m;
    pairs.push({ a: x.text, b: arg, s: m });
  }
  return { score: s / a.length, pairs };
}

export const PAIR_FEATURES = [
  'cosAll', 'cosDesc', 'cosName', 'funcMax', 'funcMin', 'sysMax', 'sentMax', 'sentMin',
  'rankInvBest', 'rankInvWorst', 'sameDept', 'oneTown', 'bothTown', 'phaseLater', 'consumesOther',
  'itemCos', 'itemCovMax', 'fInDocMax', 'fInDocMin', 'sysInDocMax', 'inhAll', 'inhFInDoc', 'reuseMention',
  'sysCovMax', 'sysCovMin', 'funcCovMax', 'funcCovMin',
] as const;

/**
 * How much of one whole system of X the other project Y provides: per system of X, the mean over its
 * functions of the best function match in Y (functions and text); the best system. A duplicate
 * rebuilds a whole system the other has; an overlap shares a function or two.
 */
function systemCoverage(X: ProjectRep, Y: ProjectRep): number {
  const bySys = new Map<string, number[]>();
  for (const f of X.funcs) {
    let m = containment(f.v, Y.allVec) * 0.5;
    for (const g of Y.funcs) m = Math.max(m, cosine(f.v, g.v));
    const l = bySys.get(f.sys);
    if (l) l.push(m);
    else bySys.set(f.sys, [m]);
  }
  let best = 0;
  for (const l of bySys.values()) best = Math.max(best, l.reduce((a, b) => a + b, 0) / l.length);
  return best;
}

/** Share of X's functions with a match of cosine ≥ 0.3 among Y's functions. */
function functionCoverage(al: Alignment): number {
  return al.pairs.length ? al.pairs.filter((p) => p.s >= 0.3).length / al.pairs.length : 0;
}
export type PairFeatureName = (typeof PAIR_FEATURES)[number];
// Tried on the dev set and not in DEFAULT_PAIR_FEATURES because they did not help out of fold:
// sysCov*/funcCov* (whole-system and function coverage), a concept-only profile cosine, a cosine
// without the 建设内容 prose, and a richer function thesaurus (see the bench README section).

/** Same department, the later project names a later phase, name and whole-text cosines ≥ these minima. */
export interface UpgradeRule {
  minName: number;
  minAll: number;
}

export interface PairFeatures {
  a: string;
  b: string;
  f: Record<PairFeatureName, number>;
  /** function alignments a→b and b→a (evidence) */
  funcs: [Alignment, Alignment];
  /** system-name and sentence alignments (evidence; empty when not computed) */
  systems: [Alignment, Alignment];
  sentences: [Alignment, Alignment];
}

export interface PairScorerOptions {
  /** up to this many projects, neighbour lists and candidates are exact (all pairs scored) */
  exhaustiveLimit?: number;
  /** neighbour-list length above exhaustiveLimit */
  neighbourK?: number;
}

export class PairScorer {
  readonly index = new GramIndex();
  private byDept = new Map<string, Set<string>>();
  private neighbours = new Map<string, number[]>();
  /** earlier phase of each later-phase project (upgrade rule) */
  readonly predecessor = new Map<string, string>();
  private predCos = new Map<string, number>();
  private inhVec = new Map<string, Vec>();
  private inhFuncs = new Map<string, TextUnit[]>();
  private itemKeys = new Map<string, string[]>();
  private itemDf = new Map<string, number>();
  private itemVecs = new Map<string, Vec>();
  private itemVocab = new Vocab();
  private rule: UpgradeRule = { minName: 0.14, minAll: 0.12 };
  readonly exhaustiveLimit: number;
  readonly neighbourK: number;

  constructor(
    private readonly cfg: CompiledConfig,
    readonly corpus: ProjectCorpus,
    private readonly resourceDept: (code: string) => string | undefined,
    private readonly itemKey: (name: string) => string,
    opts: PairScorerOptions = {},
  ) {
    this.exhaustiveLimit = opts.exhaustiveLimit ?? 3000;
    this.neighbourK = opts.neighbourK ?? 50;
  }

  get size(): number {
    return this.corpus.reps.size;
  }

  rep(id: string): ProjectRep | undefined {
    return this.corpus.reps.get(id);
  }

  /** Bulk load: every project added, then the upgrade chains linked once. */
  load(projects: readonly Project[]): void {
    for (const p of projects) {
      const old = this.corpus.reps.get(p.id);
      if (old) this.byDept.get(old.p.department)?.delete(p.id);
    }
    for (const rep of this.corpus.load(projects)) {
      const p = rep.p;
      this.index.add(p.id, rep.allVec);
      let s = this.byDept.get(p.department);
      if (!s) this.byDept.set(p.department, (s = new Set()));
      s.add(p.id);
      this.setItems(p.id, [...new Set(p.dataItems.map((i) => this.itemKey(i.name)))]);
    }
    this.neighbours.clear();
    for (const d of this.byDept.keys()) this.relink(d);
  }

  /** Adds or replaces one project and re-links its department's upgrade chains. */
  upsert(p: Project): void {
    const old = this.corpus.reps.get(p.id);
    this.dropNeighbours(p.id);
    this.addOne(p);
    this.dropNeighbours(p.id);
    if (old && old.p.department !== p.department) this.relinkAround(p.id, old.p.department, true);
    this.relinkAround(p.id, p.department);
  }

  remove(id: string): void {
    const old = this.corpus.reps.get(id);
    if (!old) return;
    this.dropNeighbours(id);
    this.corpus.remove(id);
    this.index.remove(id);
    this.byDept.get(old.p.department)?.delete(id);
    this.setItems(id, []);
    this.inhVec.delete(id);
    this.inhFuncs.delete(id);
    this.predecessor.delete(id);
    this.predCos.delete(id);
    this.relinkAround(id, old.p.department, true);
  }

  /** Re-vectorises all projects with the current IDF and rebuilds what depends on the vectors. */
  refresh(): void {
    this.corpus.refresh();
    for (const r of this.corpus.reps.values()) this.index.add(r.p.id, r.allVec);
    this.neighbours.clear();
    this.itemVecs.clear();
    for (const d of this.byDept.keys()) this.relink(d);
  }

  private addOne(p: Project): void {
    const old = this.corpus.reps.get(p.id);
    if (old) this.byDept.get(old.p.department)?.delete(p.id);
    const rep = this.corpus.upsert(p);
    this.index.add(p.id, rep.allVec);
    let s = this.byDept.get(p.department);
    if (!s) this.byDept.set(p.department, (s = new Set()));
    s.add(p.id);
    this.setItems(p.id, [...new Set(p.dataItems.map((i) => this.itemKey(i.name)))]);
  }

  private setItems(id: string, keys: string[]): void {
    for (const k of this.itemKeys.get(id) ?? []) {
      const d = (this.itemDf.get(k) ?? 1) - 1;
      if (d > 0) this.itemDf.set(k, d);
      else this.itemDf.delete(k);
    }
    if (keys.length || this.corpus.reps.has(id)) this.itemKeys.set(id, keys);
    else this.itemKeys.delete(id);
    for (const k of keys) this.itemDf.set(k, (this.itemDf.get(k) ?? 0) + 1);
    this.itemVecs.delete(id);
  }

  /** IDF-weighted vector of a project's element keys (built lazily with the current frequencies). */
  private itemVec(id: string): Vec {
    let v = this.itemVecs.get(id);
    if (!v) {
      const n = this.corpus.reps.size;
      const m = new Map<number, number>();
      for (const k of this.itemKeys.get(id) ?? []) {
        const w = Math.log(n / (this.itemDf.get(k) ?? 1));
        if (w > 0) m.set(this.itemVocab.id(k), w);
      }
      this.itemVecs.set(id, (v = makeVec(m)));
    }
    return v;
  }

  /** (earlier, later) by year; in one year the one naming a later phase is later; then insertion order. */
  static order(A: ProjectRep, B: ProjectRep): [ProjectRep, ProjectRep] {
    if (A.p.year !== B.p.year) return A.p.year < B.p.year ? [A, B] : [B, A];
    if (A.phase !== B.phase) return A.phase < B.phase ? [A, B] : [B, A];
    return A.ord < B.ord ? [A, B] : [B, A];
  }

  /** Is the pair a legitimate later phase of the same department's own system? */
  isUpgrade(aId: string, bId: string, rule: UpgradeRule = this.rule): boolean {
    const A = this.corpus.reps.get(aId);
    const B = this.corpus.reps.get(bId);
    if (!A || !B || A.p.department !== B.p.department) return false;
    const [, late] = PairScorer.order(A, B);
    return late.phase === 1 && cosine(A.nameVec, B.nameVec) >= rule.minName && cosine(A.allVec, B.allVec) >= rule.minAll;
  }

  get upgradeRule(): UpgradeRule {
    return this.rule;
  }

  setUpgradeRule(rule: UpgradeRule): void {
    this.rule = rule;
    for (const d of this.byDept.keys()) this.relink(d);
  }

  /**
   * Links each later phase of a department to its predecessor (the most similar earlier project
   * passing the upgrade rule) and builds the inherited representation: a later phase "keeps what
   * exists", so what duplicates the predecessor also duplicates it.
   */
  private relink(dept: string): void {
    const reps = this.deptReps(dept);
    for (const b of reps) this.findPredecessor(b, reps);
    for (const r of reps) this.inherit(r);
  }

  private deptReps(dept: string): ProjectRep[] {
    return [...(this.byDept.get(dept) ?? [])].map((id) => this.corpus.reps.get(id)!);
  }

  private findPredecessor(b: ProjectRep, reps: readonly ProjectRep[]): void {
    this.predecessor.delete(b.p.id);
    this.predCos.delete(b.p.id);
    if (b.phase !== 1) return; // only a project naming a later phase has a predecessor
    let best: ProjectRep | null = null;
    let bs = -1;
    for (const a of reps) {
      if (a === b || PairScorer.order(a, b)[1] !== b || !this.isUpgrade(a.p.id, b.p.id)) continue;
      const s = cosine(a.allVec, b.allVec);
      if (s > bs) {
        bs = s;
        best = a;
      }
    }
    if (best) {
      this.predecessor.set(b.p.id, best.p.id);
      this.predCos.set(b.p.id, bs);
    }
  }

  private inherit(r: ProjectRep): void {
    const chain: ProjectRep[] = [r];
    let cur = r.p.id;
    while (this.predecessor.has(cur) && chain.length < 5) {
      cur = this.predecessor.get(cur)!;
      chain.push(this.corpus.reps.get(cur)!);
    }
    this.inhVec.set(r.p.id, chain.length === 1 ? r.allVec : combineVecs(chain.map((c) => c.allVec), 'sum'));
    this.inhFuncs.set(r.p.id, chain.flatMap((c) => c.funcs));
  }

  /**
   * After one project of a department changed (or left, `removed`): its own predecessor, the later
   * phases that had it as predecessor or may now prefer it, and the inherited representations of
   * every chain through them — O(department) work instead of O(department²).
   */
  private relinkAround(id: string, dept: string, removed = false): void {
    const reps = this.deptReps(dept);
    const p = this.corpus.reps.get(id);
    const changed = new Set<string>([id]);
    if (p && !removed) this.findPredecessor(p, reps);
    for (const b of reps) {
      if (b.p.id === id || b.phase !== 1) continue;
      if (this.predecessor.get(b.p.id) === id) {
        this.findPredecessor(b, reps);
        changed.add(b.p.id);
      } else if (p && !removed && PairScorer.order(p, b)[1] === b && this.isUpgrade(id, b.p.id)) {
        const s = cosine(p.allVec, b.allVec);
        if (s > (this.predCos.get(b.p.id) ?? -1)) {
          this.predecessor.set(b.p.id, id);
          this.predCos.set(b.p.id, s);
          changed.add(b.p.id);
        }
      }
    }
    for (const r of reps) {
      let cur: string | undefined = r.p.id;
      for (let n = 0; cur !== undefined && n < 5; n++, cur = this.predecessor.get(cur))
        if (changed.has(cur)) {
          this.inherit(r);
          break;
        }
    }
  }

  /** Top-k candidate partners of a project: exact below exhaustiveLimit, else the inverted index. */
  candidates(id: string, k: number): { id: string; s: number }[] {
    const rep = this.corpus.reps.get(id);
    if (!rep) return [];
    if (this.size <= this.exhaustiveLimit) {
      const out: { id: string; s: number }[] = [];
      for (const r of this.corpus.reps.values()) if (r !== rep) out.push({ id: r.p.id, s: cosine(rep.allVec, r.allVec) });
      return out.sort((a, b) => b.s - a.s).slice(0, k);
    }
    const out = this.index.query(rep.allVec, k, id);
    // a later phase also looks for what duplicates its predecessor
    const pred = this.predecessor.get(id);
    if (pred) {
      const seen = new Set(out.map((o) => o.id));
      for (const c of this.index.query(this.corpus.reps.get(pred)!.allVec, k, id)) if (!seen.has(c.id)) out.push(c);
    }
    return out;
  }

  private dropNeighbours(id: string): void {
    if (!this.corpus.reps.has(id)) return;
    this.neighbours.delete(id);
    for (const c of this.candidates(id, Math.min(this.neighbourK, 50))) this.neighbours.delete(c.id);
  }

  /** Precomputes every neighbour list (a city scan needs them all). */
  warmNeighbours(): void {
    for (const r of this.corpus.reps.values()) this.rank(r, 1);
  }

  /** Exports / imports neighbour lists, so parallel workers can split the work of computing them. */
  neighbourLists(ids: Iterable<string>): [string, number[]][] {
    const out: [string, number[]][] = [];
    for (const id of ids) {
      const r = this.corpus.reps.get(id);
      if (!r) continue;
      this.rank(r, 1);
      out.push([id, this.neighbours.get(id)!]);
    }
    return out;
  }
  setNeighbourLists(lists: Iterable<[string, number[]]>): void {
    for (const [id, l] of lists) this.neighbours.set(id, l);
  }

  /** 1 + how many of a's neighbours are closer to a than similarity s. */
  private rank(a: ProjectRep, s: number): number {
    let arr = this.neighbours.get(a.p.id);
    if (!arr) {
      if (this.size <= this.exhaustiveLimit) {
        arr = [];
        for (const r of this.corpus.reps.values()) if (r !== a) arr.push(cosine(a.allVec, r.allVec));
        arr.sort((x, y) => y - x);
      } else arr = this.index.query(a.allVec, this.neighbourK, a.p.id).map((c) => c.s);
      this.neighbours.set(a.p.id, arr);
    }
    let r = 1;
    for (const v of arr) {
      if (v > s + 1e-12) r++;
      else break;
    }
    return r;
  }

  /** Mean over units of the weighted share of each unit's grams found in v. */
  private inDoc(units: readonly TextUnit[], v: Vec): number {
    if (!units.length) return 0;
    let s = 0;
    for (const u of units) s += containment(u.v, v);
    return s / units.length;
  }

  /** How strongly a reuse sentence of X (调用, 依托 …) names Y's platform or systems. */
  private reuse(X: ProjectRep, Y: ProjectRep): number {
    let m = 0;
    const yv = combineVecs([Y.nameVec, ...Y.sysVecs.map((s) => s.v)], 'max');
    for (const s of X.sentVecs) if (this.cfg.reuse.test(s.text)) m = Math.max(m, containment(yv, s.v), cosine(s.v, yv));
    return m;
  }

  /** Does X consume (共享调用) a resource of Y's department? Then X reuses Y's platform. */
  private consumes(X: ProjectRep, Y: ProjectRep): boolean {
    return X.p.consumes.some((c) => this.resourceDept(c) === Y.p.department);
  }

  /**
   * Features of a pair. `want` limits the work to the features a fitted model uses (others stay 0);
   * function alignments are always computed, they are the evidence.
   */
  features(aId: string, bId: string, want?: ReadonlySet<string>): PairFeatures {
    const A = this.corpus.reps.get(aId)!;
    const B = this.corpus.reps.get(bId)!;
    const w = (k: PairFeatureName) => !want || want.has(k);
    const cosAll = cosine(A.allVec, B.allVec);
    const fa = align(A.funcs, B.funcs);
    const fb = align(B.funcs, A.funcs);
    const none: Alignment = { score: 0, pairs: [] };
    const wantSys = w('sysMax');
    const sa = wantSys ? align(A.sysVecs, B.sysVecs) : none;
    const sb = wantSys ? align(B.sysVecs, A.sysVecs) : none;
    const wantSent = w('sentMax') || w('sentMin');
    const ta = wantSent ? align(A.sentVecs, B.sentVecs) : none;
    const tb = wantSent ? align(B.sentVecs, A.sentVecs) : none;
    const wantRank = w('rankInvBest') || w('rankInvWorst');
    const rAB = wantRank ? this.rank(A, cosAll) : 1;
    const rBA = wantRank ? this.rank(B, cosAll) : 1;
    const sameDept = A.p.department === B.p.department ? 1 : 0;
    const townA = this.corpus.isTown(A.p.department);
    const townB = this.corpus.isTown(B.p.department);
    const [, late] = PairScorer.order(A, B);
    const iA = w('itemCos') || w('itemCovMax') ? this.itemVec(aId) : null;
    const iB = iA ? this.itemVec(bId) : null;
    const inhA = this.inhVec.get(aId) ?? A.allVec;
    const inhB = this.inhVec.get(bId) ?? B.allVec;
    const f: Record<PairFeatureName, number> = {
      cosAll,
      cosDesc: w('cosDesc') ? cosine(A.descVec, B.descVec) : 0,
      cosName: w('cosName') ? cosine(A.nameVec, B.nameVec) : 0,
      funcMax: Math.max(fa.score, fb.score),
      funcMin: Math.min(fa.score, fb.score),
      sysMax: Math.max(sa.score, sb.score),
      sentMax: Math.max(ta.score, tb.score),
      sentMin: Math.min(ta.score, tb.score),
      rankInvBest: 1 / Math.min(rAB, rBA),
      rankInvWorst: 1 / Math.max(rAB, rBA),
      sameDept,
      oneTown: townA !== townB ? 1 : 0,
      bothTown: townA && townB ? 1 : 0,
      phaseLater: sameDept && late.phase === 1 ? 1 : 0,
      consumesOther: this.consumes(A, B) || this.consumes(B, A) ? 1 : 0,
      itemCos: iA && iB ? cosine(iA, iB) : 0,
      itemCovMax: iA && iB && w('itemCovMax') ? Math.max(containment(iA, iB), containment(iB, iA)) : 0,
      fInDocMax: w('fInDocMax') ? Math.max(this.inDoc(A.funcs, B.allVec), this.inDoc(B.funcs, A.allVec)) : 0,
      fInDocMin: w('fInDocMin') ? Math.min(this.inDoc(A.funcs, B.allVec), this.inDoc(B.funcs, A.allVec)) : 0,
      sysInDocMax: w('sysInDocMax') ? Math.max(this.inDoc(A.sysVecs, B.allVec), this.inDoc(B.sysVecs, A.allVec)) : 0,
      inhAll: w('inhAll') ? Math.max(cosine(inhA, B.allVec), cosine(A.allVec, inhB), cosAll) : 0,
      inhFInDoc: w('inhFInDoc')
        ? Math.max(
            this.inDoc(this.inhFuncs.get(aId) ?? A.funcs, B.allVec),
            this.inDoc(this.inhFuncs.get(bId) ?? B.funcs, A.allVec),
            this.inDoc(B.funcs, inhA),
            this.inDoc(A.funcs, inhB),
          )
        : 0,
      reuseMention: w('reuseMention') ? Math.max(this.reuse(A, B), this.reuse(B, A)) : 0,
      sysCovMax: w('sysCovMax') ? Math.max(systemCoverage(A, B), systemCoverage(B, A)) : 0,
      sysCovMin: w('sysCovMin') ? Math.min(systemCoverage(A, B), systemCoverage(B, A)) : 0,
      funcCovMax: w('funcCovMax') ? Math.max(functionCoverage(fa), functionCoverage(fb)) : 0,
      funcCovMin: w('funcCovMin') ? Math.min(functionCoverage(fa), functionCoverage(fb)) : 0,
    };
    return { a: aId, b: bId, f, funcs: [fa, fb], systems: [sa, sb], sentences: [ta, tb] };
  }
}
