/** The engine on the dev-set copy in bench/data/dedupe-dev, with the shipped default model. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clustersOf } from './cluster';
import { createEngine } from './engine';
import type { Project, Resource } from './types';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'data', 'dedupe-dev');
const projects = JSON.parse(fs.readFileSync(path.join(dir, 'projects.json'), 'utf8')) as Project[];
const resources = JSON.parse(fs.readFileSync(path.join(dir, 'resources.json'), 'utf8')) as Resource[];
const named = (name: string) => projects.find((p) => p.name === name)!;

describe('pairs: upgrade vs duplicate', () => {
  const e = createEngine({ projects, resources });
  it('a later phase of the same department’s own system is an upgrade, not a duplicate', () => {
    const d = e.classifyPair(named('中山市政务大数据中心建设项目').id, named('中山市政务大数据中心（二期）').id);
    expect(d.label).toBe('upgrade');
    expect(e.classifyPair(named('中山市河长制信息化管理平台').id, named('河长制信息化管理平台升级（智慧河湖）').id).label).toBe('upgrade');
  });
  it('a department rebuilding its own system under a new name is a duplicate', () => {
    const d = e.classifyPair(named('中山市污染源自动监控系统').id, named('中山市重点排污单位在线监控平台').id);
    expect(d.label).toBe('duplicate');
    expect(d.evidence.some((x) => x.kind === 'function' && x.score >= 0.3)).toBe(true);
  });
  it('a phase marker in another department’s project does not make an upgrade', () => {
    const d = e.classifyPair(named('中山市政务大数据中心（二期）').id, named('黄圃镇数据资源中心建设项目').id);
    expect(d.label).not.toBe('upgrade');
  });
});

describe('checking one project', () => {
  it('ranks duplicates first, with evidence, and names the resources to consume', () => {
    const e = createEngine({ projects, resources });
    const r = e.checkProject(named('小榄镇视频监控综合管理平台项目').id);
    expect(r.pairs[0]!.label).toBe('duplicate');
    expect(r.pairs.map((p) => e.project(p.project)!.name)).toContain('中山市公共安全视频监控建设联网应用工程（一期）');
    for (const p of r.pairs) expect(p.evidence.every((x) => ['function', 'sentence', 'system', 'name', 'feature'].includes(x.kind))).toBe(true);
  });
  it('follows project changes: a new town copy is found, a removed project is gone', () => {
    const e = createEngine({ projects, resources });
    const city = named('中山市智慧养老服务平台');
    const copy: Project = { ...city, id: 'NEW-1', department: '中山市横栏镇人民政府', name: '横栏镇智慧养老服务平台建设项目', year: 2026, consumes: [] };
    e.upsertProject(copy);
    const found = e.checkProject('NEW-1').pairs.find((p) => p.project === city.id);
    expect(found?.label).toBe('duplicate');
    e.removeProject('NEW-1');
    expect(e.checkProject(city.id).pairs.some((p) => p.project === 'NEW-1')).toBe(false);
    expect(e.project('NEW-1')).toBeUndefined();
  });
});

describe('incremental changes give what a fresh build gives', () => {
  it('re-collections after resources change (share type, items) and new ones appear', () => {
    // every 9th resource changes: made 不予共享, or loses its first item; plus a copy under another department
    const changed = resources.map((r, i) =>
      i % 9 !== 0 ? r : i % 2 ? { ...r, shareType: '不予共享', openType: '不开放' } : { ...r, dataItems: r.dataItems.slice(1) },
    );
    const extra: Resource = { ...resources[5]!, code: 'NEW-R-1', department: '中山市民政局' };
    const fresh = createEngine({ projects, resources: [...changed, extra] });
    const e = createEngine({ projects, resources });
    for (const p of projects) e.checkProject(p.id); // fill the per-item memo first
    changed.forEach((r, i) => i % 9 === 0 && e.upsertResource(r));
    e.upsertResource(extra);
    const view = (x: ReturnType<typeof fresh.checkProject>) => x.recollections.map((f) => `${f.dataItem}>${f.resource}`).sort();
    for (const p of projects) expect(view(e.checkProject(p.id))).toEqual(view(fresh.checkProject(p.id)));
  });
});

describe('incremental project changes', () => {
  it('re-registering projects (upsert, then a department change and back) keeps every pair decision', () => {
    const fresh = createEngine({ projects, resources });
    const e = createEngine({ projects, resources });
    for (const [i, p] of projects.entries()) {
      if (i % 3) continue;
      e.upsertProject({ ...p, department: '中山市统计局' });
      e.upsertProject(p);
    }
    const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as { projectPairs: { a: string; b: string }[] };
    for (const { a, b } of labels.projectPairs) expect(e.classifyPair(a, b).label).toBe(fresh.classifyPair(a, b).label);
  });
});

describe('city-wide scan', () => {
  it('returns related pairs and clusters of duplicates', () => {
    const e = createEngine({ projects, resources });
    const seen: number[] = [];
    const s = e.scan((done) => seen.push(done));
    expect(seen.at(-1)).toBe(projects.length);
    expect(s.pairs.length).toBeGreaterThan(20);
    const video = s.clusters.find((c) => c.includes(named('小榄镇视频监控综合管理平台项目').id));
    expect(video).toContain(named('中山市公共安全视频监控建设联网应用工程（一期）').id);
    expect(s.recollections.length).toBeGreaterThan(100);
  });
  it('clusters are the connected components of duplicate pairs', () => {
    expect(clustersOf([{ a: 'a', b: 'b' }, { a: 'c', b: 'd' }, { a: 'b', b: 'e' }])).toEqual([['a', 'b', 'e'], ['c', 'd']]);
  });
});
