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

/**
 * Interns strings (grams, concept tokens, element keys) as small integers, so that vectors are
 * sorted typed arrays: a cosine is a merge of two arrays instead of hash lookups, and a vector costs
 * 12 bytes an entry instead of a Map entry's ~80 (10,000 projects × a dozen vectors each).
 */
export class Vocab {
  private ids = new Map<string, number>();
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) this.ids.set(s, (i = this.ids.size));
    return i;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Sparse vector: interned ids in ascending order with their weights; norm and weight sum precomputed. Immutable. */
export interface Vec {
  readonly ids: Int32Array;
  readonly w: Float64Array;
  readonly norm: number;
  readonly sum: number;
}

export const EMPTY_VEC: Vec = { ids: new Int32Array(0), w: new Float64Array(0), norm: 0, sum: 0 };

/** A vector from id → weight entries (zero weights dropped). */
export function makeVec(entries: Map<number, number>): Vec {
  const keys = [...entries.keys()].filter((k) => entries.get(k)! !== 0).sort((a, b) => a - b);
  const ids = Int32Array.from(keys);
  const w = Float64Array.from(keys, (k) => entries.get(k)!);
  let n = 0;
  let s = 0;
  for (const x of w) {
    n += x * x;
    s += x;
  }
  return { ids, w, norm: Math.sqrt(n), sum: s };
}

export function cosine(a: Vec, b: Vec): number {
  const d = a.norm * b.norm;
  if (!d) return 0;
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / d;
}

/** Weighted containment: the share of a's weight whose grams are also in b (asymmetric on purpose). */
export function containment(a: Vec, b: Vec): number {
  if (!a.sum) return 0;
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let hit = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      hit += a.w[i++]!;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return hit / a.sum;
}

export function jaccardSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Element-wise sum (a later phase "inherits" its predecessors' text) or maximum of vectors. */
export function combineVecs(vs: Iterable<Vec>, op: 'sum' | 'max'): Vec {
  const m = new Map<number, number>();
  for (const v of vs)
    for (let i = 0; i < v.ids.length; i++) {
      const k = v.ids[i]!;
      const x = v.w[i]!;
      const old = m.get(k);
      m.set(k, old === undefined ? x : op === 'sum' ? old + x : Math.max(old, x));
    }
  return makeVec(m);
}

/**
 * Document frequencies learned from the corpus. idf = max(0, ln((N+1)/(df+1))): sharper than the
 * smoothed textbook form so that grams nearly every project has — 平台, 系统, 建设, 管理, 一期 —
 * weigh (almost) nothing, which is the "discount words every project uses" of the issue without a
 * hand-written stop list. Counts can be added and removed (projects change); vectors built earlier
 * keep the weights of their time until re-vectorised.
 */
export class Idf {
  readonly vocab = new Vocab();
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
    const m = new Map<number, number>();
    for (const [g, c] of tf) {
      const w = (1 + Math.log(c)) * this.idf(g);
      if (w > 0) m.set(this.vocab.id(g), w);
    }
    return makeVec(m);
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
