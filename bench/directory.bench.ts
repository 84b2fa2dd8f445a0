/**
 * Directory benchmark (issue 3 budgets): keyword search, filter + sort + first page, facets,
 * opening the data folder and its resident memory, on a generated directory.
 *
 *   npm run bench -- directory                          (size L: 100,000 resources, ~1,000,000 data items)
 *   TONGCHOU_BENCH_SIZE=S npm run bench -- directory     (S, M or L; or a resource count)
 *   node --import tsx --expose-gc bench/directory.bench.ts --size M
 *
 * Setup (not measured): a child process builds the data folder with the bench-only bulk loader
 * (bench/generate/load.ts), so this process's memory figures count only opening and using it.
 * Measured through the product's own services — `listResources` and `directoryFacets`
 * (electron/services/directory/listing.ts) on a core opened with `openCore` — as the system
 * caller (a curator: the whole directory) and as a registrant of another department (the
 * negative-list scope and item visibility in the SQL). The `LIKE '%q%'` baseline is the same
 * table query with the full-text search swapped for LIKE over name, summary and item names, in
 * the same process on the same data. For reference it also times the index alone: one MATCH of the
 * query's bigrams as plain SQL (count + first page by update time). Writes bench/results/directory.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TableQuery } from '../shared/model/table-query';
import { searchTokens } from '../shared/text/normalize';
import { openCore } from '../electron/app/core';
import type { Ctx } from '../electron/services/context';
import { directoryFacets, listResources } from '../electron/services/directory/listing';
import { resourceTable, ROW_COLUMNS, ROW_FROM, toResourceRow } from '../electron/services/directory/resource-table';
import { listScope, viewerOf } from '../electron/services/directory/visibility';
import { queryTable, type TableSpec } from '../electron/services/table-sql';
import { sizeOf } from '../shared/demo/generator/directory';
import { buildFolder, floorIndex, gc, machine, mib, MiB, pad, padEnd, roundTo, sizeArg, sizeLabel, summarize, tableQuery, time, timeAsync, type Summary, writeResults } from './support';

/** Realistic searches of the directory page: subjects, data items, licences, places, two-word and no-hit queries. */
const QUERIES = [
  '人口', '户籍', '企业登记', '不动产', '社保', '营业执照', '出租屋', '公民身份号码', '统一社会信用代码', '食品经营许可',
  '学籍', '医疗机构', '婚姻登记', '低保', '网格', '排污许可', '空气质量', '机动车', '驾驶人', '公积金',
  '残疾人', '养老', '危险化学品', '施工许可', '出入境', '法定代表人', '不动产单元号', '参保', '出生医学证明', '河湖',
  '预警信号', '公交线路', '停车场', '行政处罚', '消防', '电梯', '三小场所', '流动人员', '小榄镇 出租屋', '食品 许可',
  '红木家具', '量子计算',
];
const FTS_ROUNDS = 5;
const LIKE_ROUNDS = 2;
const FILTER_ROUNDS = 10;
const FACET_ROUNDS = 5;

type Stats = Pick<Summary, 'n' | 'p50' | 'p95' | 'max' | 'mean'>;

/** Timings in ms to 2 decimals; percentiles by `floorIndex`, the rule README.md's directory figures were measured with. */
function stats(samples: number[]): Stats {
  const { n, p50, p95, max, mean } = summarize(samples, { percentile: floorIndex, digits: 2 });
  return { n, p50, p95, max, mean };
}

let peakRss = 0;
function sampleRss(): number {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  return rss;
}

