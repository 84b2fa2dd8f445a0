import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoDepartments } from '../shared/demo/zhongshan';
import { isClassCode, parentClassCode, RESOURCE_CODE } from '../shared/directory/codes';
import { resourceInputSchema } from '../shared/directory/resource';
import { validateEntry } from '../shared/directory/validate';
import { METHODS_FOR_FORMAT } from '../shared/directory/vocab';
import { nameKey, searchTokens } from '../shared/text/normalize';
import { openCore } from '../electron/app/core';
import { listResources } from '../electron/services/directory/listing';
import { openStore } from '../electron/store/store';
import { generateDirectory, GENERATED_NOW, toResourceInput, type GeneratedResource } from '../shared/demo/generator/directory';
import { ELEMENTS } from '../shared/demo/generator/elements';
import { generateProjects, toProjectInput, type GeneratedProject } from '../shared/demo/generator/projects';
import { projectInputSchema } from '../shared/project/project';
import { validateProject } from '../shared/project/validate';
import { PROJECT_STATUSES, WORKFLOW, type ProjectAction } from '../shared/project/workflow';
import { callAs } from '../electron/api/dispatch';
import { loadDirectory } from './generate/load';

const collect = (size: number | 'S' | 'M', seed?: number): GeneratedResource[] => [...generateDirectory({ size, ...(seed === undefined ? {} : { seed }) }).resources()];
const S = collect('S');
const byShare = (rs: GeneratedResource[], t: string) => rs.filter((r) => r.shareType === t).length / rs.length;

/** Canonical element name of an item name (公民身份号码 for 身份证号码 …), or the name itself. */
const canonical = new Map<string, string>();
for (const e of ELEMENTS) for (const n of [e.name, ...e.synonyms]) canonical.set(n, e.name);

