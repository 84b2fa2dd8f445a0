import type { Reader } from '../store/types';

/**
 * Memoises a read for as long as the data is unchanged: the key includes the audit log's last
 * sequence number, which every committed change advances. Aggregates over the whole directory
 * (facet counts, classification counts) cost ~1 s at 100,000 entries and rarely change.
 */
export class VersionCache<T> {
  private entries = new Map<string, T>();
  constructor(private readonly limit = 64) {}

  get(db: Reader, key: string, compute: () => T): T {
    const version = db.get<{ v: number | null }>('SELECT MAX(seq) AS v FROM ops')?.v ?? 0;
    // The date is part of the key too: grants expire at midnight without any write.
    const full = `${version}\u0000${new Date().toISOString().slice(0, 10)}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(full, value);
    return value;
  }
}
