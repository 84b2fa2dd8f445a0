/**
 * Candidate generation without comparing everything with everything: an inverted index over the
 * IDF-weighted gram vectors. A query walks only the postings of its heaviest grams (grams of ~0 IDF
 * are not even indexed; a gram in more than maxPosting documents is a stop gram at that scale),
 * accumulates partial dot products and returns the top-k by approximate cosine. Exact features and
 * classification then run on those k only. Removal leaves tombstones, compacted when they pile up.
 */
import { norm, type Vec } from './text';

interface Posting {
  id: number;
  w: number;
}

export class GramIndex {
  private postings = new Map<string, Posting[]>();
  private ids: (string | null)[] = [];
  private internal = new Map<string, number>();
  private vecs: (Vec | null)[] = [];
  private dead = 0;

  constructor(
    readonly minWeight = 0.5,
    readonly maxPosting = 2000,
    readonly maxQueryGrams = 32,
  ) {}

  get size(): number {
    return this.internal.size;
  }

  add(id: string, v: Vec): void {
    if (this.internal.has(id)) this.remove(id);
    const n = this.ids.length;
    this.ids.push(id);
    this.vecs.push(v);
    this.internal.set(id, n);
    const nv = norm(v) || 1;
    for (const [g, w] of v) {
      if (w < this.minWeight) continue;
      const p = this.postings.get(g);
      if (p) p.push({ id: n, w: w / nv });
      else this.postings.set(g, [{ id: n, w: w / nv }]);
    }
  }

  remove(id: string): void {
    const n = this.internal.get(id);
    if (n === undefined) return;
    this.internal.delete(id);
    this.ids[n] = null;
    this.vecs[n] = null;
    if (++this.dead > 1000 && this.dead > this.internal.size / 4) this.compact();
  }

  private compact(): void {
    const live = this.ids.flatMap((id, i) => (id === null ? [] : [[id, this.vecs[i]!] as const]));
    this.postings.clear();
    this.ids = [];
    this.vecs = [];
    this.internal.clear();
    this.dead = 0;
    for (const [id, v] of live) this.add(id, v);
  }

  /** Top-k ids by approximate cosine with `v` (the id `exclude` left out). */
  query(v: Vec, k: number, exclude?: string): { id: string; s: number }[] {
    const nv = norm(v) || 1;
    const grams = [...v.entries()]
      .filter(([, w]) => w >= this.minWeight)
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.maxQueryGrams);
    const acc = new Map<number, number>();
    for (const [g, w] of grams) {
      const p = this.postings.get(g);
      if (!p || p.length > this.maxPosting) continue;
      const q = w / nv;
      for (const e of p) acc.set(e.id, (acc.get(e.id) ?? 0) + q * e.w);
    }
    const out: { id: string; s: number }[] = [];
    for (const [i, s] of acc) {
      const id = this.ids[i];
      if (id !== null && id !== undefined && id !== exclude) out.push({ id, s });
    }
    out.sort((a, b) => b.s - a.s);
    return out.slice(0, k);
  }
}
