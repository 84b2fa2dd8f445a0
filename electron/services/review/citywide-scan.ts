import type { Page, TableQuery } from '../../../shared/model/table-query';
import { newId } from '../../../shared/model/ids';
import type { ProjectStatus } from '../../../shared/project/workflow';
import type { ClusterRow, PairRow, ProjectRef, ScanSummary } from '../../../shared/review/citywide';
import type { Reader, StoreApi } from '../../store/types';
import { callerUserId, type Ctx } from '../context';
import { engineFor, type EngineScanPair } from './engine-host';
import { collator, pageOf, requireEngine, requireScanRole } from './citywide-common';

/**
 * The city-wide views of the duplicate-construction review (issue 5 §3).
 *
 * 全市扫描: every compared project's candidate partners classified by the engine, the duplicate
 * pairs' connected components as clusters. The scan runs in slices with a turn of the event loop
 * between them (progress gets out, other calls get in), and the last result is kept in memory per
 * store with its time and the data version it saw; pages over it sort, filter and page in JS.
 * Only the bureau's curators (administrators, bureau staff, auditors) see it: it names every
 * department's projects.
 */

// ————————————————————————————————————————————————— the scan

const SEVERITY: Record<EngineScanPair['label'], number> = { duplicate: 0, overlap: 1, upgrade: 2 };

interface LastScan {
  summary: ScanSummary;
  /** the audit log's sequence number when the scan started */
  version: number;
  /** projects' count and last change when the scan started (the scan is stale once they move) */
  stamp: string;
  clusters: ClusterRow[];
  pairs: PairRow[];
}

export const lastScans = new WeakMap<StoreApi, LastScan>();
const running = new WeakMap<StoreApi, Promise<ScanSummary>>();

const dataVersion = (db: Reader) => db.get<{ v: number | null }>('SELECT MAX(seq) AS v FROM ops')?.v ?? 0;
const projectsStamp = (db: Reader) => {
  const r = db.get<{ n: number; t: string | null }>('SELECT COUNT(*) AS n, MAX(updated_at) AS t FROM projects');
  return `${r?.n ?? 0}|${r?.t ?? ''}`;
};

/** One turn of the event loop between two slices of work. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

function projectRefs(db: Reader): Map<string, ProjectRef> {
  const rows = db.all<{ id: string; code: string; name: string; department: string; status: ProjectStatus; year: number }>(
    'SELECT p.id, p.code, p.name, d.name AS department, p.status, p.year FROM projects p JOIN departments d ON d.id = p.department_id',
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, departmentName: r.department, status: r.status, year: Number(r.year) }]));
}

/**
 * Scans every compared project city-wide (bureau staff, auditors, administrators). Progress goes
 * out as `progress` events named `taskId`; a scan already running for the store is joined.
 */
export function scanCity(ctx: Ctx, taskId: string = newId()): Promise<ScanSummary> {
  requireScanRole(ctx, 'review.scan');
  requireEngine();
  const pending = running.get(ctx.store);
  if (pending) return pending;
  const job = runScan(ctx, taskId).finally(() => running.delete(ctx.store));
  running.set(ctx.store, job);
  return job;
}

