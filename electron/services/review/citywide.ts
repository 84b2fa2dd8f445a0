import ExcelJS from 'exceljs';
import { ApiError } from '../../../shared/api/errors';
import type { Page, TableQuery } from '../../../shared/model/table-query';
import { newId } from '../../../shared/model/ids';
import type { ProjectStatus } from '../../../shared/project/workflow';
import {
  HOTSPOT_RESOURCES_SHOWN,
  type CitywideView,
  type ClusterRow,
  type HotspotRow,
  type PairRow,
  type ProjectRef,
  type ScanSummary,
} from '../../../shared/review/citywide';
import { reviewZhCN } from '../../../shared/i18n/review-zh-CN';
import type { Reader, StoreApi } from '../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { toCsv } from '../directory/io/csv';
import { defuse } from '../directory/io/tables';
import { departmentOf, isCurator, today, viewerOf, type Viewer } from '../directory/visibility';
import { VersionCache } from '../version-cache';
import { COMPARED_PROJECT_STATUSES } from './corpus';
import { engineConfigured, engineFor, type EngineScanPair } from './engine-host';

/**
 * The city-wide views of the duplicate-construction review (issue 5 §3).
 *
 * 全市扫描: every compared project's candidate partners classified by the engine, the duplicate
 * pairs' connected components as clusters. The scan runs in slices with a turn of the event loop
 * between them (progress gets out, other calls get in), and the last result is kept in memory per
 * store with its time and the data version it saw; pages over it sort, filter and page in JS.
 * Only the bureau's curators (administrators, bureau staff, auditors) see it: it names every
 * department's projects.
 *
 * 多头采集: every data element (the engine's canonical element of an item name) that two or more
 * departments collect, through the items of their published resources or of their compared
 * projects. Any signed-in user may read it; counts are over everything, but a department sees a
 * resource listed (and a name variant) only where it may see that resource's data items (the
 * negative-list rule: a 不予共享 entry's items stay hidden without a grant).
 */

// ————————————————————————————————————————————————— who may

const mayScan = (v: Viewer) => isCurator(v);

function requireScanRole(ctx: Ctx, action: string): Viewer {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  if (!mayScan(viewer)) {
    ctx.log.warn('forbidden', { action, userId: callerUserId(ctx) });
    throw new ApiError('FORBIDDEN');
  }
  return viewer;
}

function requireEngine(): void {
  if (!engineConfigured()) throw new ApiError('CONFLICT', 'review.rule.engineUnavailable');
}

// ————————————————————————————————————————————————— pages in JS

type Key = string | number;

function unknownField(path: string): ApiError {
  return new ApiError('VALIDATION', 'errors.VALIDATION', { fields: path }, [{ path, key: 'field.unknown' }]);
}

const own = (record: Record<string, unknown>, id: string) => Object.hasOwn(record, id);

/**
 * Sorting, filtering and paging of a derived list, with the same rules as the SQL tables: unknown
 * sort or filter ids are refused naming the field; ties fall back to the default order.
 */
