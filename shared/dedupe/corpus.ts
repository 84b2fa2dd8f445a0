/**
 * The project corpus: cleaned text, an IDF learned from all projects, and per-project vectors for the
 * name, the 建设内容 and its sentences, the systems and their functions.
 *
 * Cleaning removes the city's name and the town/street names of town-level departments, because
 * "小榄镇…平台" and "三乡镇…平台" should meet on what they build, not differ on where. Function-concept
 * tokens (seed-concepts.ts) are added to the character bigrams so synonymous operations meet.
 *
 * Incremental: add/remove keep the document frequencies exact, but vectors built earlier keep the
 * weights of their time (one project moves an IDF by ~1/N); `refresh()` re-vectorises everything and
 * the engine calls it lazily (engine.ts).
 */
import type { CompiledConfig } from './config';
import { Idf, ngrams, normalizeText, sentences, type Vec } from './text';
import type { Project } from './types';

export interface TextUnit {
  text: string;
  v: Vec;
}

export interface FunctionUnit extends TextUnit {
  /** the system the function belongs to */
  sys: string;
}

export interface ProjectRep {
  p: Project;
  /** insertion order: the id-independent tie-break */
  ord: number;
  grams: string[];
  nameVec: Vec;
  descVec: Vec;
  sentVecs: TextUnit[];
  funcs: FunctionUnit[];
  sysVecs: TextUnit[];
  /** name + description + systems + functions */
  allVec: Vec;
  /** 1 = the name marks a later phase (二期, 升级 …), -1 = an explicit first phase, 0 = neither */
  phase: number;
}

const TOWN_CORE = /^(.+?)(?:镇人民政府|街道办事处|高技术产业开发区管理委员会|开发区管理委员会|管理委员会|镇|街道)$/u;

/** The city's names: the prefix up to 市 that most departments share (中山市 → 中山市, 中山). */
export function deriveCityNames(departments: Iterable<string>): string[] {
  const count = new Map<string, number>();
  let n = 0;
  for (const d of departments) {
    n++;
    const i = d.indexOf('市');
    if (i > 0 && i <= 4) count.set(d.slice(0, i + 1), (count.get(d.slice(0, i + 1)) ?? 0) + 1);
  }
  const top = [...count.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < n * 0.3) return [];
  return [top[0], top[0].slice(0, -1)].filter((s) => s.length >= 2);
}

/** The place name of a town-level department (小榄镇人民政府 → 小榄), if it is one. */
export function placeCore(department: string, cfg: CompiledConfig, cityNames: readonly string[]): string | null {
  if (!cfg.townDepartment.test(department)) return null;
  let d = department;
  for (const c of cityNames) if (d.startsWith(c)) d = d.slice(c.length);
  const m = TOWN_CORE.exec(d);
  const core = m?.[1]?.replace(/^市/u, '');
  return core && core.length >= 2 ? core : null;
}

export class ProjectCorpus {
  readonly idf = new Idf();
  readonly reps = new Map<string, ProjectRep>();
  private places: string[] = [];
  private cityNames: string[];
  private nextOrd = 0;
  private readonly concepts: string[][];

  constructor(
    private readonly cfg: CompiledConfig,
    departments: Iterable<string>,
  ) {
    const deps = [...departments];
    this.cityNames = cfg.raw.cityNames ?? deriveCityNames(deps);
    for (const d of deps) this.notePlace(d);
    this.concepts = cfg.raw.functionConcepts.map((set) => set.map((w) => normalizeText(w)).filter(Boolean));
  }

  isTown(department: string): boolean {
    return this.cfg.townDepartment.test(department);
  }

  private notePlace(department: string): void {
    const c = placeCore(department, this.cfg, this.cityNames);
    if (c && !this.places.includes(c)) {
      this.places.push(c);
      this.places.sort((a, b) => b.length - a.length); // longest first: 东升镇 before 东升
      this.placeRe = null;
    }
  }

  private placeRe: RegExp | null = null;

  /** Normalised text without the city's and towns' names. */
  clean(s: string): string {
    const t = normalizeText(s);
    if (!this.placeRe) {
      // city names first, then places longest first (as the alternation tries them in order)
      const names = [...this.cityNames, ...this.places].map((x) => normalizeText(x)).filter(Boolean);
      this.placeRe = names.length ? new RegExp(names.map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu') : /(?!)/u;
    }
    return t.replace(this.placeRe, '');
  }

  /** Tokens of a text: character bigrams plus the concept token of every concept set it mentions. */
  tokens(s: string): string[] {
    const c = this.clean(s);
    const out = ngrams(c, 2);
    this.concepts.forEach((set, i) => {
      for (const w of set)
        if (c.includes(w)) {
          out.push(`§${i}`);
          break;
        }
    });
    return out;
  }

  private allTokens(p: Project): string[] {
    return [p.name, p.description, ...p.systems.flatMap((s) => [s.name, ...s.functions])].flatMap((x) => this.tokens(x));
  }

  /** Adds or replaces a project (its document frequencies counted, its vectors built with the current IDF). */
  upsert(p: Project): ProjectRep {
    const old = this.reps.get(p.id);
    if (old) this.idf.remove(old.grams);
    this.notePlace(p.department);
    const grams = this.allTokens(p);
    this.idf.add(grams);
    const rep = this.vectorise(p, grams, old?.ord ?? this.nextOrd++);
    this.reps.set(p.id, rep);
    return rep;
  }

  /** Bulk load: all document frequencies counted first, then every project vectorised once. */
  load(projects: readonly Project[]): ProjectRep[] {
    const pending: { p: Project; grams: string[]; ord: number }[] = [];
    for (const p of projects) {
      const old = this.reps.get(p.id);
      if (old) this.idf.remove(old.grams);
      this.notePlace(p.department);
    }
    for (const p of projects) {
      const grams = this.allTokens(p);
      this.idf.add(grams);
      pending.push({ p, grams, ord: this.reps.get(p.id)?.ord ?? this.nextOrd++ });
    }
    return pending.map(({ p, grams, ord }) => {
      const rep = this.vectorise(p, grams, ord);
      this.reps.set(p.id, rep);
      return rep;
    });
  }

  remove(id: string): ProjectRep | undefined {
    const old = this.reps.get(id);
    if (!old) return undefined;
    this.idf.remove(old.grams);
    this.reps.delete(id);
    return old;
  }

  /** Re-vectorises every project with the current IDF. */
  refresh(): void {
    for (const [id, r] of this.reps) this.reps.set(id, this.vectorise(r.p, r.grams, r.ord));
  }

  private vectorise(p: Project, grams: string[], ord: number): ProjectRep {
    const v = (s: string) => this.idf.vec(this.tokens(s));
    return {
      p,
      ord,
      grams,
      nameVec: v(p.name),
      descVec: v(p.description),
      sentVecs: sentences(p.description).map((t) => ({ text: t, v: v(t) })),
      funcs: p.systems.flatMap((s) => s.functions.map((f) => ({ sys: s.name, text: f, v: v(f) }))),
      sysVecs: p.systems.map((s) => ({ text: s.name, v: v(s.name) })),
      allVec: this.idf.vec(grams),
      phase: this.cfg.laterPhase.test(p.name) ? 1 : this.cfg.firstPhase.test(p.name) ? -1 : 0,
    };
  }
}