async function runScan(ctx: Ctx, taskId: string): Promise<ScanSummary> {
  const progress = (done: number, total: number) => ctx.events.emit('progress', { taskId, label: 'review.progress.scan', done, total });
  progress(0, 1);
  try {
    await pause(); // the caller's answer path is set up before the engine (maybe built now) blocks
    const started = performance.now();
    const ranAt = new Date().toISOString();
    const version = dataVersion(ctx.store);
    const stamp = projectsStamp(ctx.store);
    const engine = engineFor(ctx.store);
    let reported = -1;
    const result = await engine.scan((done, total) => {
      // at most ~100 events per scan
      const step = Math.max(1, Math.floor(total / 100));
      if (done === total || done - reported >= step) {
        reported = done;
        progress(done, total + 1);
      }
    }, pause);
    const refs = projectRefs(ctx.store);
    const ref = (id: string) => refs.get(id);
    const pairs: PairRow[] = [];
    for (const p of result.pairs) {
      const a = ref(p.a);
      const b = ref(p.b);
      if (a && b) pairs.push({ id: `${p.a}|${p.b}`, a, b, label: p.label, score: p.score });
    }
    const clusterOf = new Map<string, number>();
    result.clusters.forEach((members, i) => members.forEach((m) => clusterOf.set(m, i)));
    const top = new Map<number, EngineScanPair>();
    for (const p of result.pairs) {
      const i = clusterOf.get(p.a);
      if (i === undefined || clusterOf.get(p.b) !== i) continue;
      const best = top.get(i);
      if (!best || SEVERITY[p.label] < SEVERITY[best.label] || (SEVERITY[p.label] === SEVERITY[best.label] && p.score > best.score)) top.set(i, p);
    }
    const clusters: ClusterRow[] = [];
    result.clusters.forEach((members, i) => {
      const projects = members.map(ref).filter((r): r is ProjectRef => r !== undefined);
      if (projects.length < 2) return;
      projects.sort((x, y) => collator.compare(x.code, y.code));
      const best = top.get(i);
      clusters.push({
        id: [...members].sort()[0]!,
        size: projects.length,
        projects,
        departments: new Set(projects.map((p) => p.departmentName)).size,
        topLabel: best?.label ?? 'duplicate',
        topScore: best?.score ?? 0,
      });
    });
    const summary: ScanSummary = { ranAt, ms: Math.round(performance.now() - started), projects: result.projects, clusters: clusters.length, pairs: pairs.length };
    lastScans.set(ctx.store, { summary, version, stamp, clusters, pairs });
    ctx.log.info('review.scan', { ...summary, by: callerUserId(ctx) });
    return summary;
  } finally {
    progress(1, 1);
  }
}

function scanState(db: Reader, last: LastScan | undefined) {
  return last ? { ...last.summary, stale: projectsStamp(db) !== last.stamp } : null;
}

const projectText = (p: ProjectRef) => `${p.code}\u0000${p.name}`.normalize('NFKC');

export const CLUSTER_TABLE = {
  sorts: { size: (r: ClusterRow) => r.size, departments: (r: ClusterRow) => r.departments, topScore: (r: ClusterRow) => r.topScore, id: (r: ClusterRow) => r.id },
  filters: { label: (r: ClusterRow, v: string) => r.topLabel === v },
  search: (r: ClusterRow) => r.projects.map(projectText).join('\u0000'),
  defaultSort: [
    { id: 'size', desc: true },
    { id: 'topScore', desc: true },
    { id: 'id', desc: false },
  ],
};

const PAIR_TABLE = {
  sorts: { score: (r: PairRow) => r.score, label: (r: PairRow) => SEVERITY[r.label], id: (r: PairRow) => r.id },
  filters: { label: (r: PairRow, v: string) => r.label === v },
  search: (r: PairRow) => `${projectText(r.a)}\u0000${projectText(r.b)}`,
  defaultSort: [
    { id: 'label', desc: false },
    { id: 'score', desc: true },
    { id: 'id', desc: false },
  ],
};

/** The last scan's duplicate clusters (largest first by default); `scan` is null before the first scan. */
export function clusterPage(ctx: Ctx, q: TableQuery): Page<ClusterRow> & { scan: ReturnType<typeof scanState> } {
  requireScanRole(ctx, 'review.clusters');
  const last = lastScans.get(ctx.store);
  return { ...pageOf(last?.clusters ?? [], q, CLUSTER_TABLE), scan: scanState(ctx.store, last) };
}

/** The last scan's related pairs (duplicates first, by score). */
export function pairPage(ctx: Ctx, q: TableQuery): Page<PairRow> & { scan: ReturnType<typeof scanState> } {
  requireScanRole(ctx, 'review.pairs');
  const last = lastScans.get(ctx.store);
  return { ...pageOf(last?.pairs ?? [], q, PAIR_TABLE), scan: scanState(ctx.store, last) };
}

// ————————————————————————————————————————————————— 多头采集

