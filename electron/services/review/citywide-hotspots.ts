import type { Page, TableQuery } from '../../../shared/model/table-query';
import { HOTSPOT_RESOURCES_SHOWN, type HotspotRow } from '../../../shared/review/citywide';
import type { Reader, StoreApi } from '../../store/types';
import { requireSignedIn, type Ctx } from '../context';
import { departmentOf, isCurator, today, viewerOf, type Viewer } from '../directory/visibility';
import { VersionCache } from '../version-cache';
import { COMPARED_PROJECT_STATUSES } from './corpus';
import { engineFor } from './engine-host';
import { collator, pageOf, requireEngine } from './citywide-common';

/**
 * 多头采集: every data element (the engine's canonical element of an item name) that two or more
 * departments collect, through the items of their published resources or of their compared
 * projects. Any signed-in user may read it; counts are over everything, but a department sees a
 * resource listed (and a name variant) only where it may see that resource's data items (the
 * negative-list rule: a 不予共享 entry's items stay hidden without a grant).
 */
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
export function aggregate(store: StoreApi): Aggregate {
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

export function hotspotDrafts(ctx: Ctx, agg: Aggregate) {
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

export const HOTSPOT_TABLE = {
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

export function withResources(agg: Aggregate, vis: { resource: (i: number) => boolean }, d: HotspotDraft, cap: number): HotspotRow {
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

