/**
 * Re-collection (重复采集): which of a project's data items another department already publishes, and
 * which directory resource to consume instead. Follows the dev README's rules, per item:
 *  1. MATCH the item to directory items (synonyms.ts: equal / dictionary / rule score ≥ matchThreshold;
 *     a rule match may not make the project's element more specific than the directory's:
 *     extraShare ≤ maxProjectExtra — 执法事项编码 is not 事项编码);
 *  2. OWNER department of the element: one holding an exact or dictionary match; then, with a
 *     dictionary ownerHint, the department with most resources under it (市场监管 for 基础库/法人);
 *     then library level 基础库 > 主题库 > 部门库; then holding it as a resource's key (first item)
 *     most often; then most occurrences;
 *  3. README rules: owner ≠ the project's department; the owner publishes it in a resource that is not
 *     不予共享; the project consumes no resource holding it (then it is a join key, good practice);
 *  4. AUTHORITATIVE: a dictionary element's kind decides (identifier/registry yes, generic no,
 *     dependent 性别/出生日期/民族 only with its `requires` re-collected too); otherwise a rule on
 *     the element's role in the directory (ruleScore);
 *  5. OWNER RESOURCE among the owner's shareable resources holding it (ownerResource).
 * Per-item work does not depend on the project and is memoised, so a city scan pays it once per
 * distinct item. A resource change forgets only the items it can affect: those that matched one of
 * its item names, and, for a name new to the directory, those sharing a bigram of its element key.
 * (Character rarities for the rule score are not recomputed: a tiny drift until the next build.)
 */
import type { CompiledConfig } from './config';
import { NamePool } from './name-pool';
import type { SynonymMatcher, MatchLayer } from './synonyms';
import { compareTuples, ngrams } from './text';
import type { DataItem, Project, Resource } from './types';

/** The two matching knobs fitted on labelled re-collection facts. */
export interface RecollectionModel {
  matchThreshold: number;
  maxProjectExtra: number;
}

export interface RecollectionEvidence {
  /** how the names matched */
  by: MatchLayer;
  matchScore: number;
  resourceName: string;
  category: string;
  shareType: string;
  /** position of the item in the resource (0 = the resource's key) */
  position: number;
  /** set for 性别/出生日期/民族: the identifier it was counted with */
  dependsOn?: string;
}

export interface RecollectionFinding {
  project: string;
  dataItem: string;
  resource: string;
  resourceDataItem: string;
  ownerDepartment: string;
  score: number;
  evidence: RecollectionEvidence;
}

export const AUTH_FEATURES = ['idLike', 'keyPos0', 'keyPos1', 'baseLib', 'themeLib', 'logDepts', 'singleDept', 'resultAttr', 'collectsKey', 'genericPat'] as const;

const catRank = (c: string) => (c.startsWith('基础库') ? 3 : c.startsWith('主题库') ? 2 : 1);

interface Held {
  r: Resource;
  /** insertion order of the resource: the id-independent tie-break */
  ord: number;
}
/** One directory item: built once per resource item and shared by every match (no copies). */
interface Occ extends Held {
  pos: number;
  item: DataItem;
  /** normalised item name */
  n: string;
}
interface Match {
  /** normalised directory name */
  n: string;
  by: MatchLayer;
  score: number;
}
interface Cand {
  item: DataItem;
  /** how the item matched each directory name */
  match: Map<string, Match>;
  ownerDept: string;
  x: number[];
  /** the dictionary's verdict when the item is a dictionary element */
  dict?: boolean;
  requires?: string;
  hint?: string;
}
interface AuthStatic {
  depts: number;
  minPos: number;
  base: number;
  theme: number;
  keyNames: Set<string>;
  shareable: boolean;
}

export class RecollectionDetector {
  private resources = new Map<string, Held>();
  private resByDept = new Map<string, Set<string>>();
  /** per item: the distinct resource codes of its owner department that hold it */
  private memoOwnerCodes = new Map<string, Set<string>>();
  private nextOrd = 0;
  /** normalised resource item name → how many directory items have it */
  private occCount = new Map<string, number>();
  /** the same occurrences per name and department (owner statistics without walking every occurrence) */
  private occByDept = new Map<string, Map<string, Occ[]>>();
  private groupStats = new WeakMap<Occ[], { cat: number; key: number }>();
  private pool: NamePool;
  // per-item memos (project-independent), keyed by memoKey(item)
  private memoMatch = new Map<string, Map<string, Match>>();
  private memoDept = new Map<string, string>();
  private memoBest = new Map<string, Occ[]>();
  private memoAuth = new Map<string, Map<string, AuthStatic>>();
  /** normalised directory name → memo keys of the items that matched it */
  private matchedBy = new Map<string, Set<string>>();
  /** element-key bigram → memo keys of the items having it (to find who may match a new name) */
  private memoGrams = new Map<string, Set<string>>();
  private deptHint = new Map<string, number>();

