import type { Sensitivity } from './facets';

/**
 * What each demo department of 中山市 holds: its subjects (户籍人口, 商事主体, 不动产登记 …), each with
 * the kinds of resource it gives rise to (facets), a description for summaries, a base or theme
 * classification (项) when it belongs to one, a sensitivity, and its data items — the identifying
 * items first (always carried), then the rest.
 *
 * Sensitivity: P personal records, L legal persons / licences, G general or public data,
 * X records that are normally not shared at all (不予共享).
 * In descriptions {area} becomes 全市 for a city bureau, or the town's name.
 */
export interface Subject {
  stem: string;
  cls: string;
  sens: Sensitivity;
  facets: readonly string[];
  desc: string;
  covers: string;
  items: readonly string[];
  /** How many of the first items every resource of the subject carries (identifiers). */
  key: number;
  geo: boolean;
  system: string | null;
}

export interface DeptProfile {
  /** Demo department code (shared/demo/zhongshan.ts). */
  code: string;
  /** Share of the directory's resources (relative). */
  weight: number;
  systems: readonly string[];
  uses: readonly string[];
  subjects: readonly Subject[];
}

interface Opts {
  key?: number;
  geo?: boolean;
  system?: string;
}

export const S = (stem: string, cls: string, sens: Sensitivity, facets: string, desc: string, covers: string, items: string, opts: Opts = {}): Subject => ({
  stem,
  cls,
  sens,
  facets: facets.split(/\s+/).filter(Boolean),
  desc,
  covers,
  items: items.split(/\s+/).filter(Boolean),
  key: opts.key ?? 2,
  geo: opts.geo ?? false,
  system: opts.system ?? null,
});

export const D = (code: string, weight: number, systems: string[], uses: string[], subjects: Subject[]): DeptProfile => ({ code, weight, systems, uses, subjects });

