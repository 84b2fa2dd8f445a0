/**
 * The duplicate-construction engine's public API.
 *
 *   const engine = createEngine({ projects, resources, config?, model? });
 *   engine.checkProject(project)   → duplicate/upgrade/overlap partners with evidence + re-collected items
 *   engine.upsertProject(p) / removeProject(id) / upsertResource(r) / removeResource(code)
 *   engine.scan(onProgress?)       → every related pair city-wide, duplicate clusters, re-collections
 *   engine.canonicalItem(name)     → the element key of a data item (for the 多头采集 list)
 *   engine.itemsMatch(a, b)        → are two item names the same element?
 *
 * Pure TypeScript (no Node, no DOM): the console, the CLI and later the server run it in process; a
 * parallel scan splits `scanProjects` over workers outside shared/ (bench/dedupe-parallel.ts).
 *
 * Changes are cheap: a project upsert re-vectorises that project with the current IDF, updates the
 * inverted index, re-links its department's upgrade chains and drops the neighbour lists around it;
 * a resource change updates the directory index and clears the per-item re-collection memo. What is
 * approximated: other projects' vectors keep the IDF of when they were built and neighbour ranks may
 * be off by one for far-away projects; `refresh()` re-vectorises everything, and `scan()` calls it
 * when more than `refreshFraction` of the projects changed since the last refresh.
 */
import { clustersOf } from './cluster';
import { compileConfig, type CompiledConfig, type DedupeConfig } from './config';
import { ProjectCorpus } from './corpus';
import type { DedupeModel } from './model';
import { DEFAULT_MODEL } from './model-defaults';
import { PairScorer } from './pair-features';
import { classifyPair, labelPair, type PairDecision, type PairEvidence } from './pair-model';
import { RecollectionDetector, type RecollectionFinding } from './recollection';
import { SynonymMatcher, type MatchLayer } from './synonyms';
import type { PairLabel, Project, Resource } from './types';

export type { PairEvidence, RecollectionFinding };

export interface PairFinding {
  /** the other project's id */
  project: string;
  label: Exclude<PairLabel, 'distinct'>;
  /** P(duplicate) for duplicates, P(related) for overlaps and upgrades */
  score: number;
  /** left = the checked project's text, right = the other's */
  evidence: PairEvidence[];
}

export interface CheckResult {
  project: string;
  pairs: PairFinding[];
  recollections: RecollectionFinding[];
}

export interface ScanPair {
  a: string;
  b: string;
  label: Exclude<PairLabel, 'distinct'>;
  score: number;
}

export interface ScanPart {
  pairs: ScanPair[];
  recollections: RecollectionFinding[];
  /** pairs classified */
  classified: number;
}

export interface ScanResult extends ScanPart {
  /** connected components of the duplicate pairs, largest first */
  clusters: string[][];
}

export interface EngineOptions {
  /** candidate partners scored per project (top-k of the inverted index); default 30 */
  candidates?: number;
  /** up to this many projects candidates and neighbour ranks are exact; default 3000 */
  exhaustiveLimit?: number;
  /** neighbour-list length above exhaustiveLimit; default 50 */
  neighbourK?: number;
  /** scan() refreshes all vectors when more than this share of projects changed; default 0.05 */
  refreshFraction?: number;
}

export interface EngineInput {
  projects: readonly Project[];
  resources: readonly Resource[];
  config?: Partial<DedupeConfig>;
  model?: DedupeModel;
  options?: EngineOptions;
}

export type ScanProgress = (done: number, total: number) => void;

const SEVERITY: Record<PairLabel, number> = { duplicate: 0, overlap: 1, upgrade: 2, distinct: 3 };

export class DedupeEngine {
  readonly cfg: CompiledConfig;
  readonly synonyms: SynonymMatcher;
  readonly recollection: RecollectionDetector;
  readonly scorer: PairScorer;
  private _model: DedupeModel;
  private readonly k: number;
  private readonly refreshFraction: number;
  private changed = 0;

  constructor(input: EngineInput) {
    this.cfg = compileConfig(input.config);
    this._model = input.model ?? DEFAULT_MODEL;
    const opts = input.options ?? {};
    this.k = opts.candidates ?? 30;
    this.refreshFraction = opts.refreshFraction ?? 0.05;
    this.synonyms = new SynonymMatcher(this.cfg, this._model.synonyms);
    this.recollection = new RecollectionDetector(this.cfg, this.synonyms, this._model.recollection);
    for (const r of input.resources) this.recollection.upsertResource(r);
    for (const p of input.projects) this.synonyms.setRecord(`p:${p.id}`, p.dataItems);
    const corpus = new ProjectCorpus(this.cfg, input.projects.map((p) => p.department));
    this.scorer = new PairScorer(this.cfg, corpus, (code) => this.recollection.department(code), (name) => this.synonyms.keys.key(name), {
      exhaustiveLimit: opts.exhaustiveLimit,
      neighbourK: opts.neighbourK,
    });
    this.scorer.setUpgradeRule(this._model.pairs.upgrade);
    this.scorer.load(input.projects);
  }

  get model(): DedupeModel {
    return this._model;
  }

  /** Replaces the fitted model (fit.ts does this while fitting; the product when the bureau refits). */
  setModel(m: DedupeModel): void {
    this._model = m;
    this.synonyms.syn = m.synonyms;
    this.recollection.setModel(m.recollection);
    this.scorer.setUpgradeRule(m.pairs.upgrade);
  }

  get projectCount(): number {
    return this.scorer.size;
  }

  project(id: string): Project | undefined {
    return this.scorer.rep(id)?.p;
  }

