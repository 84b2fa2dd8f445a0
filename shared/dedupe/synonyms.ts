/**
 * Data-item synonymy: do two item names denote the same data element? Layers, in order:
 *  1. normalisation (NFKC full→half width, lower case, no punctuation/space): equal → same;
 *  2. configured non-synonyms → different (a bureau judgement such as 联系电话 / 手机号码);
 *     dictionary: both names are surface forms of elements → same iff the same element;
 *  3. co-occurrence veto: two names listed in one project's or resource's item list are different
 *     elements (a record does not list one element twice);
 *  4. a fitted rule score for the rest, over element keys (element-key.ts): equal keys, one key a
 *     subsequence of the other (qualifiers such as 统一, 全国, 凭证 inserted), bigram Dice, the same
 *     weighted by character rarity (食品/燃气 weigh more than 名称/编号), type and length compatibility.
 * The rule model and its threshold are fitted on labelled synonym groups (fit.ts) and ship as data.
 */
import type { CompiledConfig } from './config';
import { ElementKeys, bigramDice, isSubsequence } from './element-key';
import { predictLogReg, type LogRegModel } from './logreg';
import type { ElementDef } from './seed-elements';
import type { DataItem } from './types';
import { normalizeText } from './text';

export const SYN_FEATURES = ['eqKey', 'subseq', 'subseqAnchored', 'insRatio', 'dice', 'wDice', 'wIns', 'sameType', 'lenCompat', 'bothId'] as const;

/** A fitted synonym rule model and the score from which two names count as the same element. */
export interface SynonymModel {
  model: LogRegModel | null;
  threshold: number;
}

export type MatchLayer = 'equal' | 'nonSynonym' | 'dictionary' | 'cooccur' | 'rules' | 'none';

export class SynonymMatcher {
  readonly keys: ElementKeys;
  readonly elements = new Map<string, ElementDef>();
  /** normalised surface form → element name */
  private elementOf = new Map<string, string>();
  private nonSyn = new Set<string>();
  /** normalised name → numbers of the records (item lists) that list it */
  private recs = new Map<string, Set<number>>();
  private recNo = new Map<string, number>();
  private recNames = new Map<number, string[]>();
  private typeOf = new Map<string, { type: string; length: number }>();
  /** character document frequency over distinct item names (rare characters carry the meaning) */
  private charDf = new Map<string, number>();
  private seenNames = new Set<string>();
  private normMemo = new Map<string, string>();

  constructor(
    readonly cfg: CompiledConfig,
    public syn: SynonymModel,
  ) {
    this.keys = new ElementKeys(cfg);
    for (const e of cfg.raw.elements) {
      this.elements.set(e.name, e);
      for (const n of [e.name, ...e.synonyms]) {
        this.elementOf.set(normalizeText(n), e.name);
        this.noteName(normalizeText(n));
      }
    }
    for (const [a, b] of cfg.raw.nonSynonyms) this.nonSyn.add(pairKey(normalizeText(a), normalizeText(b)));
  }

  get threshold(): number {
    return this.syn.threshold;
  }

  private noteName(n: string): void {
    if (this.seenNames.has(n)) return;
    this.seenNames.add(n);
    for (const c of new Set(n)) this.charDf.set(c, (this.charDf.get(c) ?? 0) + 1);
  }

  /** Registers (or replaces) an item list: a project's or a resource's, under a unique record id. */
  setRecord(recordId: string, items: readonly DataItem[]): void {
    this.removeRecord(recordId);
    let no = this.recNo.get(recordId);
    if (no === undefined) this.recNo.set(recordId, (no = this.recNo.size));
    const names: string[] = [];
    for (const it of items) {
      const n = this.nz(it.name);
      this.noteName(n);
      if (!this.typeOf.has(n)) this.typeOf.set(n, { type: it.type, length: it.length });
      let s = this.recs.get(n);
      if (!s) this.recs.set(n, (s = new Set()));
      s.add(no);
      names.push(n);
    }
    this.recNames.set(no, names);
  }

  removeRecord(recordId: string): void {
    const no = this.recNo.get(recordId);
    if (no === undefined) return;
    for (const n of this.recNames.get(no) ?? []) this.recs.get(n)?.delete(no);
    this.recNames.delete(no);
  }

  /** Do two normalised names appear in one record? */
  cooccur(a: string, b: string): boolean {
    const x = this.recs.get(a);
    const y = this.recs.get(b);
    if (!x || !y) return false;
    const [s, l] = x.size < y.size ? [x, y] : [y, x];
    for (const r of s) if (l.has(r)) return true;
    return false;
  }

