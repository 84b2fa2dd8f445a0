import type { DataItemInput } from '../../directory/resource';
import type { Format, OpenType, ShareType, UpdateCycle } from '../../directory/vocab';
import type { ProjectType } from '../../project/vocab';
import type { ProjectStatus } from '../../project/workflow';
import { nameKey } from '../../text/normalize';
import { elementByName, itemSpec } from './elements';
import { fill } from './phrases';
import * as P from './projects-phrases';
import { anchorOf, canonicalItem, type ResourceRef } from './projects-sample';
import type { GeneratedProject, GeneratedProjectItem, GeneratedPromise, Model, World } from './projects-types';
import type { Rng } from './random';
import type { Subject } from './subjects';

/** The parts of a generated project: function modules, data items, needs, promises, 建设内容. */

/** Classifications every directory has (base and theme libraries): where promised drafts go. */
const KNOWN_CLASSES = new Set(['101', '102', '103', '104', '105', '106', '201', '202', '203', '204', '205', '206', '207', '208', '209', '210']);
/** Bookkeeping fields every entry has: copying them is not re-collecting anyone's data. */
const GENERIC_ITEMS = new Set(['数据更新时间', '所属镇街', '所属村居', '备注', '经办机构', '经办人', '登记日期', '数据来源单位', '统计月份', '统计年度', '同比增长', '比例', '人数', '户数', '金额', '面积', '数量', '日期', '记录状态']);

/** 户籍人口管理系统 → 户籍人口. */
export const stemOf = (system: string) => system.replace(/(综合管理平台|智慧监管平台|管理系统|信息系统|综合业务系统|监测预警系统|分析决策系统|协同办理系统|服务平台|平台|系统|数据库|移动应用)$/, '') || system;

/** 2–8 function modules: the subject's (户籍人口登记, 户籍人口查询 …) and general ones. */
export function functionsFor(rng: Rng, topic: string): string[] {
  const pool = [...P.SUBJECT_FUNCTIONS.map((f) => fill(f, { s: topic })), ...P.GENERIC_FUNCTIONS];
  const picked = new Map<string, string>();
  const n = rng.int(2, 8);
  for (const f of rng.shuffled(pool)) {
    if (picked.size >= n) break;
    if (f.length <= 100 && !picked.has(nameKey(f))) picked.set(nameKey(f), f);
  }
  return [...picked.values()];
}

/** Of a few published entries of other departments, the one sharing most items with the department's subjects. */
function likelySource(rng: Rng, m: Model, subject: Subject, w: World): ResourceRef | null {
  const vocabulary = new Set(m.profile.subjects.flatMap((s) => s.items).map(canonicalItem));
  let best: ResourceRef | null = null;
  let bestScore = -1;
  for (let i = 0; i < 6; i++) {
    const ref = w.sample.heldElsewhere(rng, anchorOf(subject.items), m.dept.code);
    if (!ref) break;
    const score = ref.items.filter((it) => !GENERIC_ITEMS.has(canonicalItem(it.name)) && vocabulary.has(canonicalItem(it.name))).length;
    if (score > bestScore) [best, bestScore] = [ref, score];
  }
  return best;
}

/**
 * 3–40 data items: the subject's identifiers; then, for most projects, 30–40% copied from
 * published entries of other departments (what the project would collect again, 多头采集);
 * then more of the department's own vocabulary. Names are those of the vocabulary, sometimes a
 * synonym, sometimes linked to the element.
 */
export function itemsFor(rng: Rng, m: Model, subject: Subject, type: ProjectType, w: World): GeneratedProjectItem[] {
  const n = type === 'operation' ? rng.int(3, 12) : 3 + Math.floor(37 * Math.pow(rng.next(), 1.6));
  const share = rng.chance(0.8) ? 0.3 + rng.next() * 0.1 : rng.next() * 0.1;
  const out: GeneratedProjectItem[] = [];
  const seen = new Set<string>();
  const add = (name: string, spec: Omit<DataItemInput, 'name' | 'description'>, heldBy: string | null): boolean => {
    const key = canonicalItem(name);
    if (out.length >= n || seen.has(key) || seen.has(nameKey(name))) return false;
    seen.add(key).add(nameKey(name));
    out.push({ id: '', name, ...spec, description: '', heldBy });
    return true;
  };
  const own = (canonical: string) => {
    const spec = itemSpec(canonical);
    const element = elementByName(canonical);
    const name = element && rng.chance(0.2) && element.synonyms.length > 0 ? rng.pick(element.synonyms) : canonical;
    add(name, { dataType: spec.dataType, length: spec.length, elementId: element && rng.chance(0.5) ? (w.elementIds.get(canonical) ?? null) : null }, null);
  };
  subject.items.slice(0, subject.key).forEach(own);
  const copies = Math.round(n * share);
  let copied = 0;
  for (let tries = 0; copied < copies && tries < 3; tries++) {
    const source = likelySource(rng, m, subject, w);
    if (!source) break;
    for (const it of rng.shuffled(source.items)) {
      if (copied >= copies) break;
      if (GENERIC_ITEMS.has(canonicalItem(it.name))) continue;
      if (add(it.name, { dataType: it.dataType, length: it.length, elementId: it.elementId }, source.id)) copied++;
    }
  }
  const others = rng.shuffled(m.profile.subjects.filter((s) => s !== subject).flatMap((s) => s.items));
  for (const name of [...rng.shuffled(subject.items.slice(subject.key)), ...others]) {
    if (out.length >= n) break;
    own(name);
  }
  for (const it of out) it.id = rng.uuid();
  return out;
}

