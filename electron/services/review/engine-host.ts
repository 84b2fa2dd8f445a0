import { ApiError } from '../../../shared/api/errors';
import type { Dictionary } from '../../../shared/review/dictionary';
import { dictionaryOf } from './dictionary-store';
import type { Reader, StoreApi } from '../../store/types';
import { COMPARED_PROJECT_STATUSES, loadProjects, loadResources, type CorpusProject, type CorpusResource } from './corpus';

/** What the services need of the duplicate engine (shared/dedupe), in the exchange format. */
export interface EnginePairFinding {
  projectId: string;
  label: 'duplicate' | 'upgrade' | 'overlap' | 'distinct';
  score: number;
  evidence: { kind: string; left: string; right: string; score: number }[];
}
export interface EngineRecollection {
  dataItem: string;
  resourceCode: string;
  resourceDataItem: string;
  score: number;
  evidence: { kind: string; left: string; right: string; score: number }[];
}
/** One related pair of the city-wide scan (a < b), and the duplicate clusters (connected components, largest first). */
export interface EngineScanPair {
  a: string;
  b: string;
  label: 'duplicate' | 'upgrade' | 'overlap';
  score: number;
}
export interface EngineScan {
  pairs: EngineScanPair[];
  clusters: string[][];
  /** projects scanned */
  projects: number;
}
export interface EngineLike {
  checkProject(p: CorpusProject): { pairs: EnginePairFinding[]; recollections: EngineRecollection[] };
  /**
   * Scans every project city-wide. With `pause`, the work is cut in slices and `pause()` is awaited
   * between them (the caller yields to the event loop so the console stays responsive).
   */
  scan(onProgress?: (done: number, total: number) => void, pause?: () => Promise<void>): Promise<EngineScan>;
  /** The element key of a data-item name (the 多头采集 list groups by it). */
  canonicalItem(name: string): string;
  /** A field every register has (备注, 联系电话, 登记日期 …): collected everywhere, never re-collection. */
  genericItem(name: string): boolean;
  upsertProject(p: CorpusProject): void;
  removeProject(id: string): void;
  upsertResource(r: CorpusResource): void;
  removeResource(code: string): void;
}
export type EngineFactory = (corpus: { projects: CorpusProject[]; resources: CorpusResource[]; dictionary?: Dictionary }) => EngineLike;

interface Hosted {
  engine: EngineLike;
  /** Records changed at or after this time are read again before the next check. */
  watermark: string;
  projects: Set<string>;
  /** resource id → code, as the engine knows it (a code changes with the classification). */
  resources: Map<string, string>;
}

const hosted = new WeakMap<StoreApi, Hosted>();
let factory: EngineFactory | null = null;

/** Is an engine configured (the review runs only then)? */
export const engineConfigured = () => factory !== null;

/** The engine implementation (set once at start-up; tests may set another). */
export function useEngineFactory(f: EngineFactory): void {
  factory = f;
}

const maxTime = (db: Reader) =>
  db.get<{ t: string | null }>('SELECT max(t) AS t FROM (SELECT max(updated_at) AS t FROM projects UNION ALL SELECT max(updated_at) FROM resources)')?.t ?? '';

/**
 * The engine for a store, kept in memory and brought up to date before each use: built once from
 * every compared project and published resource, then refreshed from the records whose
 * `updated_at` moved (every change of a project or resource touches it), so a check after an edit
 * costs the edit, not a rebuild.
 */
export function engineFor(store: StoreApi, db: Reader = store): EngineLike {
  if (!factory) throw new ApiError('CONFLICT', 'review.rule.engineUnavailable');
  let h = hosted.get(store);
  if (!h) {
    const watermark = maxTime(db);
    const projects = loadProjects(db);
    const resources = loadResources(db);
    const ids = db.all<{ id: string; code: string }>("SELECT id, code FROM resources WHERE status = 'published'");
    h = { engine: factory({ projects, resources, dictionary: dictionaryOf(db) }), watermark, projects: new Set(projects.map((p) => p.id)), resources: new Map(ids.map((r) => [r.id, r.code])) };
    hosted.set(store, h);
    return h.engine;
  }
  refresh(h, db);
  return h.engine;
}

function refresh(h: Hosted, db: Reader): void {
  const changedProjects = db.all<{ id: string; status: string }>('SELECT id, status FROM projects WHERE updated_at >= ?', [h.watermark]);
  const changedResources = db.all<{ id: string; code: string; status: string }>('SELECT id, code, status FROM resources WHERE updated_at >= ?', [h.watermark]);
  if (changedProjects.length === 0 && changedResources.length === 0) return;
  const compared = changedProjects.filter((p) => COMPARED_PROJECT_STATUSES.includes(p.status)).map((p) => p.id);
  for (const p of changedProjects) {
    if (!compared.includes(p.id) && h.projects.delete(p.id)) h.engine.removeProject(p.id);
  }
  for (const p of loadProjects(db, compared)) {
    h.engine.upsertProject(p);
    h.projects.add(p.id);
  }
  for (const r of changedResources) {
    const known = h.resources.get(r.id);
    if (known !== undefined && (r.status !== 'published' || known !== r.code)) {
      h.engine.removeResource(known);
      h.resources.delete(r.id);
    }
  }
  const published = changedResources.filter((r) => r.status === 'published');
  for (const r of loadResources(db, published.map((x) => x.id))) h.engine.upsertResource(r);
  for (const r of published) h.resources.set(r.id, r.code);
  h.watermark = maxTime(db);
}

/** Forgets a store's engine (closing the store, or tests). */
export function dropEngine(store: StoreApi): void {
  hosted.delete(store);
}
