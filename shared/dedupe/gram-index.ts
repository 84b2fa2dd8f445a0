/**
 * Candidate generation without comparing everything with everything: an inverted index over the
 * IDF-weighted gram vectors. A query walks only the postings of its heaviest grams (grams of ~0 IDF
 * are not even indexed; a gram in more than maxPosting documents is a stop gram at that scale),
 * accumulates partial dot products and returns the top-k by approximate cosine. Exact features and
 * classification then run on those k only. Removal leaves tombstones, compacted when they pile up.
 */
import type { Vec } from './text';

export class GramIndex {
  /** gram id → parallel arrays of document numbers and normalised weights */
  private postings = new Map<number, { docs: number[]; ws: number[] }>();
  private ids: (string | null)[] = [];
  private internal = new Map<string, number>();
  private vecs: (Vec | null)[] = [];
  private dead = 0;
  private acc = new Float64Array(1024);

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
    const nv = v.norm || 1;
    for (let i = 0; i < v.ids.length; i++) {
      const w = v.w[i]!;
      if (w < this.minWeight) continue;
      const g = v.ids[i]!;
      const p = this.postings.get(g);
      if (p) {
        p.docs.push(n);
        p.ws.push(w / nv);
      } else this.postings.set(g, { docs: [n], ws: [w / nv] });
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
    const nv = v.norm || 1;
    const order: number[] = [];
    for (let i = 0; i < v.ids.length; i++) if (v.w[i]! >= this.minWeight) order.push(i);
    order.sort((a, b) => v.w[b]! - v.w[a]!);
    if (this.acc.length < this.ids.length) this.acc = new Float64Array(this.ids.length * 2);
    const acc = this.acc;
    const touched: number[] = [];
    for (const i of order.slice(0, this.maxQueryGrams)) {
      const p = this.postings.get(v.ids[i]!);
      if (!p || p.docs.length > this.maxPosting) continue;
      const q = v.w[i]! / nv;
      const { docs, ws } = p;
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += q * ws[j]!;
      }
    }
    const out: { id: string; s: number }[] = [];
    for (const d of touched) {
      const id = this.ids[d];
      if (id !== null && id !== undefined && id !== exclude) out.push({ id, s: acc[d]! });
      acc[d] = 0;
    }
    out.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return out.slice(0, k);
  }
}
