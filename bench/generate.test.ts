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
import { generateDirectory, toResourceInput, type GeneratedResource } from '../shared/demo/generator/directory';
import { ELEMENTS } from '../shared/demo/generator/elements';
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

    const store = await openStore({ dataDir, holder: 'vitest' });
    try {
      expect(store.get<{ n: number }>('SELECT COUNT(*) AS n FROM resources')?.n).toBe(300);
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
        "SELECT s.id, s.next, (SELECT MAX(CAST(substr(code, instr(code, '/') + 1) AS INTEGER)) FROM resources WHERE class_code = s.id) AS max FROM code_sequences s",
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
      expect(all.total).toBe(300);
      const hits = listResources(ctx, { offset: 0, limit: 100, sort: [], filters: {}, search: '统一社会信用代码' });
      const like = core.services.store.get<{ n: number }>("SELECT COUNT(*) AS n FROM resources WHERE name LIKE '%统一社会信用代码%' OR summary LIKE '%统一社会信用代码%' OR item_names LIKE '%统一社会信用代码%'")?.n;
      expect(hits.total).toBeGreaterThan(0);
      expect(hits.total).toBeGreaterThanOrEqual(like ?? 0);
    } finally {
      await core.close();
    }
  });

  it('refuses a folder that already holds data', async () => {
    const dataDir = dirs[0]!;
    await expect(loadDirectory(dataDir, { size: 10 })).rejects.toThrow(/already holds/);
  });
});
