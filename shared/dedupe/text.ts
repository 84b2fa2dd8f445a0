/**
 * Text primitives of the engine: character n-grams (no word segmenter — none installs offline
 * without an install script, and bigrams of normalised text already carry most of Chinese word
 * identity), sentence splitting, sparse vectors and an incremental IDF.
 */
import { normalizeText } from '../text/normalize';

export { normalizeText };

/** Character n-grams of a normalised string (bigrams by default); a string shorter than n is its own gram. */
export function ngrams(s: string, n = 2): string[] {
  const ch = [...s];
  if (ch.length < n) return ch.length ? [ch.join('')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= ch.length; i++) out.push(ch.slice(i, i + n).join(''));
  return out;
}

/** Sentences of a 建设内容 text (split on 。；;！？ and line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/[。；;！？!?\n]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Sparse vector: gram → weight. Treated as immutable once built (the norm is cached per object). */
export type Vec = Map<string, number>;

const NORMS = new WeakMap<Vec, number>();
export function norm(v: Vec): number {
  let n = NORMS.get(v);
  if (n === undefined) {
    let s = 0;
    for (const w of v.values()) s += w * w;
    n = Math.sqrt(s);
    NORMS.set(v, n);
  }
  return n;
}

export function cosine(a: Vec, b: Vec): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  for (const [g, w] of s) {
    const x = l.get(g);
    if (x) dot += w * x;
  }
  const d = norm(a) * norm(b);
  return d ? dot / d : 0;
}

/** Weighted containment: the share of a's weight whose grams are also in b (asymmetric on purpose). */
export function containment(a: Vec, b: Vec): number {
  let tot = 0;
  let hit = 0;
  for (const [g, w] of a) {
    tot += w;
    if (b.has(g)) hit += w;
  }
  return tot ? hit / tot : 0;
}

export function jaccardSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Element-wise sum of vectors (a later phase "inherits" its predecessors' text). */
export function sumVecs(vs: Iterable<Vec>): Vec {
  const out: Vec = new Map();
  for (const v of vs) for (const [g, w] of v) out.set(g, (out.get(g) ?? 0) + w);
  return out;
}

/**
 * Document frequencies learned from the corpus. idf = max(0, ln((N+1)/(df+1))): sharper than the
 * smoothed textbook form so that grams nearly every project has — 平台, 系统, 建设, 管理, 一期 —
 * weigh (almost) nothing, which is the "discount words every project uses" of the issue without a
 * hand-written stop list. Counts can be added and removed (projects change); vectors built earlier
 * keep the weights of their time until re-vectorised.
 */
export class Idf {
  private df = new Map<string, number>();
  private n = 0;
  add(grams: Iterable<string>): void {
    this.n++;
    for (const g of new Set(grams)) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }
  remove(grams: Iterable<string>): void {
    this.n = Math.max(0, this.n - 1);
    for (const g of new Set(grams)) {
      const d = (this.df.get(g) ?? 0) - 1;
      if (d > 0) this.df.set(g, d);
      else this.df.delete(g);
    }
  }
  idf(g: string): number {
    const d = this.df.get(g) ?? 0;
    return Math.max(0, Math.log((this.n + 1) / (d + 1)));
  }
  get size(): number {
    return this.n;
  }
  /** TF-IDF vector with sublinear tf; zero-weight grams are left out. */
  vec(grams: readonly string[]): Vec {
    const tf = new Map<string, number>();
    for (const g of grams) tf.set(g, (tf.get(g) ?? 0) + 1);
    const v: Vec = new Map();
    for (const [g, c] of tf) {
      const w = (1 + Math.log(c)) * this.idf(g);
      if (w > 0) v.set(g, w);
    }
    return v;
  }
}

/** Stable 32-bit FNV-1a hash of a string (fold assignment, tie-breaks): no Math.random anywhere. */
export function hashString(s: string): number {
  let h = 2166136261;
  for (const c of s) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Lexicographic comparison of two equal-length number tuples. */
export function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