  constructor(
    private readonly cfg: CompiledConfig,
    readonly syn: SynonymMatcher,
    private model: RecollectionModel,
  ) {
    this.pool = new NamePool(syn);
  }

  setModel(m: RecollectionModel): void {
    this.model = m;
    this.clearMemo();
  }

  private clearMemo(): void {
    for (const m of [this.memoMatch, this.memoDept, this.memoBest, this.memoAuth, this.matchedBy, this.memoGrams, this.deptHint, this.memoOwnerCodes]) m.clear();
  }

  private forget(mk: string): void {
    this.memoMatch.delete(mk);
    this.memoDept.delete(mk);
    this.memoBest.delete(mk);
    this.memoAuth.delete(mk);
    this.memoOwnerCodes.delete(mk);
  }

  /** Forgets what a change of resource r (its items, department) can affect. */
  private invalidate(r: Resource): void {
    for (const k of [...this.deptHint.keys()]) if (k.startsWith(`${r.department}|`)) this.deptHint.delete(k);
    for (const item of r.dataItems) {
      const n = this.syn.nz(item.name);
      for (const mk of this.matchedBy.get(n) ?? []) this.forget(mk);
      this.matchedBy.delete(n);
      if (this.occCount.get(n)) continue;
      // a name new to the directory: whoever shares a bigram of its element key may match it now
      for (const g of ngrams(this.syn.keys.key(item.name).replace('#', ''), 2)) for (const mk of this.memoGrams.get(g) ?? []) this.forget(mk);
    }
  }

  upsertResource(r: Resource): void {
    const old = this.resources.get(r.code);
    if (old) this.invalidate(old.r);
    this.invalidate(r);
    if (old) this.dropOccurrences(old.r);
    const held: Held = { r, ord: old?.ord ?? this.nextOrd++ };
    this.resources.set(r.code, held);
    if (old) this.resByDept.get(old.r.department)?.delete(r.code);
    let ds = this.resByDept.get(r.department);
    if (!ds) this.resByDept.set(r.department, (ds = new Set()));
    ds.add(r.code);
    r.dataItems.forEach((item, pos) => {
      const n = this.syn.nz(item.name);
      const count = this.occCount.get(n);
      if (count === undefined) this.pool.add(item.name);
      this.occCount.set(n, (count ?? 0) + 1);
      const o: Occ = { ...held, pos, item, n };
      let byDept = this.occByDept.get(n);
      if (!byDept) this.occByDept.set(n, (byDept = new Map()));
      const g = byDept.get(r.department);
      if (g) {
        g.push(o);
        this.groupStats.delete(g);
      } else byDept.set(r.department, [o]);
    });
    this.syn.setRecord(`r:${r.code}`, r.dataItems);
  }

  removeResource(code: string): void {
    const old = this.resources.get(code);
    if (!old) return;
    this.invalidate(old.r);
    this.dropOccurrences(old.r);
    this.resources.delete(code);
    this.resByDept.get(old.r.department)?.delete(code);
    this.syn.removeRecord(`r:${code}`);
  }

  private dropOccurrences(r: Resource): void {
    for (const item of r.dataItems) {
      const n = this.syn.nz(item.name);
      this.occCount.set(n, Math.max(0, (this.occCount.get(n) ?? 0) - 1));
      const byDept = this.occByDept.get(n);
      const g = byDept?.get(r.department);
      if (byDept && g) {
        const rest = g.filter((o) => o.r.code !== r.code);
        if (rest.length) byDept.set(r.department, rest);
        else byDept.delete(r.department);
      }
    }
  }

  department(code: string): string | undefined {
    return this.resources.get(code)?.r.department;
  }

  resource(code: string): Resource | undefined {
    return this.resources.get(code)?.r;
  }

