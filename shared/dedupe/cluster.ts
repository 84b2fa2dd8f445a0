/**
 * Clusters of duplicate construction: connected components of the duplicate pairs (two town offices
 * each rebuilding the city platform end up in one cluster with it). Deterministic: members in input
 * order of first appearance, clusters by size then first member's appearance.
 */
export function clustersOf(pairs: Iterable<{ a: string; b: string }>): string[][] {
  const parent = new Map<string, string>();
  const seen: string[] = [];
  const find = (x: string): string => {
    if (!parent.has(x)) {
      parent.set(x, x);
      seen.push(x);
    }
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (parent.get(x) !== r) {
      const n = parent.get(x)!;
      parent.set(x, r);
      x = n;
    }
    return r;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const x of seen) {
    const r = find(x);
    const g = groups.get(r);
    if (g) g.push(x);
    else groups.set(r, [x]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
}
