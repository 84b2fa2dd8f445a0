/**
 * Project register benchmark (issue budget: filter + sort + first page p95 ≤ 50 ms), on the
 * generated register in a generated directory.
 *
 *   npm run bench -- projects                          (size L: 10,000 projects in 100,000 resources)
 *   TONGCHOU_BENCH_SIZE=M npm run bench -- projects     (S, M or L; or a resource count, a tenth as many projects)
 *   node --import tsx --expose-gc bench/projects.bench.ts --size M
 *
 * Setup (not measured): a child process builds the data folder with the bench-only bulk loader
 * (bench/generate/load.ts + load-projects.ts). Measured: `projects.list` through the API
 * dispatcher's `callAs` (input validation, the service `listProjects`, the caller's scope in the
 * SQL) as bureau staff, an auditor and a registrant, for realistic filter/sort combinations, first
 * page of 100. Every measured call is a FIRST call: a one-row commit before it advances the data
 * version, so the memoised count (VersionCache) is computed again each time; repeats (count
 * cached, as when scrolling) are timed apart. Baselines in the same process on the same data:
 * "all rows in JS" (load every row with the department join, filter and sort in JavaScript, slice
 * the page — what a naive register would do) and "no indexes" (the same table query with
 * `projects p NOT INDEXED`, LIKE for every search and the join sorted as it comes, i.e. without
 * the bigram index and the department-name walk). Writes bench/results/projects.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TableQuery } from '../shared/model/table-query';
import type { ProjectRow } from '../shared/project/project';
import { callAs } from '../electron/api/dispatch';
import { openCore } from '../electron/app/core';
import type { Caller, Ctx } from '../electron/services/context';
import { viewerOf } from '../electron/services/directory/visibility';
import { projectScope, queueStatuses } from '../electron/services/projects/permissions';
import { projectTable, toProjectRow } from '../electron/services/projects/table';
import { queryTable } from '../electron/services/table-sql';
import { SIZES, sizeOf } from '../shared/demo/generator/directory';
import { buildFolder, machine, MiB, nearestRank, pad, padEnd, roundTo, sizeArg, sizeLabel, summarize, tableQuery, time, timeAsync, type Summary, writeResults } from './support';

const ROUNDS = 40;
const BASELINE_ROUNDS = 5;

type Stats = Pick<Summary, 'n' | 'p50' | 'p95' | 'max'>;

/** Timings in ms to 2 decimals, percentiles by nearest rank. */
function stats(samples: number[]): Stats {
  const { n, p50, p95, max } = summarize(samples, { percentile: nearestRank, digits: 2 });
  return { n, p50, p95, max };
}