  private memoKey(item: DataItem): string {
    return `${item.name}|${item.type}|${item.length}`;
  }

  /** The directory names `item` matches (synonym-aware) and how, memoised. */
  private matches(item: DataItem): Map<string, Match> {
    const mk = this.memoKey(item);
    const hit = this.memoMatch.get(mk);
    if (hit) return hit;
    const out = new Map<string, Match>();
    for (const name of this.pool.candidates(item.name)) {
      const n = this.syn.nz(name);
      if (!this.occCount.get(n) || out.has(n)) continue;
      const m = this.syn.match(item.name, name, item.type ? item : undefined, undefined);
      if (m.score < this.model.matchThreshold) continue;
      if (m.by === 'rules' && this.syn.extraShare(item.name, name) > this.model.maxProjectExtra) continue;
      out.set(n, { n, by: m.by, score: m.score });
      let s = this.matchedBy.get(n);
      if (!s) this.matchedBy.set(n, (s = new Set()));
      s.add(mk);
    }
    this.memoMatch.set(mk, out);
    for (const f of this.syn.surfaceForms(item.name))
      for (const g of ngrams(this.syn.keys.key(f).replace('#', ''), 2)) {
        let s = this.memoGrams.get(g);
        if (!s) this.memoGrams.set(g, (s = new Set()));
        s.add(mk);
      }
    return out;
  }

  /** Does a resource satisfy an ownerHint (a category prefix such as 基础库/人口, or a department keyword such as 公安)? */
  static hintOk(r: Resource, hint?: string): boolean {
    return !!hint && (r.category.startsWith(hint) || r.department.includes(hint));
  }

  private countHint(d: string, hint: string): number {
    const k = `${d}|${hint}`;
    let n = this.deptHint.get(k);
    if (n === undefined) {
      n = 0;
      for (const code of this.resByDept.get(d) ?? []) if (RecollectionDetector.hintOk(this.resources.get(code)!.r, hint)) n++;
      this.deptHint.set(k, n);
    }
    return n;
  }

