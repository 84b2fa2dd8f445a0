/**
 * Blocking for data-item matching: the directory may hold 10^5 distinct item names, so an item is
 * scored only against names that are equal, forms of its dictionary element, or share a bigram of
 * its element key — ranked by the summed rarity of the shared characters and capped, so 名称/编号
 * alone do not make a candidate. Names are added incrementally as resources change.
 */
import type { SynonymMatcher } from './synonyms';
import { ngrams } from './text';

export class NamePool {
  readonly names: string[] = [];
  private index = new Map<string, number>();
  private byNorm = new Map<string, number[]>();
  private gramPost = new Map<string, number[]>();
  constructor(private readonly syn: SynonymMatcher) {}

  /** Adds a name (once); returns its number. */
  add(name: string): number {
    let i = this.index.get(name);
    if (i !== undefined) return i;
    i = this.names.length;
    this.names.push(name);
    this.index.set(name, i);
    const n = this.syn.nz(name);
    const b = this.byNorm.get(n);
    if (b) b.push(i);
    else this.byNorm.set(n, [i]);
    for (const g of new Set(ngrams(this.syn.keys.key(name).replace('#', ''), 2))) {
      const p = this.gramPost.get(g);
      if (p) p.push(i);
      else this.gramPost.set(g, [i]);
    }
    return i;
  }

  /** Names worth scoring against `name`. */
  candidates(name: string, cap = 64): string[] {
    const out = new Set<number>();
    for (const f of this.syn.surfaceForms(name)) for (const i of this.byNorm.get(this.syn.nz(f)) ?? []) out.add(i);
    const key = this.syn.keys.key(name).replace('#', '');
    const score = new Map<number, number>();
    for (const g of new Set(ngrams(key, 2))) {
      const post = this.gramPost.get(g);
      if (!post || post.length > 20_000) continue; // a bigram in 20,000 names identifies nothing
      let w = 0;
      for (const c of g) w += this.syn.charWeight(c);
      for (const i of post) score.set(i, (score.get(i) ?? 0) + w);
    }
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cap);
    for (const [i] of ranked) out.add(i);
    return [...out].map((i) => this.names[i]!);
  }
}