/** The naive register: every row (with its department and content) into JS, then filter, sort, slice. */
function naivePage(ctx: Ctx, query: TableQuery): { rows: ProjectRow[]; total: number } {
  const viewer = viewerOf(ctx);
  const scope = projectScope(viewer);
  const all = ctx.store.all(
    `SELECT p.id, p.code, p.name, p.department_id, d.name AS department_name, p.type, p.year, p.budget, p.funding_source, p.status,
       p.submitted_at, p.updated_at, p.content FROM projects p JOIN departments d ON d.id = p.department_id`,
  );
  const own = scope ? String(scope.params[0]) : null;
  const f = query.filters;
  const queue = new Set<string>(queueStatuses(viewer));
  const text = query.search.trim();
  const rows = all.filter((r) => {
    if (own !== null && r.department_id !== own) return false;
    if (f.department && r.department_id !== f.department) return false;
    if (f.year && r.year !== Number(f.year)) return false;
    if (f.status && r.status !== f.status) return false;
    if (f.type && r.type !== f.type) return false;
    if (f.budgetMin && Number(r.budget) < Number(f.budgetMin)) return false;
    if (f.budgetMax && Number(r.budget) > Number(f.budgetMax)) return false;
    if (f.queue === '1' && !queue.has(String(r.status))) return false;
    if (f.mine === '1' && r.department_id !== (viewer.kind === 'user' ? viewer.user.departmentId : '')) return false;
    if (text && ![r.name, r.code, r.content].some((v) => String(v).toLowerCase().includes(text.toLowerCase()))) return false;
    return true;
  });
  const key: Record<string, string> = { updatedAt: 'updated_at', budget: 'budget', name: 'name', departmentName: 'department_name', code: 'code', year: 'year' };
  const order = [...query.sort.map((s) => ({ k: key[s.id]!, desc: s.desc })), { k: 'code', desc: true }];
  rows.sort((a, b) => {
    for (const { k, desc } of order) {
      const x = a[k]!;
      const y = b[k]!;
      if (x === y) continue;
      return (x! < y! ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
  return { rows: rows.slice(query.offset, query.offset + query.limit).map(toProjectRow), total: rows.length };
}

/** The plain query — LIKE search, the join sorted as it comes — with every index of `projects` switched off. */
function unindexedPage(ctx: Ctx, query: TableQuery) {
  const viewer = viewerOf(ctx);
  const spec = projectTable(viewer);
  const from = spec.from.replace('FROM projects p', 'FROM projects p NOT INDEXED');
  return queryTable(ctx.store, { ...spec, from, search: undefined, fromForSort: undefined, count: { from: 'FROM projects p NOT INDEXED', unless: /\bd\./ } }, query, toProjectRow, projectScope(viewer));
}

async function main(): Promise<void> {
  const size = sizeArg();
  const label = sizeLabel(size);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-bench-projects-'));
  try {
    process.stdout.write(`projects bench, size ${label} (${(typeof size === 'number' ? size : sizeOf(SIZES[size] ?? size)).toLocaleString('en')} resources): building the data folder (setup, not measured) …\n`);
    const load = buildFolder(size, dataDir);
    process.stdout.write(`  setup: ${load.projects.projects.toLocaleString('en')} projects (${load.projects.items.toLocaleString('en')} items, ${load.projects.events.toLocaleString('en')} events) in ${load.resources.toLocaleString('en')} resources, ${(load.ms.total / 1000).toFixed(1)} s\n`);
    const core = await openCore({ dataDir, mode: 'cli', holder: 'projects bench' });
    try {
      const db = core.services.store;
      const dept = (code: string) => db.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [code])!.id;
      const [sjj, gaj, scj] = [dept('ZS028'), dept('ZS006'), dept('ZS024')];
      const user = (id: string, role: 'bureau' | 'auditor' | 'registrant', departmentId: string): Caller => ({ kind: 'user', user: { id, username: id, role, departmentId }, session: 'bench' });
      const bureau = user('bench.bureau', 'bureau', sjj);
      const auditor = user('bench.auditor', 'auditor', sjj);
      const registrant = user('bench.scj', 'registrant', scj);
      const newest = [{ id: 'updatedAt', desc: true }];
      const cases: { name: string; caller: Caller; q: TableQuery }[] = [
        { name: 'status 建设中, newest first', caller: bureau, q: tableQuery({ filters: { status: 'building' }, sort: newest }) },
        { name: 'status 已申报, newest first', caller: bureau, q: tableQuery({ filters: { status: 'submitted' }, sort: newest }) },
        { name: '公安局 + 2025', caller: bureau, q: tableQuery({ filters: { department: gaj, year: '2025' } }) },
        { name: '公安局 + 2025, newest first', caller: bureau, q: tableQuery({ filters: { department: gaj, year: '2025' }, sort: newest }) },
        { name: '100–500 万元, by budget desc', caller: bureau, q: tableQuery({ filters: { budgetMin: '100', budgetMax: '500' }, sort: [{ id: 'budget', desc: true }] }) },
        { name: '≥ 1,000 万元, by budget desc', caller: bureau, q: tableQuery({ filters: { budgetMin: '1000' }, sort: [{ id: 'budget', desc: true }] }) },
        { name: '< 50 万元 (备案), by budget', caller: bureau, q: tableQuery({ filters: { budgetMax: '49.99' }, sort: [{ id: 'budget', desc: false }] }) },
        { name: '升级改造 + 2024, by name', caller: bureau, q: tableQuery({ filters: { type: 'upgrade', year: '2024' }, sort: [{ id: 'name', desc: false }] }) },
        { name: '新建 + 2026, by name desc', caller: bureau, q: tableQuery({ filters: { type: 'new', year: '2026' }, sort: [{ id: 'name', desc: true }] }) },
        { name: 'search 视频监控, newest first', caller: bureau, q: tableQuery({ search: '视频监控', sort: newest }) },
        { name: 'search 升级改造, newest first', caller: bureau, q: tableQuery({ search: '升级改造', sort: newest }) },
        { name: 'search 网格 + 草稿', caller: bureau, q: tableQuery({ search: '网格', filters: { status: 'draft' }, sort: newest }) },
        { name: 'search XM2025-01', caller: bureau, q: tableQuery({ search: 'XM2025-01' }) },
        { name: 'no filter, by department name', caller: bureau, q: tableQuery({ sort: [{ id: 'departmentName', desc: false }] }) },
        { name: 'no filter, newest first', caller: bureau, q: tableQuery({ sort: newest }) },
        { name: 'queue (bureau: 已申报)', caller: bureau, q: tableQuery({ filters: { queue: '1' }, sort: newest }) },
        { name: 'auditor: queue, newest first', caller: auditor, q: tableQuery({ filters: { queue: '1' }, sort: newest }) },
        { name: 'auditor: queue + search 平台', caller: auditor, q: tableQuery({ filters: { queue: '1' }, search: '平台', sort: newest }) },
        { name: 'registrant: own, newest first', caller: registrant, q: tableQuery({ sort: newest }) },
        { name: 'registrant: mine + 草稿', caller: registrant, q: tableQuery({ filters: { mine: '1', status: 'draft' }, sort: newest }) },
        { name: 'registrant: search 监管', caller: registrant, q: tableQuery({ search: '监管', sort: newest }) },
        { name: 'registrant: by budget desc', caller: registrant, q: tableQuery({ sort: [{ id: 'budget', desc: true }] }) },
      ];
      let bumps = 0;
      // One committed row: the data version moves on, so the next call counts again (a first call).
      const bump = () =>
        db.transact({ userId: null }, (tx) => (bumps++ === 0 ? tx.insert('setting', 'bench.projects.version', { value: '0' }) : tx.update('setting', 'bench.projects.version', { value: String(bumps) })));
      const list = (c: Caller, query: TableQuery) => callAs(core.services, c, 'projects.list', query);
      const ctxOf = (c: Caller): Ctx => ({ ...core.services, caller: c });

      process.stdout.write(`  ${cases.length} cases × ${ROUNDS} first calls, ${ROUNDS} repeats, baselines × ${BASELINE_ROUNDS} …\n`);
      for (const c of cases) await list(c.caller, c.q); // warm-up (statement compilation, page cache)
      const cold: number[] = [];
      const warm: number[] = [];
      const naive: number[] = [];
      const unindexed: number[] = [];
      const results = [];
      for (const c of cases) {
        const coldSamples: number[] = [];
        const warmSamples: number[] = [];
        let total = 0;
        for (let i = 0; i < ROUNDS; i++) {
          bump();
          const [page, ms] = await timeAsync(() => list(c.caller, c.q));
          total = page.total;
          coldSamples.push(ms);
          warmSamples.push((await timeAsync(() => list(c.caller, c.q)))[1]);
        }
        const ctx = ctxOf(c.caller);
        const service = await list(c.caller, c.q);
        const check = naivePage(ctx, c.q);
        if (check.total !== service.total || check.rows[0]?.id !== service.rows[0]?.id) {
          throw new Error(`baseline disagrees on "${c.name}": ${check.total}/${check.rows[0]?.code} vs ${service.total}/${service.rows[0]?.code}`);
        }
        const naiveSamples = Array.from({ length: BASELINE_ROUNDS }, () => time(() => naivePage(ctx, c.q))[1]);
        const unindexedSamples = Array.from({ length: BASELINE_ROUNDS }, () => {
          bump();
          return time(() => unindexedPage(ctx, c.q))[1];
        });
        cold.push(...coldSamples);
        warm.push(...warmSamples);
        naive.push(...naiveSamples);
        unindexed.push(...unindexedSamples);
        results.push({ name: c.name, total, first: stats(coldSamples), repeat: stats(warmSamples), naive: stats(naiveSamples), unindexed: stats(unindexedSamples) });
      }
      const all = { first: stats(cold), repeat: stats(warm), naive: stats(naive), unindexed: stats(unindexed) };
      const ratio = (b: Stats) => ({ p50: roundTo(b.p50 / all.first.p50, 1), p95: roundTo(b.p95 / all.first.p95, 1) });
      const ratios = { naive: ratio(all.naive), unindexed: ratio(all.unindexed) };
      const missed = results.filter((r) => r.first.p95 > 50).map((r) => r.name);

      console.log(`\nprojects bench at ${label}: ${load.projects.projects.toLocaleString('en')} projects, ${load.resources.toLocaleString('en')} resources (ms; first call = count computed)`);
      console.log(`${padEnd('', 40)} ${pad('rows', 6)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('max', 7)} ${pad('repeat', 7)} ${pad('JS p50', 8)} ${pad('noidx', 7)}`);
      for (const r of results) console.log(`${padEnd(r.name, 40)} ${pad(r.total, 6)} ${pad(r.first.p50, 7)} ${pad(r.first.p95, 7)} ${pad(r.first.max, 7)} ${pad(r.repeat.p50, 7)} ${pad(r.naive.p50, 8)} ${pad(r.unindexed.p50, 7)}`);
      console.log(`${padEnd('all cases, first call', 40)} ${pad('', 6)} ${pad(all.first.p50, 7)} ${pad(all.first.p95, 7)} ${pad(all.first.max, 7)}   budget p95 ≤ 50`);
      console.log(`${padEnd('all cases, repeat (count cached)', 40)} ${pad('', 6)} ${pad(all.repeat.p50, 7)} ${pad(all.repeat.p95, 7)} ${pad(all.repeat.max, 7)}`);
      console.log(`${padEnd('baseline: all rows in JS', 40)} ${pad('', 6)} ${pad(all.naive.p50, 7)} ${pad(all.naive.p95, 7)} ${pad(all.naive.max, 7)}   ${ratios.naive.p50}× (p50), ${ratios.naive.p95}× (p95) slower`);
      console.log(`${padEnd('baseline: no indexes (NOT INDEXED, LIKE)', 40)} ${pad('', 6)} ${pad(all.unindexed.p50, 7)} ${pad(all.unindexed.p95, 7)} ${pad(all.unindexed.max, 7)}   ${ratios.unindexed.p50}× (p50), ${ratios.unindexed.p95}× (p95) slower`);
      console.log(`\ntarget filter + sort + first page p95 ≤ 50 ms: ${all.first.p95 <= 50 && missed.length === 0 ? 'met' : `MISSED (${missed.join('; ') || 'overall'})`}`);

      const { departmentIds: _ids, dataDir: _dir, ...setup } = load;
      const via = 'callAs(projects.list) → listProjects (electron/services/projects/table.ts) on openCore; first calls after a one-row commit (count recomputed)';
      writeResults('projects', { bench: 'projects', at: new Date().toISOString(), machine: machine({ totalMem: true }), size: label, via, setup, rounds: ROUNDS, all, ratios, cases: results, targetMet: all.first.p95 <= 50 && missed.length === 0 });
    } finally {
      await core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