/** 0–5 needs: published, shareable entries of other departments. */
export function consumesFor(rng: Rng, m: Model, w: World): GeneratedProject['consumes'] {
  const n = Number(rng.weighted({ 0: 30, 1: 25, 2: 20, 3: 12, 4: 8, 5: 5 } as Record<string, number>));
  const out: GeneratedProject['consumes'] = [];
  const ids = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 3; tries++) {
    const ref = w.sample.sharedElsewhere(rng, m.dept.code, w.deptCodes);
    if (!ref || ids.has(ref.id)) continue;
    ids.add(ref.id);
    out.push({ id: rng.uuid(), resourceId: ref.id, purpose: fill(rng.pick(P.CONSUME_PURPOSES), { use: rng.pick(m.profile.uses), name: ref.name }).slice(0, 200) });
  }
  return out;
}

/**
 * 0–3 promises: entries of the department (promised with their own share type, or sometimes
 * another — not met) or new drafts. A running project kept most promises; the rest got an exception.
 */
export function promisesFor(rng: Rng, m: Model, subject: Subject, sys: string, status: ProjectStatus, w: World): GeneratedPromise[] {
  const n = Number(rng.weighted({ 0: 35, 1: 40, 2: 18, 3: 7 } as Record<string, number>));
  const mine = w.sample.ownOf(m.dept.code);
  const out: GeneratedPromise[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const published = mine.filter((r) => r.status === 'published' && !used.has(r.id));
    const existing = status === 'operating' && rng.chance(0.85) && published.length > 0 ? rng.pick(published) : mine.length > 0 && rng.chance(0.55) ? rng.pick(mine) : null;
    if (existing && !used.has(existing.id)) {
      used.add(existing.id);
      const keep = status === 'operating' || rng.chance(0.7);
      const shareType = keep ? existing.shareType : rng.pick((['unconditional', 'conditional', 'none'] as const).filter((s) => s !== existing.shareType));
      out.push({ id: rng.uuid(), resourceId: existing.id, shareType, draft: null, draftId: null, met: existing.status === 'published' && shareType === existing.shareType, exception: null });
      continue;
    }
    const name = `${stemOf(sys).replace(new RegExp(`^${m.short}`), '')}${rng.pick(P.PROMISE_SUFFIXES)}`.slice(0, 100);
    if (m.names.has(`promise:${nameKey(name)}`)) continue;
    m.names.add(`promise:${nameKey(name)}`);
    const shareType = rng.weighted<ShareType>({ unconditional: 45, conditional: 45, none: 10 });
    const draft = {
      name,
      classCode: KNOWN_CLASSES.has(subject.cls) ? subject.cls : '203',
      summary: fill(rng.pick(P.PROMISE_SUMMARIES), { sys, name }),
      format: rng.weighted<Format>({ database: 60, service: 25, spreadsheet: 15 }),
      shareMethod: null,
      openType: shareType === 'none' ? ('closed' as const) : rng.weighted<OpenType>({ closed: 50, conditional: 30, open: 20 }),
      updateCycle: rng.weighted<UpdateCycle>({ realtime: 10, daily: 40, monthly: 30, quarterly: 10, yearly: 10 }),
    };
    out.push({ id: rng.uuid(), resourceId: null, shareType, draft, draftId: rng.uuid(), met: false, exception: null });
  }
  return out;
}

/** 建设内容: what is built and why, the modules, the data, what it serves. */
export function contentFor(rng: Rng, m: Model, type: ProjectType, year: number, subject: Subject, systems: GeneratedProject['systems'], items: readonly GeneratedProjectItem[]): string {
  const sys = systems.map((s) => s.name).join('、');
  const desc = fill(subject.desc, { area: m.isTown ? m.short : '全市' });
  const values = { sys, desc, topic: subject.stem, year };
  const opening = type === 'new' ? P.CONTENT_OPENINGS : type === 'upgrade' ? P.UPGRADE_OPENINGS : P.OPERATION_OPENINGS;
  const f = [...new Set(systems.flatMap((s) => s.functions))];
  const names = items.map((i) => i.name);
  const parts = [
    fill(rng.pick(opening), values),
    // Three names when there are three, else the sentence that names two.
    fill(f.length >= 3 ? rng.pick(P.MODULE_SENTENCES) : P.MODULE_SENTENCES[1], { a: f[0]!, b: f[1] ?? f[0]!, c: f[2] ?? '', n: f.length }),
    names.length >= 3
      ? fill(rng.pick(P.DATA_SENTENCES), { a: names[0]!, b: names[1]!, c: names[2]!, n: names.length, topic: subject.stem })
      : fill(P.DATA_SENTENCES[1], { a: names[0] ?? '', b: names[1] ?? names[0] ?? '', n: names.length, topic: subject.stem }),
    fill(rng.pick(P.PURPOSE_SENTENCES), { use: rng.pick(m.profile.uses) }),
  ];
  return parts.join('').slice(0, 5000);
}