  /** The owner department of an element among the departments that publish it (rule 2 of the header). */
  ownerDept(match: Map<string, Match>, hint?: string): string {
    const by = new Map<string, { exact: number; cat: number; key: number; n: number }>();
    for (const m of match.values())
      for (const [dept, g] of this.occByDept.get(m.n) ?? []) {
        let st = by.get(dept);
        if (!st) by.set(dept, (st = { exact: 0, cat: 0, key: 0, n: 0 }));
        const gs = this.stats(g);
        if (m.score >= 0.999) st.exact = 1;
        st.cat = Math.max(st.cat, gs.cat);
        st.key += gs.key;
        st.n += g.length;
      }
    let best = '';
    let bk: number[] | null = null;
    for (const [d, st] of [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const k = [st.exact, hint ? this.countHint(d, hint) : 0, st.cat, st.key, st.n];
      if (!bk || compareTuples(k, bk) > 0) {
        best = d;
        bk = k;
      }
    }
    return best;
  }

  /** Does resource `code` hold one of the matched names? */
  private holds(code: string, match: Map<string, Match>): boolean {
    const r = this.resources.get(code)?.r;
    return !!r && r.dataItems.some((i) => match.has(this.syn.nz(i.name)));
  }

  /** Library level and key count of a (name, department) group of occurrences, cached. */
  private stats(g: Occ[]): { cat: number; key: number } {
    let st = this.groupStats.get(g);
    if (!st) {
      st = { cat: 0, key: 0 };
      for (const o of g) {
        st.cat = Math.max(st.cat, catRank(o.r.category));
        if (o.pos === 0) st.key++;
      }
      this.groupStats.set(g, st);
    }
    return st;
  }

  /** The occurrences of the matched names in one department. */
  private ownOccs(match: Map<string, Match>, dept: string): Occ[] {
    const out: Occ[] = [];
    for (const m of match.values()) for (const o of this.occByDept.get(m.n)?.get(dept) ?? []) out.push(o);
    return out;
  }

  private keyName(r: Resource): string {
    return this.syn.nz(r.dataItems[0]?.name ?? '');
  }

  private authStatic(item: DataItem, dept: string, match: Map<string, Match>): AuthStatic {
    const mk = this.memoKey(item);
    let byDept = this.memoAuth.get(mk);
    if (!byDept) this.memoAuth.set(mk, (byDept = new Map()));
    let a = byDept.get(dept);
    if (!a) {
      const depts = new Set<string>();
      for (const m of match.values()) for (const d of this.occByDept.get(m.n)?.keys() ?? []) depts.add(d);
      a = { depts: depts.size, minPos: Infinity, base: 0, theme: 0, keyNames: new Set(), shareable: false };
      for (const o of this.ownOccs(match, dept)) {
        a.minPos = Math.min(a.minPos, o.pos);
        if (o.r.category.startsWith('基础库')) a.base = 1;
        if (o.r.category.startsWith('主题库')) a.theme = 1;
        if (o.pos !== 0) a.keyNames.add(this.keyName(o.r));
        if (o.r.shareType !== '不予共享') a.shareable = true;
      }
      byDept.set(dept, a);
    }
    return a;
  }

  /** Features of the authoritative decision (AUTH_FEATURES order). */
  private authFeatures(item: DataItem, dept: string, match: Map<string, Match>, matched: Set<string>): number[] {
    const n = this.syn.nz(item.name);
    const a = this.authStatic(item, dept, match);
    let collectsKey = 0;
    for (const k of a.keyNames)
      if (matched.has(k)) {
        collectsKey = 1;
        break;
      }
    return [
      this.syn.keys.idLike(n) ? 1 : 0,
      a.minPos === 0 ? 1 : 0,
      a.minPos === 1 ? 1 : 0,
      a.base,
      a.theme,
      Math.log(a.depts),
      a.depts === 1 ? 1 : 0,
      this.cfg.resultAttribute.test(n) ? 1 : 0,
      collectsKey,
      this.cfg.generic.some((re) => re.test(n)) ? 1 : 0,
    ];
  }

  /** Normalised directory names matched by any of the project's items (for the key checks). */
  private matchedNames(p: Project): Set<string> {
    const s = new Set<string>();
    for (const i of p.dataItems) for (const n of this.matches(i).keys()) s.add(n);
    return s;
  }

  /** Items passing README rules 2–4, with owner, features and the dictionary's verdict. */
  private candidates(p: Project, matched: Set<string>): Cand[] {
    const out: Cand[] = [];
    for (const item of p.dataItems) {
      const el = this.syn.element(item.name);
      if (el?.kind === 'generic') continue;
      // outside the dictionary a generic-looking name is never accepted (ruleScore): skip the work
      if (!el && this.cfg.generic.some((re) => re.test(this.syn.nz(item.name)))) continue;
      const match = this.matches(item);
      if (!match.size) continue;
      const mk = this.memoKey(item);
      let dept = this.memoDept.get(mk);
      if (dept === undefined) this.memoDept.set(mk, (dept = this.ownerDept(match, el?.ownerHint)));
      if (dept === p.department) continue; // rule 2: the project's own department
      const a = this.authStatic(item, dept, match);
      if (!a.shareable) continue; // rule 3: only in 不予共享 resources
      if (p.consumes.some((c) => this.holds(c, match))) continue; // rule 4: obtained by sharing
      out.push({
        item,
        match,
        ownerDept: dept,
        x: this.authFeatures(item, dept, match, matched),
        dict: el ? true : undefined, // generic elements were skipped above
        requires: el?.kind === 'dependent' ? el.requires : undefined,
        hint: el?.ownerHint,
      });
    }
    return out;
  }

  /** The owner department's resource codes holding the element of `c` (memoised per item). */
  private ownerCodes(c: Cand): Set<string> {
    const mk = this.memoKey(c.item);
    let codes = this.memoOwnerCodes.get(mk);
    if (!codes) {
      codes = new Set<string>();
      for (const o of this.ownOccs(c.match, c.ownerDept)) codes.add(o.r.code);
      this.memoOwnerCodes.set(mk, codes);
    }
    return codes;
  }

  /** How many accepted items (of its department) a resource holds: computed only for the resources ranked. */
  private coverOf(accepted: readonly Cand[]): (code: string) => number {
    const sets = accepted.map((a) => this.ownerCodes(a));
    const memo = new Map<string, number>();
    return (code) => {
      let n = memo.get(code);
      if (n === undefined) {
        n = 0;
        for (const s of sets) if (s.has(code)) n++;
        memo.set(code, n);
      }
      return n;
    };
  }

  /**
   * The resource to consume instead, among the owner's shareable resources holding the element:
   * first by match score, ownerHint, the element being the resource's key, library level (memoised
   * per item); then, project-dependent, a resource already chosen for another item of this project
   * (attributes follow their identifier: 户籍地址 goes where 身份证号 went), the resource's key being
   * collected too, how many accepted items it covers, earlier position, earlier resource.
   */
  private ownerResource(c: Cand, cover: (code: string) => number, chosen: Map<string, number>, matched: Set<string>): Occ {
    const mk = this.memoKey(c.item);
    let opts = this.memoBest.get(mk);
    if (!opts) {
      const stat = (o: Occ) => [Math.round(c.match.get(o.n)!.score * 20), RecollectionDetector.hintOk(o.r, c.hint) ? 1 : 0, o.pos === 0 ? 1 : 0, catRank(o.r.category)];
      let top: number[] | null = null;
      opts = [];
      for (const o of this.ownOccs(c.match, c.ownerDept)) {
        if (o.r.shareType === '不予共享') continue;
        const k = stat(o);
        const d = top ? compareTuples(k, top) : 1;
        if (d > 0) {
          top = k;
          opts = [o];
        } else if (d === 0) opts.push(o);
      }
      this.memoBest.set(mk, opts);
    }
    const key = (o: Occ) => [chosen.get(o.r.code) ?? 0, matched.has(this.keyName(o.r)) ? 1 : 0, cover(o.r.code), -o.pos, -o.ord];
    let best = opts[0]!;
    let bk = key(best);
    for (let i = 1; i < opts.length; i++) {
      const k = key(opts[i]!);
      if (compareTuples(k, bk) > 0) {
        best = opts[i]!;
        bk = k;
      }
    }
    return best;
  }

  private finding(p: Project, c: Cand, o: Occ, dependsOn?: string): RecollectionFinding {
    const m = c.match.get(o.n)!;
    return {
      project: p.id,
      dataItem: c.item.name,
      resource: o.r.code,
      resourceDataItem: o.item.name,
      ownerDepartment: c.ownerDept,
      score: m.score,
      evidence: { by: m.by, matchScore: m.score, resourceName: o.r.name, category: o.r.category, shareType: o.r.shareType, position: o.pos, ...(dependsOn ? { dependsOn } : {}) },
    };
  }

  /** The re-collection findings of one project. */
  detect(p: Project): RecollectionFinding[] {
    const matched = this.matchedNames(p);
    const cands = this.candidates(p, matched);
    const accepted = cands.filter((c) => !c.requires && (c.dict !== undefined ? c.dict : ruleScore(c.x) >= 0.5));
    // identifiers (some resource's key) pick their resource first; attributes then follow them
    const order = [...accepted].sort((a, b) => b.x[1]! - a.x[1]!);
    const chosen = new Map<string, number>();
    const cover = this.coverOf(accepted);
    const out: RecollectionFinding[] = [];
    for (const c of order) {
      const o = this.ownerResource(c, cover, chosen, matched);
      chosen.set(o.r.code, (chosen.get(o.r.code) ?? 0) + 1);
      out.push(this.finding(p, c, o));
    }
    // dependent attributes (性别/出生日期/民族) only with their identifier re-collected, pointed at its resource
    for (const c of cands) {
      if (!c.requires) continue;
      const req = out.find((f) => this.syn.element(f.dataItem)?.name === c.requires);
      if (!req) continue;
      const held = this.resources.get(req.resource)?.r.department;
      const o = (held === undefined ? undefined : this.ownOccs(c.match, held).find((x) => x.r.code === req.resource)) ?? this.ownerResource(c, cover, chosen, matched);
      out.push(this.finding(p, c, o, req.dataItem));
    }
    return out;
  }
}

/**
 * The authoritative decision for names outside the dictionary (a hand rule; a logistic model over the
 * same features did no better out of fold in the prototype): generic patterns never; an identifier-
 * like name that is a resource's key (or right after it); a "result" attribute (等级, 状态 …) held by
 * one department whose record key the project also collects.
 */
export function ruleScore(x: readonly number[]): number {
  const [idLike, keyPos0, keyPos1, , , , singleDept, resultAttr, collectsKey, genericPat] = x;
  if (genericPat) return 0;
  if (idLike && (keyPos0 || keyPos1)) return 1;
  if (resultAttr && singleDept && collectsKey) return 1;
  return 0;
}