  upsertProject(p: Project): void {
    this.synonyms.setRecord(`p:${p.id}`, p.dataItems);
    this.scorer.upsert(p);
    this.changed++;
  }

  removeProject(id: string): void {
    this.synonyms.removeRecord(`p:${id}`);
    this.scorer.remove(id);
    this.changed++;
  }

  upsertResource(r: Resource): void {
    this.recollection.upsertResource(r);
  }

  removeResource(code: string): void {
    this.recollection.removeResource(code);
  }

  /** Re-vectorises every project with the current corpus statistics (seconds at 10,000 projects). */
  refresh(): void {
    this.scorer.refresh();
    this.changed = 0;
  }

  /** The classifier's decision on one pair, with evidence (the bench scores every labelled pair with it). */
  classifyPair(a: string, b: string): PairDecision {
    return classifyPair(this.scorer, this._model.pairs, a, b);
  }

  /** The label and probabilities of a pair without evidence (what a scan computes). */
  labelPair(a: string, b: string): Omit<PairDecision, 'evidence'> {
    return labelPair(this.scorer, this._model.pairs, a, b);
  }

  /**
   * Checks one project: its candidate partners classified, related ones with evidence (duplicates
   * first, then overlaps, then upgrades, each by score), and its re-collected items. A project
   * object is upserted first (so a changed draft is checked as it stands now); an id is looked up.
   */
  checkProject(project: Project | string): CheckResult {
    let p: Project | undefined;
    if (typeof project === 'string') p = this.project(project);
    else {
      this.upsertProject(project);
      p = project;
    }
    if (!p) throw new Error(`unknown project ${String(project)}`);
    const pairs: PairFinding[] = [];
    for (const c of this.scorer.candidates(p.id, this.k)) {
      const d = this.classifyPair(p.id, c.id);
      if (d.label === 'distinct') continue;
      pairs.push({ project: c.id, label: d.label, score: d.label === 'duplicate' ? d.pDup : d.pRel, evidence: d.evidence });
    }
    pairs.sort((x, y) => SEVERITY[x.label] - SEVERITY[y.label] || y.score - x.score);
    return { project: p.id, pairs, recollections: this.recollection.detect(p) };
  }

  /** Prepares a scan: refreshes stale vectors, computes all neighbour lists. */
  prepareScan(): void {
    if (this.changed > this.refreshFraction * Math.max(1, this.scorer.size)) this.refresh();
    this.scorer.warmNeighbours();
  }

  /**
   * Scans the given projects: each one's candidate pairs classified once, related pairs kept, and
   * their re-collections. A parallel driver gives each worker part of the ids and merges the parts.
   */
  scanProjects(ids: Iterable<string>, onProgress?: ScanProgress, total?: number, opts: { recollections?: boolean } = {}): ScanPart {
    const list = [...ids];
    const done = new Set<string>();
    const pairs: ScanPair[] = [];
    const recollections: RecollectionFinding[] = [];
    let n = 0;
    for (const id of list) {
      const p = this.project(id);
      if (!p) continue;
      for (const c of this.scorer.candidates(id, this.k)) {
        const [a, b] = id < c.id ? [id, c.id] : [c.id, id];
        const key = `${a}\u0000${b}`;
        if (done.has(key)) continue;
        done.add(key);
        const d = this.labelPair(a, b); // evidence is built when a finding is opened (checkProject)
        if (d.label !== 'distinct') pairs.push({ a, b, label: d.label, score: d.label === 'duplicate' ? d.pDup : d.pRel });
      }
      if (opts.recollections !== false) recollections.push(...this.recollection.detect(p));
      n++;
      if (onProgress && (n % 100 === 0 || n === list.length)) onProgress(n, total ?? list.length);
    }
    return { pairs, recollections, classified: done.size };
  }

  /** City-wide scan of every project. */
  scan(onProgress?: ScanProgress): ScanResult {
    this.prepareScan();
    const ids = [...this.scorer.corpus.reps.keys()];
    const part = this.scanProjects(ids, onProgress);
    return { ...part, clusters: clustersOf(part.pairs.filter((x) => x.label === 'duplicate')) };
  }

  /** Synonym score of two item names and the layer that decided it. */
  itemMatch(a: string, b: string): { score: number; by: MatchLayer; same: boolean } {
    const m = this.synonyms.match(a, b);
    return { ...m, same: m.score >= this.synonyms.threshold };
  }

  itemsMatch(a: string, b: string): boolean {
    return this.synonyms.same(a, b);
  }

  /**
   * The canonical element key of a data-item name, for grouping the 多头采集 list: the dictionary
   * element's name when the name is a surface form of one (身份证号 → 公民身份号码); otherwise its
   * element key (element-key.ts: normalised, interchangeable morphemes unified, a trailing identifier
   * word as '#': 食品经营许可证号 and 食品经营许可证编号 → 食品经营许可证#). Deliberately not the
   * fitted synonym score: a grouping key must be transitive, and the score's near misses
   * (食品… / 药品…许可证编号) would chain different elements together.
   */
  canonicalItem(name: string): string {
    const el = this.synonyms.element(name);
    if (el) return el.name;
    // 许可证号 is 许可证 + 号, like 许可证编号 (the key's suffix list strips 证号 whole, which the fitted
    // synonym rules were tuned with; for a grouping key the document word must stay)
    const n = this.synonyms.nz(name);
    return this.synonyms.keys.key(/[证卡]号$/u.test(n) ? `${n.slice(0, -1)}编号` : n);
  }
}

export function createEngine(input: EngineInput): DedupeEngine {
  return new DedupeEngine(input);
}