  nz(s: string): string {
    let n = this.normMemo.get(s);
    if (n === undefined) {
      n = normalizeText(s);
      if (this.normMemo.size < 500_000) this.normMemo.set(s, n);
    }
    return n;
  }

  /** The dictionary element a name is a surface form of, if any. */
  element(name: string): ElementDef | undefined {
    const e = this.elementOf.get(this.nz(name));
    return e ? this.elements.get(e) : undefined;
  }

  /** Rarity weight of a character among item names. */
  charWeight(c: string): number {
    return Math.log((this.seenNames.size + 1) / ((this.charDf.get(c) ?? 0) + 1)) + 0.1;
  }

  /** IDF-weighted character Dice, and the weighted share of characters present in only one key. */
  private weighted(a: string, b: string): [number, number] {
    const A = [...new Set(a)];
    const B = new Set(b);
    let inter = 0;
    let wa = 0;
    let wb = 0;
    for (const c of A) {
      const w = this.charWeight(c);
      wa += w;
      if (B.has(c)) inter += w;
    }
    for (const c of B) wb += this.charWeight(c);
    const dice = wa + wb ? (2 * inter) / (wa + wb) : 0;
    const ins = wa + wb ? (wa + wb - 2 * inter) / (wa + wb) : 1;
    return [dice, ins];
  }

  /** The rule features of a name pair (SYN_FEATURES order). */
  features(a: string, b: string, ta?: DataItem, tb?: DataItem): number[] {
    const ka = this.keys.key(a);
    const kb = this.keys.key(b);
    const [s, l] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
    const s0 = s.replace('#', '');
    const l0 = l.replace('#', '');
    const sub = isSubsequence(s0, l0) && s.endsWith('#') === l.endsWith('#');
    const anchored = sub && (l0.endsWith(s0) || l.startsWith(s0));
    const A = ta ?? this.typeOf.get(this.nz(a));
    const B = tb ?? this.typeOf.get(this.nz(b));
    const sameType = A && B ? (A.type === B.type ? 1 : 0) : 0.5;
    const lenCompat = A && B && A.length > 0 && B.length > 0 ? Math.min(A.length, B.length) / Math.max(A.length, B.length) : 0.5;
    const [wDice, wIns] = this.weighted(ka, kb);
    return [
      ka === kb ? 1 : 0,
      sub ? 1 : 0,
      anchored ? 1 : 0,
      sub ? (l.length - s.length) / l.length : 1,
      bigramDice(ka, kb),
      wDice,
      wIns,
      sameType,
      lenCompat,
      ka.endsWith('#') && kb.endsWith('#') ? 1 : 0,
    ];
  }

  /** Similarity in [0, 1] and the layer that decided it. */
  match(a: string, b: string, ta?: DataItem, tb?: DataItem): { score: number; by: MatchLayer } {
    const na = this.nz(a);
    const nb = this.nz(b);
    if (na === nb) return { score: 1, by: 'equal' };
    if (this.nonSyn.has(pairKey(na, nb))) return { score: 0, by: 'nonSynonym' };
    const ea = this.elementOf.get(na);
    const eb = this.elementOf.get(nb);
    if (ea && eb) return { score: ea === eb ? 1 : 0, by: 'dictionary' };
    if (this.cooccur(na, nb)) return { score: 0, by: 'cooccur' };
    const model = this.syn.model;
    if (!model) return { score: 0, by: 'none' };
    // a dictionary element against a free name: the best of the element's surface forms
    const forms = (n: string, e?: string) => (e ? [this.elements.get(e)!.name, ...this.elements.get(e)!.synonyms] : [n]);
    let best = 0;
    for (const x of forms(a, ea)) for (const y of forms(b, eb)) best = Math.max(best, predictLogReg(model, this.features(x, y, ta, tb)));
    return { score: best, by: 'rules' };
  }

  same(a: string, b: string, ta?: DataItem, tb?: DataItem): boolean {
    return this.match(a, b, ta, tb).score >= this.syn.threshold;
  }

  /** Weighted share of the characters of a's element key that b's key lacks (a more specific name). */
  extraShare(a: string, b: string): number {
    const ka = this.keys.key(a).replace('#', '');
    const kb = new Set(this.keys.key(b).replace('#', ''));
    let tot = 0;
    let extra = 0;
    for (const c of new Set(ka)) {
      const w = this.charWeight(c);
      tot += w;
      if (!kb.has(c)) extra += w;
    }
    return tot ? extra / tot : 0;
  }

  /** Surface forms of the element a name belongs to (the name alone when it is not in the dictionary). */
  surfaceForms(name: string): string[] {
    const e = this.element(name);
    return e ? [e.name, ...e.synonyms] : [name];
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
