import type { ResourceStatus, ShareType } from '../../directory/vocab';
import { ELEMENTS } from './elements';
import { Rng, subSeed } from './random';
import type { GeneratedItem, GeneratedResource } from './types';

/**
 * What the project generator knows of the directory: a bounded, seeded sample of it, taken while
 * the resources stream past (L has 100,000 resources and a million items; the sample keeps a few
 * thousand). Projects draw on it for what they re-collect, consume and promise, so their data
 * items, needs and promises name real entries of the same generated directory.
 */
export type Anchor = 'P' | 'L' | 'G';

export interface ResourceRef {
  id: string;
  code: string;
  name: string;
  deptCode: string;
  classCode: string;
  status: ResourceStatus;
  shareType: ShareType;
  /** Whom its records are about: people (公民身份号码), legal persons (统一社会信用代码), or neither. */
  anchor: Anchor;
  items: readonly GeneratedItem[];
}

/** Canonical element name of an item name (公民身份号码 for 身份证号码 …), or the name itself. */
const CANONICAL = new Map<string, string>();
for (const e of ELEMENTS) for (const n of [e.name, ...e.synonyms]) CANONICAL.set(n, e.name);
export const canonicalItem = (name: string): string => CANONICAL.get(name) ?? name;

export function anchorOf(itemNames: readonly string[]): Anchor {
  const canon = new Set(itemNames.map(canonicalItem));
  if (canon.has('公民身份号码')) return 'P';
  if (canon.has('统一社会信用代码')) return 'L';
  return 'G';
}

/** Reservoir sampling (algorithm R) with its own seeded stream: the same stream gives the same sample. */
class Reservoir {
  readonly items: ResourceRef[] = [];
  private seen = 0;
  constructor(private readonly capacity: number) {}

  offer(rng: Rng, ref: ResourceRef): void {
    this.seen++;
    if (this.items.length < this.capacity) this.items.push(ref);
    else {
      const j = Math.floor(rng.next() * this.seen);
      if (j < this.capacity) this.items[j] = ref;
    }
  }
}

export class DirectorySample {
  private readonly rng: Rng;
  private readonly own = new Map<string, Reservoir>();
  private readonly shared = new Map<string, Reservoir>();
  private readonly anchors: Record<Anchor, Reservoir>;
  private count = 0;

  constructor(
    seed: number,
    private readonly perDepartment = 48,
    perAnchor = 1500,
  ) {
    this.rng = new Rng(subSeed(seed, 'project-sample'));
    this.anchors = { P: new Reservoir(perAnchor), L: new Reservoir(perAnchor), G: new Reservoir(perAnchor) };
  }

  static of(seed: number, resources: Iterable<GeneratedResource>): DirectorySample {
    const s = new DirectorySample(seed);
    for (const r of resources) s.add(r);
    return s;
  }

  /** Offer one resource of the stream (in the stream's order). */
  add(r: GeneratedResource): void {
    this.count++;
    if (r.status === 'retired') return;
    const ref: ResourceRef = {
      id: r.id,
      code: r.code,
      name: r.name,
      deptCode: r.providerDeptCode,
      classCode: r.classCode,
      status: r.status,
      shareType: r.shareType,
      anchor: anchorOf(r.items.map((i) => i.name)),
      items: r.items,
    };
    const reservoir = (map: Map<string, Reservoir>) => map.get(ref.deptCode) ?? map.set(ref.deptCode, new Reservoir(this.perDepartment)).get(ref.deptCode)!;
    reservoir(this.own).offer(this.rng, ref);
    if (r.status === 'published' && r.shareType !== 'none') reservoir(this.shared).offer(this.rng, ref);
    if (r.status === 'published') this.anchors[ref.anchor].offer(this.rng, ref);
  }

  get resources(): number {
    return this.count;
  }

  /** Entries of a department that it may promise (any status but retired). */
  ownOf(deptCode: string): readonly ResourceRef[] {
    return this.own.get(deptCode)?.items ?? [];
  }

  /** A published entry of another department about the same kind of subject, if the sample has one. */
  heldElsewhere(rng: Rng, anchor: Anchor, deptCode: string): ResourceRef | null {
    for (const a of [anchor, 'G' as const]) {
      const pool = this.anchors[a].items;
      for (let tries = 0; pool.length > 0 && tries < 8; tries++) {
        const ref = rng.pick(pool);
        if (ref.deptCode !== deptCode) return ref;
      }
    }
    return null;
  }

  /** A published, shareable entry of another department (a need the project may declare). */
  sharedElsewhere(rng: Rng, deptCode: string, departments: readonly string[]): ResourceRef | null {
    for (let tries = 0; tries < 12; tries++) {
      const pool = this.shared.get(rng.pick(departments))?.items;
      if (!pool || pool.length === 0) continue;
      const ref = rng.pick(pool);
      if (ref.deptCode !== deptCode) return ref;
    }
    return null;
  }
}