async function main(): Promise<void> {
  const size = sizeArg();
  const count = sizeOf(size);
  const label = sizeLabel(size);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-bench-directory-'));
  try {
    process.stdout.write(`directory bench, size ${label} (${count.toLocaleString('en')} resources): building the data folder (setup, not measured) …\n`);
    const load = buildFolder(size, dataDir);
    process.stdout.write(
      `  setup: ${load.resources.toLocaleString('en')} resources, ${load.items.toLocaleString('en')} data items, snapshot ${(load.snapshotBytes / MiB).toFixed(0)} MiB, ${(load.ms.total / 1000).toFixed(1)} s\n`,
    );

    // Opening: the real path (openCore → openStore: read + verify the snapshot, replay, migrate; then the directory seed check).
    gc();
    const rssBefore = sampleRss();
    const [core, openMs] = await timeAsync(() => openCore({ dataDir, mode: 'cli', holder: 'directory bench' }));
    gc();
    const rssAfterOpen = sampleRss();
    const memAfterOpen = process.memoryUsage();
    try {
      const system: Ctx = core.systemCtx();
      const gaj = core.services.store.get<{ id: string }>("SELECT id FROM departments WHERE code = 'ZS006'")!.id;
      const scj = core.services.store.get<{ id: string }>("SELECT id FROM departments WHERE code = 'ZS024'")!.id;
      const xiaolan = core.services.store.get<{ id: string }>("SELECT id FROM departments WHERE code = 'ZT009'")!.id;
      // A registrant of 市场监管局 (not a curator): lists published entries of others and its own drafts;
      // item names of others' 不予共享 entries must not match its searches.
      const registrant: Ctx = { ...system, caller: { kind: 'user', user: { id: 'bench-user', username: 'bench.scj', role: 'registrant', departmentId: scj }, session: 'bench' } };

      // ---- keyword search: FTS (the service) vs LIKE (same query, search swapped) ----
      const likeSpec = (ctx: Ctx): TableSpec => {
        const spec = resourceTable(viewerOf(ctx));
        return { ...spec, search: undefined, searchable: ['r.name', 'r.summary', 'r.item_names'] };
      };
      const searchQ = (q: string) => tableQuery({ search: q, sort: [{ id: 'updatedAt', desc: true }] });
      const fts = (ctx: Ctx, q: string) => listResources(ctx, searchQ(q));
      const like = (ctx: Ctx, q: string) => queryTable(ctx.store, likeSpec(ctx), searchQ(q), toResourceRow, listScope(viewerOf(ctx)));
      // Reference: the index alone, as plain SQL — one MATCH of the query's bigrams ("t1" "t2" …, AND), count + first page.
      const rawFts = (q: string) => {
        const match = searchTokens(q).map((t) => `"${t}"`).join(' ');
        const total = core.services.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM resource_fts WHERE resource_fts MATCH ?', [match])?.n ?? 0;
        const rows = core.services.store.all(
          `SELECT ${ROW_COLUMNS} ${ROW_FROM} WHERE r.rowid IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?) ORDER BY r.updated_at DESC, r.code LIMIT 100`,
          [match],
        );
        return { total, rows };
      };

      process.stdout.write(`  search: ${QUERIES.length} queries × ${FTS_ROUNDS} rounds (FTS) and × ${LIKE_ROUNDS} rounds (LIKE) …\n`);
      for (const q of QUERIES) fts(system, q); // warm-up
      const ftsSamples: number[] = [];
      const ftsDeptSamples: number[] = [];
      const rawSamples: number[] = [];
      const likeSamples: number[] = [];
      const perQuery = QUERIES.map((q) => ({ q, ftsTotal: 0, ftsDeptTotal: 0, likeTotal: 0, fts: [] as number[], like: [] as number[] }));
      for (let round = 0; round < FTS_ROUNDS; round++) {
        for (const pq of perQuery) {
          const [page, ms] = time(() => fts(system, pq.q));
          pq.ftsTotal = page.total;
          pq.fts.push(ms);
          ftsSamples.push(ms);
          const [deptPage, deptMs] = time(() => fts(registrant, pq.q));
          pq.ftsDeptTotal = deptPage.total;
          ftsDeptSamples.push(deptMs);
          rawSamples.push(time(() => rawFts(pq.q))[1]);
        }
        sampleRss();
      }
      for (let round = 0; round < LIKE_ROUNDS; round++) {
        for (const pq of perQuery) {
          const [page, ms] = time(() => like(system, pq.q));
          pq.likeTotal = page.total;
          pq.like.push(ms);
          likeSamples.push(ms);
        }
        sampleRss();
      }
      const ftsStats = stats(ftsSamples);
      const likeStats = stats(likeSamples);
      const ratio = { p50: roundTo(likeStats.p50 / ftsStats.p50, 1), p95: roundTo(likeStats.p95 / ftsStats.p95, 1), mean: roundTo(likeStats.mean / ftsStats.mean, 1) };
      const hits = perQuery.reduce((a, p) => ({ fts: a.fts + p.ftsTotal, like: a.like + p.likeTotal }), { fts: 0, like: 0 });

      // ---- filter + sort + first page ----
      const scenarios: { name: string; ctx: Ctx; q: TableQuery }[] = [
        { name: '公安局 + 有条件共享, by name', ctx: system, q: tableQuery({ filters: { provider: gaj, shareType: 'conditional' }, sort: [{ id: 'name', desc: false }] }) },
        { name: 'status 草稿, newest first', ctx: system, q: tableQuery({ filters: { status: 'draft' }, sort: [{ id: 'updatedAt', desc: true }] }) },
        { name: 'status 已发布, newest first', ctx: system, q: tableQuery({ filters: { status: 'published' }, sort: [{ id: 'updatedAt', desc: true }] }) },
        { name: '基础类, by code', ctx: system, q: tableQuery({ filters: { classKind: 'base' } }) },
        { name: 'class 207* 社会保障, newest first', ctx: system, q: tableQuery({ filters: { classCode: '207' }, sort: [{ id: 'updatedAt', desc: true }] }) },
        { name: '电子表格 + 每月, by name', ctx: system, q: tableQuery({ filters: { format: 'spreadsheet', updateCycle: 'monthly' }, sort: [{ id: 'name', desc: false }] }) },
        { name: '开放, latest published', ctx: system, q: tableQuery({ filters: { openType: 'open' }, sort: [{ id: 'publishedAt', desc: true }] }) },
        { name: '不予共享 + 已发布, by code', ctx: system, q: tableQuery({ filters: { shareType: 'none', status: 'published' } }) },
        { name: 'no filter, by provider name', ctx: system, q: tableQuery({ sort: [{ id: 'providerName', desc: false }] }) },
        { name: 'no filter, by name desc', ctx: system, q: tableQuery({ sort: [{ id: 'name', desc: true }] }) },
        { name: '小榄镇, newest first', ctx: system, q: tableQuery({ filters: { provider: xiaolan }, sort: [{ id: 'updatedAt', desc: true }] }) },
        { name: '公安局 + search 人口', ctx: system, q: tableQuery({ filters: { provider: gaj }, search: '人口', sort: [{ id: 'updatedAt', desc: true }] }) },
        { name: 'registrant: no filter, by name', ctx: registrant, q: tableQuery({ sort: [{ id: 'name', desc: false }] }) },
        { name: 'registrant: 有条件共享, newest first', ctx: registrant, q: tableQuery({ filters: { shareType: 'conditional' }, sort: [{ id: 'updatedAt', desc: true }] }) },
        { name: 'registrant: 公安局, by name', ctx: registrant, q: tableQuery({ filters: { provider: gaj }, sort: [{ id: 'name', desc: false }] }) },
      ];
      process.stdout.write(`  filters: ${scenarios.length} scenarios × ${FILTER_ROUNDS} …\n`);
      const filterAll: number[] = [];
      const filterResults = scenarios.map((s) => {
        listResources(s.ctx, s.q); // warm-up
        const samples: number[] = [];
        let total = 0;
        for (let i = 0; i < FILTER_ROUNDS; i++) {
          const [page, ms] = time(() => listResources(s.ctx, s.q));
          total = page.total;
          samples.push(ms);
          filterAll.push(ms);
        }
        return { name: s.name, total, ms: stats(samples) };
      });
      sampleRss();
      const deepQ = tableQuery({ offset: Math.floor(count / 2), sort: [{ id: 'name', desc: false }] });
      listResources(system, deepQ);
      const deep = stats(Array.from({ length: FILTER_ROUNDS }, () => time(() => listResources(system, deepQ))[1]));

      // ---- facet counts (the directory page asks for them with every change of filters) ----
      // The service memoises them until the data changes, so first calls (cold) and repeats (cached) are timed apart;
      // every cold sample uses a key not asked for before.
      const facetCases: { name: string; q: Pick<TableQuery, 'filters' | 'search'> }[] = [
        { name: 'no filter', q: { filters: {}, search: '' } },
        { name: '有条件共享', q: { filters: { shareType: 'conditional' }, search: '' } },
        { name: '公安局', q: { filters: { provider: gaj }, search: '' } },
        { name: 'search 人口', q: { filters: {}, search: '人口' } },
      ];
      const facetResults = facetCases.map((c) => {
        const cold = time(() => directoryFacets(system, c.q))[1];
        return { name: c.name, coldMs: roundTo(cold, 2), cached: stats(Array.from({ length: FACET_ROUNDS }, () => time(() => directoryFacets(system, c.q))[1])) };
      });
      const otherDepts = core.services.store.all<{ id: string }>("SELECT id FROM departments WHERE code NOT IN ('ZS006') ORDER BY code LIMIT 20");
      const facetColdProvider = stats(otherDepts.map((d) => time(() => directoryFacets(system, { filters: { provider: d.id }, search: '' }))[1]));
      const facetColdSearch = stats(QUERIES.slice(1, 21).map((q) => time(() => directoryFacets(system, { filters: {}, search: q }))[1]));
      gc();
      const rssEnd = sampleRss();

      const filterStats = stats(filterAll);
      const targets = {
        searchP95Under50ms: ftsStats.p95 <= 50,
        searchAtLeast10xLike: ratio.p50 >= 10,
        filterP95Under50ms: filterStats.p95 <= 50,
        openUnder5s: openMs <= 5000,
        rssUnder1_5GiB: peakRss <= 1.5 * 1024 * MiB,
      };

      // ---- report ----
      const row = (name: string, s: Stats, extra = '') => console.log(`${padEnd(name, 44)} ${pad(s.n, 5)} ${pad(s.p50, 9)} ${pad(s.p95, 9)} ${pad(s.max, 9)}  ${extra}`);
      console.log(`\ndirectory bench at ${label}: ${load.resources.toLocaleString('en')} resources, ${load.items.toLocaleString('en')} data items (ms)`);
      console.log(`${padEnd('', 44)} ${pad('n', 5)} ${pad('p50', 9)} ${pad('p95', 9)} ${pad('max', 9)}`);
      row('search FTS (listResources, curator)', ftsStats, 'budget p95 ≤ 50');
      row('search FTS (listResources, registrant)', stats(ftsDeptSamples));
      row('search FTS (raw SQL: one MATCH, count + page)', stats(rawSamples), 'reference: the index alone');
      row("search LIKE '%q%' (same query)", likeStats);
      console.log(`${padEnd('  LIKE / FTS', 44)} ${pad('', 5)} ${pad(ratio.p50 + '×', 9)} ${pad(ratio.p95 + '×', 9)}            budget ≥ 10×`);
      console.log(`${padEnd('  hits summed over queries: FTS / LIKE', 44)} ${pad('', 5)} ${pad(hits.fts, 9)} ${pad(hits.like, 9)}`);
      row('filter + sort + first page (all)', filterStats, 'budget p95 ≤ 50');
      for (const f of filterResults) row(`  ${f.name}`, f.ms, `${f.total.toLocaleString('en')} rows`);
      row(`deep page (offset ${deepQ.offset.toLocaleString('en')}, by name)`, deep);
      for (const f of facetResults) row(`facets, cached: ${f.name}`, f.cached, `first call ${f.coldMs} ms`);
      row('facets, first call: provider filter (20 depts)', facetColdProvider);
      row('facets, first call: search (20 queries)', facetColdSearch);
      console.log(`\nopen (openCore → openStore + seed check): ${Math.round(openMs)} ms (budget ≤ 5000)`);
      console.log(`resident memory: before open ${mib(rssBefore)} MiB, after open ${mib(rssAfterOpen)} MiB, at end ${mib(rssEnd)} MiB, peak ${mib(peakRss)} MiB (budget ≤ 1536)`);
      console.log(`per query (p50 ms, FTS vs LIKE, hits):`);
      for (const p of perQuery) {
        console.log(`  ${padEnd(p.q, 18)} ${pad(stats(p.fts).p50, 7)} ${pad(stats(p.like).p50, 8)}   ${pad(p.ftsTotal, 6)} / ${pad(p.likeTotal, 6)}  (registrant ${p.ftsDeptTotal})`);
      }
      const met = Object.entries(targets).map(([k, v]) => `${k}: ${v ? 'met' : 'MISSED'}`);
      console.log(`\ntargets: ${met.join(', ')}`);

      const { departmentIds: _ids, dataDir: _dir, ...setup } = load;
      writeResults('directory', {
        bench: 'directory',
        at: new Date().toISOString(),
        machine: machine({ totalMem: true }),
        size: label,
        via: 'services: listResources / directoryFacets (electron/services/directory/listing.ts) on openCore; LIKE baseline = same TableSpec with search over r.name, r.summary, r.item_names',
        setup,
        open: { ms: Math.round(openMs), rssBeforeMiB: mib(rssBefore), rssAfterMiB: mib(rssAfterOpen), heapUsedMiB: mib(memAfterOpen.heapUsed), externalMiB: mib(memAfterOpen.external) },
        rss: { endMiB: mib(rssEnd), peakMiB: mib(peakRss) },
        search: {
          queries: QUERIES.length,
          ftsRounds: FTS_ROUNDS,
          likeRounds: LIKE_ROUNDS,
          fts: ftsStats,
          ftsRegistrant: stats(ftsDeptSamples),
          ftsRawSql: stats(rawSamples),
          like: likeStats,
          ratio,
          hits,
          perQuery: perQuery.map((p) => ({ q: p.q, ftsTotal: p.ftsTotal, ftsRegistrantTotal: p.ftsDeptTotal, likeTotal: p.likeTotal, ftsP50: stats(p.fts).p50, likeP50: stats(p.like).p50 })),
        },
        filters: { all: filterStats, scenarios: filterResults, deepPage: { offset: deepQ.offset, ms: deep } },
        facets: { cases: facetResults, firstCallProvider: facetColdProvider, firstCallSearch: facetColdSearch },
        targets,
      });
    } finally {
      await core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