describe('generateDirectory', () => {
  it('is deterministic for a seed, and another seed gives another directory', () => {
    expect(JSON.stringify(collect(300, 7))).toBe(JSON.stringify(collect(300, 7)));
    expect(collect(50, 8).map((r) => r.name)).not.toEqual(collect(50, 7).map((r) => r.name));
  });

  it('S has 1,000 resources with about ten data items each, and is the start of M', () => {
    expect(S).toHaveLength(1000);
    const items = S.reduce((n, r) => n + r.items.length, 0);
    expect(items / S.length).toBeGreaterThan(9);
    expect(items / S.length).toBeLessThan(11);
    expect(JSON.stringify(collect('M').slice(0, 1000))).toBe(JSON.stringify(S));
  });

  it('gives 66 departments, classification trees whose parents exist, and a dictionary of elements', () => {
    const g = generateDirectory({ size: 'S' });
    expect(g.departments.map((d) => d.code)).toEqual(demoDepartments.map((d) => d.code));
    const codes = new Set(g.classifications.map((c) => c.code));
    for (const c of g.classifications) {
      expect(isClassCode(c.code), c.code).toBe(true);
      expect(c.parentCode).toBe(parentClassCode(c.code));
      if (c.parentCode) expect(codes.has(c.parentCode), c.code).toBe(true);
    }
    for (const code of ['101', '106', '201', '210', '306', '366']) expect(codes.has(code), code).toBe(true);
    expect(new Set(g.elements.map((e) => e.identifier)).size).toBe(g.elements.length);
  });

  it('every resource passes the entry schema and the guide rules with no issue, codes unique and well-formed', () => {
    const g = generateDirectory({ size: 'S' });
    const classes = new Set(g.classifications.map((c) => c.code));
    const elementIds = new Set(g.elements.map((e) => e.id));
    const siblings = new Map<string, Map<string, string>>();
    const codes = new Set<string>();
    for (const r of S) {
      const parsed = resourceInputSchema.safeParse(toResourceInput(r, `dept-${r.providerDeptCode}`));
      expect(parsed.success, `${r.code} ${r.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const keys = siblings.get(r.providerDeptCode) ?? new Map<string, string>();
      siblings.set(r.providerDeptCode, keys);
      expect(validateEntry(parsed.data!, { siblingKeys: keys, ownCode: r.code }), `${r.code} ${r.name}`).toEqual([]);
      keys.set(nameKey(r.name), r.code);

      expect(r.code).toMatch(RESOURCE_CODE);
      expect(r.code.startsWith(`${r.classCode}/`)).toBe(true);
      expect(codes.has(r.code)).toBe(false);
      for (const rel of r.relatedCodes) expect(codes.has(rel), `${r.code} relates to an earlier code`).toBe(true);
      codes.add(r.code);
      expect(classes.has(r.classCode), r.classCode).toBe(true);
      for (const it of r.items) if (it.elementId) expect(elementIds.has(it.elementId)).toBe(true);
      expect(r.createdAt <= r.updatedAt).toBe(true);
      expect(r.publishedAt === null).toBe(!['published', 'retired'].includes(r.status));
    }
  });

  it('draws share and open attributes in legal, realistic combinations', () => {
    for (const r of S) {
      if (r.shareType === 'none') {
        expect(r.openType).toBe('closed');
        expect(r.shareMethod).toBeNull();
      } else {
        expect(METHODS_FOR_FORMAT[r.format]).toContain(r.shareMethod);
      }
      if (r.shareType === 'conditional') expect(r.shareCondition.length).toBeGreaterThan(4);
      if (r.openType === 'conditional') expect(r.openCondition.length).toBeGreaterThan(4);
    }
    expect(byShare(S, 'unconditional')).toBeGreaterThan(0.48);
    expect(byShare(S, 'unconditional')).toBeLessThan(0.62);
    expect(byShare(S, 'conditional')).toBeGreaterThan(0.28);
    expect(byShare(S, 'conditional')).toBeLessThan(0.42);
    expect(byShare(S, 'none')).toBeGreaterThan(0.06);
    expect(byShare(S, 'none')).toBeLessThan(0.15);
    const statuses = new Set(S.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['draft', 'pending', 'published', 'retired', 'returned']);
    expect(S.filter((r) => r.status === 'published').length).toBeGreaterThan(750);
  });

  it('has the same elements collected by many departments, under several names (多头采集)', () => {
    const depts = new Map<string, Set<string>>();
    const names = new Map<string, Set<string>>();
    for (const r of S) {
      for (const it of r.items) {
        const el = canonical.get(it.name);
        if (!el) continue;
        (depts.get(el) ?? depts.set(el, new Set()).get(el)!).add(r.providerDeptCode);
        (names.get(el) ?? names.set(el, new Set()).get(el)!).add(it.name);
      }
    }
    const widelyCollected = [...depts].filter(([, d]) => d.size >= 3).map(([e]) => e);
    expect(widelyCollected.length).toBeGreaterThanOrEqual(10);
    for (const el of ['公民身份号码', '姓名', '联系电话', '统一社会信用代码']) expect(depts.get(el)?.size ?? 0, el).toBeGreaterThanOrEqual(10);
    expect([...(names.get('公民身份号码') ?? [])].length).toBeGreaterThanOrEqual(3);
  });

  it('writes Chinese summaries of two to four sentences that name some of the data items', () => {
    for (const r of S.slice(0, 200)) {
      const sentences = r.summary.split('。').filter(Boolean);
      expect(sentences.length, r.summary).toBeGreaterThanOrEqual(2);
      expect(sentences.length, r.summary).toBeLessThanOrEqual(4);
      expect(r.items.some((it) => r.summary.includes(it.name)), r.summary).toBe(true);
    }
  });
});

describe('generateProjects', () => {
  const P = generateProjects({ size: 'S' }); // draws on the S directory above (same default seed)
  const resources = new Map(S.map((r) => [r.id, r]));
  const all = (f: (p: GeneratedProject) => boolean) => P.filter(f).length / P.length;

  it('is deterministic for a seed, and another seed gives other projects', () => {
    expect(JSON.stringify(generateProjects({ size: 20, seed: 7 }))).toBe(JSON.stringify(generateProjects({ size: 20, seed: 7 })));
    expect(generateProjects({ size: 20, seed: 8 }).map((p) => p.name)).not.toEqual(generateProjects({ size: 20, seed: 7 }).map((p) => p.name));
  });

  it('S has 100 projects that pass the declaration schema and rules, in 2022–2027, with 5–3,000 万元 budgets', () => {
    expect(P).toHaveLength(100);
    const codes = new Set<string>();
    for (const p of P) {
      const parsed = projectInputSchema.safeParse(toProjectInput(p, `dept-${p.departmentCode}`));
      expect(parsed.success, `${p.code} ${p.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(validateProject(parsed.data!, { sameNameCodes: [] }).filter((i) => i.severity === 'error'), p.name).toEqual([]);
      expect(p.code).toMatch(new RegExp(`^XM${p.year}-\\d{4}$`));
      expect(codes.has(p.code)).toBe(false);
      codes.add(p.code);
      expect(p.year).toBeGreaterThanOrEqual(2022);
      expect(p.year).toBeLessThanOrEqual(2027);
      expect(p.budget).toBeGreaterThanOrEqual(5);
      expect(p.budget).toBeLessThanOrEqual(3000);
      expect(p.systems.length).toBeGreaterThanOrEqual(1);
      expect(p.systems.length).toBeLessThanOrEqual(4);
      for (const sys of p.systems) expect(sys.functions.length, sys.name).toBeGreaterThanOrEqual(2);
      for (const sys of p.systems) expect(sys.functions.length, sys.name).toBeLessThanOrEqual(8);
      expect(p.items.length).toBeGreaterThanOrEqual(3);
      expect(p.items.length).toBeLessThanOrEqual(40);
      expect(p.name).toMatch(/项目$/);
    }
    expect(all((p) => p.budget < 50)).toBeGreaterThan(0.1); // under the 备案 threshold
    expect(all((p) => p.budget >= 500)).toBeGreaterThan(0.05);
    expect(new Set(P.map((p) => p.type)).size).toBe(3);
    expect(new Set(P.map((p) => p.year)).size).toBe(6);
    expect(new Set(P.map((p) => p.departmentCode)).size).toBeGreaterThan(30);
  });

  it('reaches every status by steps the workflow allows, in time order, before the generation date', () => {
    const M = generateProjects({ size: 'M' });
    expect(M).toHaveLength(1000);
    expect(new Set(M.map((p) => p.status))).toEqual(new Set(PROJECT_STATUSES));
    for (const p of M) {
      let status = 'draft';
      for (const [i, e] of p.events.entries()) {
        if (i > 0) expect(e.at > p.events[i - 1]!.at, `${p.code} ${e.action}`).toBe(true);
        if (e.action === 'create' || e.action === 'except') continue;
        expect(WORKFLOW[e.action as ProjectAction].from, `${p.code} ${e.action}`).toContain(status);
        expect(e.fromStatus).toBe(status);
        if (WORKFLOW[e.action as ProjectAction].commentRequired) expect(e.comment.length).toBeGreaterThan(4);
        status = e.toStatus;
      }
      expect(status).toBe(p.status);
      expect(p.updatedAt <= new Date(GENERATED_NOW).toISOString()).toBe(true);
      expect(p.submittedAt).toBe([...p.events].reverse().find((e) => e.action === 'submit')?.at ?? null);
      if (p.status === 'filed') expect(p.budget).toBeLessThan(50);
      if (['sharing_review', 'approved', 'rejected'].includes(p.status)) expect(p.budget).toBeGreaterThanOrEqual(50);
      // Accepted projects passed the gate: every promise met or excepted.
      if (p.status === 'operating') for (const x of p.provides) expect(x.met || x.exception !== null, p.code).toBe(true);
    }
  });

  it('re-collects data other departments already hold, needs their published entries, promises its own', () => {
    let items = 0;
    let held = 0;
    for (const p of P) {
      for (const it of p.items) {
        items++;
        if (!it.heldBy) continue;
        held++;
        const source = resources.get(it.heldBy)!;
        expect(source.providerDeptCode).not.toBe(p.departmentCode);
        expect(source.status).toBe('published');
        expect(source.items.map((i) => i.name)).toContain(it.name);
      }
      for (const c of p.consumes) {
        const r = resources.get(c.resourceId)!;
        expect(r.providerDeptCode).not.toBe(p.departmentCode);
        expect(r.status).toBe('published');
        expect(r.shareType).not.toBe('none');
      }
      for (const x of p.provides) {
        if (x.resourceId === null) continue;
        expect(resources.get(x.resourceId)!.providerDeptCode).toBe(p.departmentCode);
        expect(resources.get(x.resourceId)!.status).not.toBe('retired');
      }
    }
    expect(held / items).toBeGreaterThan(0.2);
    expect(held / items).toBeLessThan(0.45);
    expect(all((p) => p.items.filter((i) => i.heldBy).length / p.items.length >= 0.25)).toBeGreaterThan(0.5);
    expect(all((p) => p.consumes.length > 0)).toBeGreaterThan(0.5);
    expect(all((p) => p.provides.some((x) => x.draft !== null))).toBeGreaterThan(0.1);
    expect(all((p) => p.provides.some((x) => x.met))).toBeGreaterThan(0.1);
    // 重复建设: systems another (earlier) project already built.
    const earlier = new Map(P.map((p, i) => [p.id, i]));
    const rebuilt = P.flatMap((p, i) => p.systems.filter((sys) => sys.rebuilds).map((sys) => ({ sys, i, by: earlier.get(sys.rebuilds!)! })));
    expect(rebuilt.length).toBeGreaterThanOrEqual(5);
    for (const r of rebuilt) expect(r.by).toBeLessThan(r.i);
  });
});

describe('loadDirectory (bench-only bulk loader)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('builds a data folder that openStore and the directory services open, with the index the triggers would build', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-bench-load-'));
    dirs.push(dataDir);
    const loaded = await loadDirectory(dataDir, { size: 300, seed: 11 });
    expect(loaded.resources).toBe(300);
    expect(loaded.projects.projects).toBe(30);

    const store = await openStore({ dataDir, holder: 'vitest' });
    try {
      // The directory plus the new entries projects promised (registered as drafts).
      expect(store.get<{ n: number }>('SELECT COUNT(*) AS n FROM resources')?.n).toBe(300 + loaded.projects.promisedDrafts);
      expect(store.get<{ n: number }>('SELECT COUNT(*) AS n FROM data_items')?.n).toBe(loaded.items);
      // The bulk-filled index holds exactly what the insert trigger computes.
      const rows = store.all<{ rowid: number; name: string; summary: string; item_names: string }>('SELECT rowid, name, summary, item_names FROM resources ORDER BY rowid LIMIT 20');
      for (const r of rows) {
        const fts = store.get<{ basic: string; items: string }>('SELECT basic, items FROM resource_fts WHERE rowid = ?', [r.rowid]);
        expect(fts).toEqual({ basic: searchTokens(`${r.name} ${r.summary}`).join(' '), items: searchTokens(r.item_names).join(' ') });
      }
      // Schema objects came back: every index and the insert trigger.
      const triggers = store.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'resources'").map((t) => t.name);
      expect(triggers).toContain('resources_fts_insert');
      expect(store.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'index' AND name = 'data_items_resource'")).toBeDefined();
      // Code counters continue after the highest code of each prefix.
      const seq = store.all<{ id: string; next: number; max: number }>(
        "SELECT s.id, s.next, (SELECT MAX(CAST(substr(code, instr(code, '/') + 1) AS INTEGER)) FROM resources WHERE class_code = s.id) AS max FROM code_sequences s WHERE s.id NOT LIKE 'project:%'",
      );
      expect(seq.length).toBeGreaterThan(10);
      for (const s of seq) expect(s.next).toBe(s.max + 1);
    } finally {
      await store.close();
    }

    const core = await openCore({ dataDir, mode: 'cli', holder: 'vitest' });
    try {
      const ctx = core.systemCtx();
      const all = listResources(ctx, { offset: 0, limit: 5, sort: [{ id: 'updatedAt', desc: true }], filters: {}, search: '' });
      expect(all.total).toBe(300 + loaded.projects.promisedDrafts);
      const hits = listResources(ctx, { offset: 0, limit: 100, sort: [], filters: {}, search: '统一社会信用代码' });
      const like = core.services.store.get<{ n: number }>("SELECT COUNT(*) AS n FROM resources WHERE name LIKE '%统一社会信用代码%' OR summary LIKE '%统一社会信用代码%' OR item_names LIKE '%统一社会信用代码%'")?.n;
      expect(hits.total).toBeGreaterThan(0);
      expect(hits.total).toBeGreaterThanOrEqual(like ?? 0);
    } finally {
      await core.close();
    }
  });

  it('writes the projects of a size with their children, timelines and code counters, and the services read them', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-bench-load-'));
    dirs.push(dataDir);
    const loaded = await loadDirectory(dataDir, { size: 'S' });
    const generated = generateProjects({ size: 'S' });
    expect(loaded.projects).toMatchObject({
      projects: 100,
      systems: generated.reduce((n, p) => n + p.systems.length, 0),
      items: generated.reduce((n, p) => n + p.items.length, 0),
      events: generated.reduce((n, p) => n + p.events.length, 0),
      promisedDrafts: generated.reduce((n, p) => n + p.provides.filter((x) => x.draft).length, 0),
    });
    const core = await openCore({ dataDir, mode: 'cli', holder: 'vitest' });
    try {
      const db = core.services.store;
      const count = (sql: string) => db.get<{ n: number }>(sql)?.n;
      expect(count('SELECT COUNT(*) AS n FROM projects')).toBe(100);
      expect(count('SELECT COUNT(*) AS n FROM project_items')).toBe(loaded.projects.items);
      expect(count('SELECT COUNT(*) AS n FROM project_consumes')).toBe(loaded.projects.consumes);
      expect(count('SELECT COUNT(*) AS n FROM project_provides')).toBe(loaded.projects.provides);
      expect(count('SELECT COUNT(*) AS n FROM project_events')).toBe(loaded.projects.events);
      // Every need and promise names an entry that exists; statuses match the last timeline step.
      expect(count('SELECT COUNT(*) AS n FROM project_consumes c LEFT JOIN resources r ON r.id = c.resource_id WHERE r.id IS NULL')).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM project_provides x LEFT JOIN resources r ON r.id = x.resource_id WHERE r.id IS NULL')).toBe(0);
      expect(count(`SELECT COUNT(*) AS n FROM projects p WHERE p.status != (SELECT to_status FROM project_events e WHERE e.project_id = p.id ORDER BY at DESC LIMIT 1)`)).toBe(0);
      const byStatus = new Map(db.all<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM projects GROUP BY status').map((r) => [r.status, r.n]));
      expect(byStatus.size).toBeGreaterThanOrEqual(8);
      // The next project of a year continues after the loaded ones.
      for (const s of db.all<{ id: string; next: number }>("SELECT id, next FROM code_sequences WHERE id LIKE 'project:%'")) {
        const year = s.id.slice('project:'.length);
        expect(s.next).toBe(count(`SELECT MAX(CAST(substr(code, 8) AS INTEGER)) AS n FROM projects WHERE year = ${Number(year)}`)! + 1);
      }
      // Through the API, as bureau staff: the register, a queue, a project with its gate.
      const dept = db.get<{ id: string }>("SELECT id FROM departments WHERE code = 'ZS028'")!.id;
      const bureau = { kind: 'user', user: { id: 'u-bureau', username: 'bench.bureau', role: 'bureau', departmentId: dept }, session: 's' } as const;
      const page = await callAs(core.services, bureau, 'projects.list', { sort: [{ id: 'updatedAt', desc: true }], limit: 10 });
      expect(page.total).toBe(100);
      const queue = await callAs(core.services, bureau, 'projects.list', { filters: { queue: '1' } });
      expect(queue.total).toBe(byStatus.get('submitted') ?? 0);
      const operating = db.get<{ id: string }>("SELECT id FROM projects WHERE status = 'operating' LIMIT 1")!.id;
      const view = await callAs(core.services, bureau, 'projects.get', { ref: operating });
      expect(view.gate?.passes).toBe(true);
      expect(view.history.at(-1)?.toStatus).toBe('operating');
      // Search is the substring match whichever way it runs (bigram index for Chinese fragments, LIKE otherwise).
      for (const text of ['平台', '视频监控', '升级改造项目', '数据', '网', 'XM2025-00', 'xm2025-00', '2026年', '系统 平台', 'GIS', '5G基站', '100%']) {
        const like = `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
        const expected = db.get<{ n: number }>("SELECT COUNT(*) AS n FROM projects WHERE name LIKE ?1 ESCAPE '\\' OR code LIKE ?1 ESCAPE '\\' OR content LIKE ?1 ESCAPE '\\'", [like])?.n;
        const found = await callAs(core.services, bureau, 'projects.list', { search: text, limit: 500 });
        expect(found.total, text).toBe(expected);
        expect(found.rows.length, text).toBe(Math.min(500, expected ?? 0));
      }
      expect(count("SELECT COUNT(*) AS n FROM projects WHERE content LIKE '%视频监控%' OR name LIKE '%视频监控%'")).toBeGreaterThan(0);
    } finally {
      await core.close();
    }
  });

  it('loads the same projects for the same seed', async () => {
    const dump = async (seed: number) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-bench-load-'));
      dirs.push(dataDir);
      await loadDirectory(dataDir, { size: 200, seed, projects: 40 });
      const store = await openStore({ dataDir, holder: 'vitest' });
      try {
        return JSON.stringify([
          store.all('SELECT * FROM projects ORDER BY id'),
          store.all('SELECT * FROM project_items ORDER BY id'),
          store.all('SELECT * FROM project_provides ORDER BY id'),
          store.all('SELECT * FROM project_events ORDER BY id'),
        ]);
      } finally {
        await store.close();
      }
    };
    const a = await dump(5);
    expect(a).toBe(await dump(5));
    expect(a).not.toBe(await dump(6));
  });

  it('refuses a folder that already holds data', async () => {
    const dataDir = dirs[0]!;
    await expect(loadDirectory(dataDir, { size: 10 })).rejects.toThrow(/already holds/);
  });
});