function pageOf<T>(
  rows: readonly T[],
  q: TableQuery,
  spec: {
    sorts: Record<string, (r: T) => Key>;
    filters: Record<string, (r: T, value: string) => boolean>;
    search: (r: T) => string;
    defaultSort: { id: string; desc: boolean }[];
  },
): { rows: T[]; total: number } {
  const all = selectRows(rows, q, spec);
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

function selectRows<T>(
  rows: readonly T[],
  q: Pick<TableQuery, 'sort' | 'filters' | 'search'>,
  spec: { sorts: Record<string, (r: T) => Key>; filters: Record<string, (r: T, value: string) => boolean>; search: (r: T) => string; defaultSort: { id: string; desc: boolean }[] },
): T[] {
  const sort = [...q.sort, ...spec.defaultSort];
  sort.forEach((s, i) => {
    if (!own(spec.sorts, s.id)) throw unknownField(`sort.${i}.id`);
  });
  const filters = Object.entries(q.filters).filter(([, v]) => v !== '');
  for (const [id] of filters) if (!own(spec.filters, id)) throw unknownField(`filters.${id}`);
  const needle = q.search.trim().normalize('NFKC').toLowerCase();
  const out = rows.filter((r) => filters.every(([id, v]) => spec.filters[id]!(r, v)) && (!needle || spec.search(r).toLowerCase().includes(needle)));
  const keys = sort.map((s) => ({ get: spec.sorts[s.id]!, dir: s.desc ? -1 : 1 }));
  return out.sort((a, b) => {
    for (const k of keys) {
      const x = k.get(a);
      const y = k.get(b);
      if (x === y) continue;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (c !== 0) return c * k.dir;
    }
    return 0;
  });
}

const collator = new Intl.Collator('zh-CN');

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

const lastScans = new WeakMap<StoreApi, LastScan>();
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

const CLUSTER_TABLE = {
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

interface AggResource {
  id: string;
  code: string;
  name: string;
  deptId: string;
  shareType: string;
}

/** One item name as collected: the resources and projects holding it (indexes), who collects it. */
interface NameStat {
  name: string;
  resources: number[];
  projects: number[];
  /** held by a published resource whose items everyone may see (shared: not 不予共享) */
  open: boolean;
  depts: Set<string>;
}

interface Element {
  key: string;
  /** the key is the name of a data-element dictionary entry (public: every viewer may see it) */
  inDictionary: boolean;
  generic: boolean;
  names: NameStat[];
  /** unique resource indexes, in department-name then code order */
  resources: number[];
  projects: number;
  depts: Set<string>;
  departmentNames: string[];
}

interface Aggregate {
  resources: AggResource[];
  deptNames: Map<string, string>;
  elements: Element[];
  ms: number;
}

const aggregates = new WeakMap<StoreApi, VersionCache<Aggregate>>();

const ids = (list: string | null) => (list ? list.split(',').map(Number) : []);

/**
 * The viewer-independent aggregate behind the 多头采集 list, kept until the data changes: item
 * names of published resources and of compared projects, grouped by the engine's canonical
 * element, those with two or more departments kept.
 */
function aggregate(store: StoreApi): Aggregate {
  let cache = aggregates.get(store);
  if (!cache) aggregates.set(store, (cache = new VersionCache<Aggregate>(2)));
  return cache.get(store, 'hotspots', () => computeAggregate(store));
}

function computeAggregate(store: StoreApi): Aggregate {
  const started = performance.now();
  const engine = engineFor(store);
  const deptNames = new Map(store.all<{ id: string; name: string }>('SELECT id, name FROM departments').map((d) => [d.id, d.name]));
  const rrows = store.all<{ rid: number; id: string; code: string; name: string; dept: string; share: string }>(
    "SELECT r.rowid AS rid, r.id, r.code, r.name, r.provider_dept_id AS dept, r.share_type AS share FROM resources r WHERE r.status = 'published'",
  );
  const resources: AggResource[] = rrows.map((r) => ({ id: r.id, code: r.code, name: r.name, deptId: r.dept, shareType: r.share }));
  const rIndex = new Map(rrows.map((r, i) => [r.rid, i]));
  const statuses = COMPARED_PROJECT_STATUSES;
  const prows = store.all<{ rid: number; dept: string }>(`SELECT p.rowid AS rid, p.department_id AS dept FROM projects p WHERE p.status IN (${statuses.map(() => '?').join(',')})`, statuses);
  const pDept = new Map(prows.map((p) => [p.rid, p.dept]));

  const byName = new Map<string, NameStat>();
  const stat = (name: string) => {
    let s = byName.get(name);
    if (!s) byName.set(name, (s = { name, resources: [], projects: [], open: false, depts: new Set() }));
    return s;
  };
  // One row per distinct name (a few thousand even at 1,000,000 items): the holders as rowid lists.
  for (const row of store.all<{ name: string; rids: string | null }>(
    "SELECT i.name AS name, group_concat(r.rowid) AS rids FROM data_items i JOIN resources r ON r.id = i.resource_id WHERE r.status = 'published' GROUP BY i.name",
  )) {
    const s = stat(row.name);
    for (const rid of ids(row.rids)) {
      const i = rIndex.get(rid);
      if (i === undefined) continue;
      s.resources.push(i);
      s.depts.add(resources[i]!.deptId);
      if (resources[i]!.shareType !== 'none') s.open = true;
    }
  }
  for (const row of store.all<{ name: string; pids: string | null }>(
    `SELECT x.name AS name, group_concat(p.rowid) AS pids FROM project_items x JOIN projects p ON p.id = x.project_id WHERE p.status IN (${statuses.map(() => '?').join(',')}) GROUP BY x.name`,
    statuses,
  )) {
    const s = stat(row.name);
    for (const pid of ids(row.pids)) {
      const dept = pDept.get(pid);
      if (dept === undefined) continue;
      s.projects.push(pid);
      s.depts.add(dept);
    }
  }

  const groups = new Map<string, NameStat[]>();
  for (const s of byName.values()) {
    const key = engine.canonicalItem(s.name);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const dictionary = new Set(store.all<{ name: string }>('SELECT name FROM data_elements').map((e) => e.name));
  const resourceOrder = (a: number, b: number) =>
    collator.compare(deptNames.get(resources[a]!.deptId) ?? '', deptNames.get(resources[b]!.deptId) ?? '') || collator.compare(resources[a]!.code, resources[b]!.code);
  const elements: Element[] = [];
  for (const [key, names] of groups) {
    const depts = new Set(names.flatMap((n) => [...n.depts]));
    if (depts.size < 2) continue;
    names.sort((a, b) => b.resources.length + b.projects.length - (a.resources.length + a.projects.length) || collator.compare(a.name, b.name));
    const resourceSet = new Set(names.flatMap((n) => n.resources));
    const projectSet = new Set(names.flatMap((n) => n.projects));
    elements.push({
      key,
      inDictionary: dictionary.has(key),
      generic: engine.genericItem(dictionary.has(key) ? key : names[0]!.name),
      names,
      resources: [...resourceSet].sort(resourceOrder),
      projects: projectSet.size,
      depts,
      departmentNames: [...depts].map((d) => deptNames.get(d) ?? d).sort(collator.compare),
    });
  }
  return { resources, deptNames, elements, ms: Math.round(performance.now() - started) };
}

/** What a department may see of the aggregate: resources whose items it may see, names collected where it may look. */
function visibilityOf(db: Reader, viewer: Viewer, agg: Aggregate) {
  if (isCurator(viewer)) return { resource: () => true, name: () => true };
  const dept = departmentOf(viewer) ?? '';
  const granted = new Set(
    db
      .all<{ resource_id: string }>("SELECT resource_id FROM access_requests WHERE requester_dept_id = ? AND status = 'approved' AND approved_until >= ?", [dept, today()])
      .map((g) => g.resource_id),
  );
  const resource = (i: number) => {
    const r = agg.resources[i]!;
    return r.shareType !== 'none' || r.deptId === dept || granted.has(r.id);
  };
  const name = (s: NameStat) => s.open || s.depts.has(dept) || (granted.size > 0 && s.resources.some((i) => granted.has(agg.resources[i]!.id)));
  return { resource, name };
}

interface HotspotDraft {
  row: Omit<HotspotRow, 'resources'>;
  el: Element;
}

function hotspotDrafts(ctx: Ctx, agg: Aggregate) {
  const vis = visibilityOf(ctx.store, viewerOf(ctx), agg);
  const drafts: HotspotDraft[] = [];
  for (const el of agg.elements) {
    const names = el.names.filter(vis.name).map((n) => n.name);
    if (names.length === 0) continue; // nothing of it the viewer may see
    drafts.push({
      el,
      row: {
        id: el.key,
        // the dictionary's name, or the key when it is a name the viewer sees, else the most used visible variant
        element: el.inDictionary || names.includes(el.key) ? el.key : names[0]!,
        names,
        departments: el.depts.size,
        departmentNames: el.departmentNames,
        resourceCount: el.resources.length,
        projects: el.projects,
        generic: el.generic,
      },
    });
  }
  return { drafts, vis };
}

const HOTSPOT_TABLE = {
  sorts: {
    departments: (d: HotspotDraft) => d.row.departments,
    resources: (d: HotspotDraft) => d.row.resourceCount,
    projects: (d: HotspotDraft) => d.row.projects,
    element: (d: HotspotDraft) => d.row.element,
  },
  filters: {
    department: (d: HotspotDraft, v: string) => d.el.depts.has(v),
    kind: (d: HotspotDraft, v: string) => (v === 'generic') === d.el.generic,
  },
  search: (d: HotspotDraft) => [d.row.element, ...d.row.names, ...d.row.departmentNames].join('\u0000').normalize('NFKC'),
  defaultSort: [
    { id: 'departments', desc: true },
    { id: 'resources', desc: true },
    { id: 'element', desc: false },
  ],
};

function withResources(agg: Aggregate, vis: { resource: (i: number) => boolean }, d: HotspotDraft, cap: number): HotspotRow {
  const resources: HotspotRow['resources'] = [];
  for (const i of d.el.resources) {
    if (resources.length >= cap) break;
    if (!vis.resource(i)) continue;
    const r = agg.resources[i]!;
    resources.push({ id: r.id, code: r.code, name: r.name, department: agg.deptNames.get(r.deptId) ?? '' });
  }
  return { ...d.row, resources };
}

/** 多头采集: data elements collected by two or more departments, most departments first by default. */
export function hotspots(ctx: Ctx, q: TableQuery): Page<HotspotRow> {
  requireSignedIn(ctx);
  requireEngine();
  const agg = aggregate(ctx.store);
  const { drafts, vis } = hotspotDrafts(ctx, agg);
  const page = pageOf(drafts, q, HOTSPOT_TABLE);
  return { rows: page.rows.map((d) => withResources(agg, vis, d, HOTSPOT_RESOURCES_SHOWN)), total: page.total };
}

// ————————————————————————————————————————————————— export

export interface CitywideExportOptions {
  view: CitywideView;
  format: 'xlsx' | 'csv';
  filters?: Record<string, string>;
  search?: string;
}

/** Resources an exported hotspot row lists in its cell (a spreadsheet cell holds 32,767 characters). */
const EXPORT_RESOURCES = 200;

const stamp = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');
const pct = (score: number) => `${Math.round(score * 100)}%`;
const C = reviewZhCN.citywide;

interface Sheet {
  name: string;
  header: string[];
  widths: number[];
  rows: (string | number)[][];
}

function clusterSheet(ctx: Ctx, q: Pick<TableQuery, 'sort' | 'filters' | 'search'>): { sheet: Sheet; count: number } {
  requireScanRole(ctx, 'review.exportCitywide');
  const last = lastScans.get(ctx.store);
  if (!last) throw new ApiError('CONFLICT', 'review.rule.noScan');
  const clusters = selectRows(last.clusters, q, CLUSTER_TABLE);
  const h = C.export.clusters;
  const rows: (string | number)[][] = [];
  clusters.forEach((c, i) => {
    for (const p of c.projects) rows.push([i + 1, c.size, c.departments, reviewZhCN.label[c.topLabel], pct(c.topScore), p.code, p.name, p.departmentName, p.year]);
  });
  return {
    sheet: { name: h.sheet, header: [h.cluster, h.size, h.departments, h.topLabel, h.topScore, h.code, h.name, h.department, h.year], widths: [8, 8, 8, 12, 10, 14, 44, 28, 8], rows },
    count: clusters.length,
  };
}

function hotspotSheet(ctx: Ctx, q: Pick<TableQuery, 'sort' | 'filters' | 'search'>): { sheet: Sheet; count: number } {
  requireSignedIn(ctx);
  requireEngine();
  const agg = aggregate(ctx.store);
  const { drafts, vis } = hotspotDrafts(ctx, agg);
  const h = C.export.hotspots;
  const rows = selectRows(drafts, q, HOTSPOT_TABLE).map((d) => {
    const r = withResources(agg, vis, d, EXPORT_RESOURCES);
    const listed = r.resources.map((x) => `${x.code} ${x.name}（${x.department}）`).join('；');
    const more = r.resourceCount - r.resources.length;
    const resources = more > 0 ? `${listed}${listed ? '；' : ''}${C.export.more.replace('{{count}}', String(more))}` : listed;
    return [r.element, C.export.kind[r.generic ? 'generic' : 'key'], r.names.join('、'), r.departments, r.departmentNames.join('、'), r.resourceCount, resources, r.projects];
  });
  return {
    sheet: { name: h.sheet, header: [h.element, h.kind, h.names, h.departments, h.departmentNames, h.resourceCount, h.resources, h.projects], widths: [20, 12, 30, 10, 50, 10, 80, 10], rows },
    count: rows.length,
  };
}

async function writeXlsx(sheet: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.header.map((header, i) => ({ header, key: String(i), width: sheet.widths[i] ?? 14 }));
  ws.getRow(1).font = { bold: true };
  for (const r of sheet.rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** UTF-8 with a BOM (Excel needs it for Chinese); formula-looking cells defused. */
function writeCsv(sheet: Sheet): Buffer {
  const rows = [sheet.header, ...sheet.rows.map((r) => r.map((c) => defuse(String(c))))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(rows), 'utf8')]);
}

/** The clusters (one row per project, grouped by cluster) or the hotspots, as filtered and searched on screen. */
export async function exportCitywide(ctx: Ctx, opts: CitywideExportOptions): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  const q = { sort: [], filters: opts.filters ?? {}, search: opts.search ?? '' };
  const { sheet, count } = opts.view === 'clusters' ? clusterSheet(ctx, q) : hotspotSheet(ctx, q);
  const bytes = opts.format === 'csv' ? writeCsv(sheet) : await writeXlsx(sheet);
  ctx.log.info('review.exportCitywide', { view: opts.view, format: opts.format, rows: count, by: callerUserId(ctx) });
  return { fileName: `${C.export[opts.view].file}-${stamp()}.${opts.format}`, bytes, count };
}

