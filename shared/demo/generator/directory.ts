import { demoDepartments } from '../zhongshan';
import { formatResourceCode } from '../../directory/codes';
import type { DataItemInput, ResourceInput } from '../../directory/resource';
import {
  METHODS_FOR_FORMAT,
  type Format,
  type OpenType,
  type ResourceStatus,
  type ShareMethod,
  type ShareType,
} from '../../directory/vocab';
import { nameKey } from '../../text/normalize';
import { ELEMENTS } from './elements';
import { facet, type Facet, type Sensitivity } from './facets';
import {
  AREA_PARTS,
  chineseNumber,
  CYCLE_TEXT,
  fill,
  ITEM_SENTENCES,
  NONE_BASES,
  OPEN_CONDITIONS,
  SHARE_CONDITIONS,
  SOURCE_SENTENCES,
  USE_SENTENCES,
} from './phrases';
import { Rng, subSeed } from './random';
import { makeItems } from './items';
import { MUNICIPAL_PROFILES, TOWN_SUBJECTS, TOWN_SYSTEMS, TOWN_USES, townSpecialty, type DeptProfile, type Subject } from './subjects';

/**
 * The realistic directory generator (issue 3, item 8): the 66 demo departments of 中山市, the
 * classification trees, a data-element dictionary, and resources with natural-looking Chinese
 * names, summaries and data items, at sizes S (1,000 resources), M (10,000) and L (100,000, about
 * 1,000,000 data items).
 *
 * Deterministic: the same seed gives the same directory. Resources come from one random stream
 * in order, so the first 1,000 resources of M are exactly S. `resources()` is a generator: L is
 * never held in memory at once.
 */
export type SizeName = 'S' | 'M' | 'L';
export const SIZES: Readonly<Record<SizeName, number>> = { S: 1_000, M: 10_000, L: 100_000 };
export const DEFAULT_SEED = 20_260_101;
/** Generated timestamps end here, so a seed gives the same dates whenever it runs. */
export const GENERATED_NOW = Date.UTC(2025, 5, 30, 9, 0, 0);
export type { GenerateOptions, GeneratedClassification, GeneratedDepartment, GeneratedDirectory, GeneratedElement, GeneratedItem, GeneratedResource } from './types';
import type { GenerateOptions, GeneratedClassification, GeneratedDepartment, GeneratedDirectory, GeneratedElement, GeneratedResource } from './types';
const FIRST_DAY = Date.UTC(2016, 0, 4);
const DAY = 86_400_000;

const BASE_CLASSES: [string, string][] = [
  ['101', '人口'], ['102', '法人'], ['103', '自然资源和空间地理'], ['104', '宏观经济'], ['105', '社会信用'], ['106', '电子证照'],
];
const THEME_CLASSES: [string, string][] = [
  ['201', '证照'], ['202', '城市部件'], ['203', '业务'], ['204', '气象'], ['205', '信用'], ['206', '医疗健康'],
  ['207', '社会保障'], ['208', '交通出行'], ['209', '生态环境'], ['210', '教育'],
];

export function sizeOf(size: SizeName | number): number {
  if (typeof size === 'number') {
    if (!Number.isInteger(size) || size < 0) throw new Error(`bad size: ${size}`);
    return size;
  }
  const n = SIZES[size];
  if (n === undefined) throw new Error(`unknown size: ${String(size)} (S, M, L or a number)`);
  return n;
}

/** 石岐街道办事处 → 石岐街道, 小榄镇人民政府 → 小榄镇, 中山市公安局 → 公安局. */
export function shortDeptName(name: string): string {
  return name.replace(/^中山市/, '').replace(/办事处$/, '').replace(/人民政府$/, '');
}

export function generatedDepartments(): GeneratedDepartment[] {
  return demoDepartments.map((d, i) => ({ code: d.code, name: d.name, level: d.level, classCode: `3${String(i + 1).padStart(2, '0')}` }));
}

interface DeptModel {
  dept: GeneratedDepartment;
  profile: DeptProfile;
  isTown: boolean;
  short: string;
  /** Every (subject, facet) pair, in this department's own shuffled order. */
  bases: { subject: Subject; subjectIndex: number; facetKey: string }[];
  /** Areas for qualified names: towns for a city bureau, 片区 for a town. */
  areas: readonly string[];
  variants: Map<string, string>;
  /** Systems a subject without its own may come from (not the ones named by specific subjects). */
  systems: readonly string[];
  used: Set<string>;
  next: number;
  recentCodes: string[];
}

function profilesByCode(): Map<string, DeptProfile> {
  const map = new Map<string, DeptProfile>();
  for (const p of MUNICIPAL_PROFILES) map.set(p.code, p);
  for (const d of demoDepartments) {
    if (d.level !== 'town') continue;
    map.set(d.code, { code: d.code, weight: 1.2, systems: TOWN_SYSTEMS, uses: TOWN_USES, subjects: [...TOWN_SUBJECTS, townSpecialty(d.code)] });
  }
  return map;
}

/** 基础 / 主题 defaults, one 部门 项 per department, and a 目 per department subject. */
export function generatedClassifications(): GeneratedClassification[] {
  const out: GeneratedClassification[] = [
    { code: '1', name: '基础信息资源', parentCode: null, kind: 'base' },
    ...BASE_CLASSES.map(([code, name]) => ({ code, name, parentCode: '1', kind: 'base' as const })),
    { code: '2', name: '主题信息资源', parentCode: null, kind: 'theme' },
    ...THEME_CLASSES.map(([code, name]) => ({ code, name, parentCode: '2', kind: 'theme' as const })),
    { code: '3', name: '部门信息资源', parentCode: null, kind: 'dept' },
  ];
  const profiles = profilesByCode();
  for (const d of generatedDepartments()) {
    out.push({ code: d.classCode, name: d.name, parentCode: '3', kind: 'dept' });
    profiles.get(d.code)?.subjects.forEach((s, i) => {
      out.push({ code: `${d.classCode}${String(i + 1).padStart(3, '0')}`, name: s.stem, parentCode: d.classCode, kind: 'dept' });
    });
  }
  return out;
}

export function generatedElements(seed = DEFAULT_SEED): GeneratedElement[] {
  const rng = new Rng(subSeed(seed, 'elements'));
  return ELEMENTS.map((e) => ({
    id: rng.uuid(),
    identifier: e.identifier,
    name: e.name,
    definition: e.definition,
    dataType: e.dataType,
    format: e.format,
    synonyms: [...e.synonyms],
  }));
}

export function generateDirectory(options: GenerateOptions): GeneratedDirectory {
  const size = sizeOf(options.size);
  const seed = options.seed ?? DEFAULT_SEED;
  const departments = generatedDepartments();
  const elements = generatedElements(seed);
  return {
    size,
    seed,
    departments,
    classifications: generatedClassifications(),
    elements,
    resources: () => resourceStream(size, seed, departments, elements),
  };
}

function* resourceStream(size: number, seed: number, departments: readonly GeneratedDepartment[], elements: readonly GeneratedElement[]): Generator<GeneratedResource> {
  const profiles = profilesByCode();
  const towns = departments.filter((d) => d.level === 'town').map((d) => shortDeptName(d.name));
  const elementIds = new Map(elements.map((e) => [e.name, e.id]));
  const models = departments.map((dept) => deptModel(seed, dept, profiles.get(dept.code)!, towns));
  const cumulative: number[] = [];
  let total = 0;
  for (const m of models) cumulative.push((total += m.profile.weight));
  const rng = new Rng(subSeed(seed, 'resources'));
  const sequences = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    yield makeResource(rng, models[lo]!, sequences, elementIds);
  }
}

function deptModel(seed: number, dept: GeneratedDepartment, profile: DeptProfile, towns: readonly string[]): DeptModel {
  const rng = new Rng(subSeed(seed, `dept:${dept.code}`));
  const bases = profile.subjects.flatMap((subject, subjectIndex) => subject.facets.map((facetKey) => ({ subject, subjectIndex, facetKey })));
  // Each department has its habits: the variant of an element's name its registrants write.
  const variants = new Map<string, string>();
  for (const e of ELEMENTS) {
    if (e.synonyms.length > 0 && rng.chance(0.35)) variants.set(e.name, rng.pick(e.synonyms));
  }
  const isTown = dept.level === 'town';
  const named = new Set(profile.subjects.map((s) => s.system).filter((s): s is string => s !== null));
  const general = profile.systems.filter((s) => !named.has(s));
  return {
    systems: general.length > 0 ? general : profile.systems,
    dept,
    profile,
    isTown,
    short: shortDeptName(dept.name),
    bases: rng.shuffled(bases),
    areas: isTown ? AREA_PARTS : rng.shuffled(towns),
    variants,
    used: new Set(),
    next: 0,
    recentCodes: [],
  };
}

const YEARS = Array.from({ length: 14 }, (_, i) => 2012 + i);

/**
 * The n-th name of a department: every subject × facet plain first, then the same with an area,
 * a year, then area and year, then numbered batches — so names stay unique within a department
 * (the directory refuses near-duplicate names), and small sizes look like a real catalog.
 */
function nameFor(m: DeptModel, n: number): { name: string; subject: Subject; subjectIndex: number; facetKey: string; area: string | null; year: number | null } {
  const base = m.bases[n % m.bases.length]!;
  const round = Math.floor(n / m.bases.length);
  const townPrefix = m.isTown ? m.short : '';
  const { stem, suffix } = joinStem(base.subject.stem, facet(base.facetKey).suffix);
  const plain = townPrefix + stem + suffix;
  let area: string | null = null;
  let year: number | null = null;
  let batch = 0;
  const singles = m.areas.length + YEARS.length;
  if (round === 0) {
    // plain
  } else if (round <= m.areas.length) area = m.areas[round - 1]!;
  else if (round <= singles) year = YEARS[round - 1 - m.areas.length]!;
  else {
    const c = round - 1 - singles;
    const combos = m.areas.length * YEARS.length;
    area = m.areas[Math.floor(c / YEARS.length) % m.areas.length]!;
    year = YEARS[c % YEARS.length]!;
    batch = Math.floor(c / combos);
  }
  let name = plain;
  if (area) name = m.isTown ? `${plain}（${area}）` : `${area}${plain}`;
  if (year) name = `${year}年度${name}`;
  if (batch > 0) name += `（第${chineseNumber(batch + 1)}批）`;
  return { name, subject: base.subject, subjectIndex: base.subjectIndex, facetKey: base.facetKey, area, year };
}

const JOINED = ['许可', '登记', '审批', '备案', '名录', '投诉举报'];

/** 排污许可 + 许可信息 → 排污许可信息, not 排污许可许可信息. */
function joinStem(stem: string, suffix: string): { stem: string; suffix: string; topic: string } {
  const word = JOINED.find((w) => suffix.startsWith(w) && stem.endsWith(w));
  return word ? { stem, suffix: suffix.slice(word.length), topic: stem.slice(0, -word.length) } : { stem, suffix, topic: stem };
}

const SHARE_BY_SENS: Record<Sensitivity, Partial<Record<ShareType, number>>> = {
  P: { unconditional: 10, conditional: 64, none: 26 },
  L: { unconditional: 56, conditional: 40, none: 4 },
  G: { unconditional: 78, conditional: 20, none: 2 },
  X: { conditional: 15, none: 85 },
};
const OPEN_IF_UNCONDITIONAL: Record<Sensitivity, Partial<Record<OpenType, number>>> = {
  P: { closed: 60, conditional: 35, open: 5 },
  L: { open: 35, conditional: 45, closed: 20 },
  G: { open: 65, conditional: 25, closed: 10 },
  X: { closed: 100 },
};
const OPEN_IF_CONDITIONAL: Partial<Record<OpenType, number>> = { closed: 65, conditional: 30, open: 5 };
const STATUS_WEIGHTS: Partial<Record<ResourceStatus, number>> = { published: 85, draft: 6, pending: 4, returned: 2, retired: 3 };

function makeResource(rng: Rng, m: DeptModel, sequences: Map<string, number>, elementIds: ReadonlyMap<string, string>): GeneratedResource {
  let named = nameFor(m, m.next++);
  while (m.used.has(nameKey(named.name))) named = nameFor(m, m.next++);
  m.used.add(nameKey(named.name));
  const { subject, subjectIndex, facetKey } = named;
  const f = facet(facetKey);

  // Classification: the facet's usual theme, the subject's base/theme library, or the department's own tree.
  let classCode: string;
  const deptClass = m.dept.classCode;
  if (f.cls && rng.chance(0.5)) classCode = f.cls;
  else if (subject.cls && rng.chance(0.7)) classCode = subject.cls;
  else classCode = rng.chance(0.8) ? `${deptClass}${String(subjectIndex + 1).padStart(3, '0')}` : deptClass;
  const seq = (sequences.get(classCode) ?? 0) + 1;
  sequences.set(classCode, seq);
  const code = formatResourceCode(classCode, seq);

  const sens: Sensitivity = f.sens && !(subject.sens === 'X' && f.sens === 'P') ? f.sens : subject.sens;
  const format = rng.weighted<Format>(f.formats);
  const shareType = rng.weighted<ShareType>(SHARE_BY_SENS[sens]);
  let shareCondition = '';
  let shareMethod: ShareMethod | null = null;
  let openType: OpenType = 'closed';
  if (shareType === 'none') shareCondition = rng.pick(NONE_BASES);
  else {
    const methods = METHODS_FOR_FORMAT[format];
    shareMethod = methods.length > 1 && methods[0] === 'database' && rng.chance(0.6) ? methods[1]! : rng.pick(methods);
    if (shareType === 'conditional') {
      shareCondition = rng.pick(SHARE_CONDITIONS);
      if (rng.chance(0.25)) {
        const second = rng.pick(SHARE_CONDITIONS);
        if (second !== shareCondition) shareCondition += `；${second}`;
      }
      openType = rng.weighted(OPEN_IF_CONDITIONAL);
    } else openType = rng.weighted(OPEN_IF_UNCONDITIONAL[sens]);
  }
  const openCondition = openType === 'conditional' ? rng.pick(OPEN_CONDITIONS) : '';
  const updateCycle = rng.weighted(f.cycles);

  const items = makeItems(rng, m.variants, subject, f, elementIds);
  const summary = makeSummary(rng, m, named, f, items, updateCycle);

  const status = rng.weighted(STATUS_WEIGHTS);
  const created = FIRST_DAY + Math.floor(rng.next() * (GENERATED_NOW - 30 * DAY - FIRST_DAY));
  let published: number | null = null;
  if (status === 'published' || status === 'retired') published = created + rng.int(1, 45) * DAY + rng.int(0, 36_000) * 1000;
  const floor = published ?? created;
  const updated = floor + Math.floor(rng.next() * (GENERATED_NOW - floor));

  const relatedCodes: string[] = [];
  if (m.recentCodes.length > 0 && rng.chance(0.06)) {
    relatedCodes.push(rng.pick(m.recentCodes));
    const other = rng.pick(m.recentCodes);
    if (rng.chance(0.3) && other !== relatedCodes[0]) relatedCodes.push(other);
  }
  m.recentCodes.push(code);
  if (m.recentCodes.length > 12) m.recentCodes.shift();

  const extra: Record<string, string> = {};
  if (rng.chance(0.4)) extra['数据规模'] = `约${rng.int(1, 900)}万条`;
  if (rng.chance(0.25)) extra['数据起始年份'] = String(rng.int(2003, 2022));
  if (rng.chance(0.15)) extra['联系电话'] = `0760-8${rng.int(1_000_000, 9_999_999)}`;

  return {
    id: rng.uuid(),
    code,
    providerDeptCode: m.dept.code,
    name: named.name,
    classCode,
    summary,
    format,
    shareType,
    shareCondition,
    shareMethod,
    openType,
    openCondition,
    updateCycle,
    relatedCodes,
    sourceSystem: rng.chance(0.85) ? (subject.system ?? rng.pick(m.systems)) : '',
    extra,
    status,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    publishedAt: published === null ? null : new Date(published).toISOString(),
    items: items.map((it) => ({ ...it, id: rng.uuid() })),
  };
}

function makeSummary(
  rng: Rng,
  m: DeptModel,
  named: ReturnType<typeof nameFor>,
  f: Facet,
  items: readonly DataItemInput[],
  cycle: keyof typeof CYCLE_TEXT,
): string {
  const { subject } = named;
  const area = m.isTown ? m.short : (named.area ?? '全市');
  const desc = fill(subject.desc, { area });
  const parts: string[] = [];
  const lead = rng.pick(f.leads);
  // One sentence for the qualifiers in the name, unless the lead already names the area.
  const leadNamesArea = lead.includes('{area}') || (lead.includes('{desc}') && subject.desc.includes('{area}'));
  const scope = named.area && (m.isTown || !leadNamesArea) ? `${m.isTown ? m.short : ''}${named.area}` : '';
  if (named.year) parts.push(`本资源收录${scope}${named.year}年度数据。`);
  else if (scope) parts.push(`本资源为${scope}范围内的数据。`);
  const qualified = parts.length > 0;
  const topic = joinStem(subject.stem, f.suffix).topic;
  parts.push(fill(lead, { desc, topic, covers: subject.covers, area }));
  const names = items.map((i) => i.name);
  parts.push(fill(rng.pick(ITEM_SENTENCES), { a: names[0]!, b: names[1] ?? names[0]!, c: names[2] ?? names[1] ?? names[0]!, n: names.length }));
  const tail = qualified ? rng.next() * 2 : rng.next();
  if (tail < 0.45) parts.push(fill(rng.pick(SOURCE_SENTENCES), { system: subject.system ?? rng.pick(m.systems), cycle: CYCLE_TEXT[cycle] }));
  else if (tail < 0.8) parts.push(fill(rng.pick(USE_SENTENCES), { use: rng.pick(m.profile.uses) }));
  return parts.join('');
}

/** The generated resource as the directory service takes it, with the provider's id. */
export function toResourceInput(r: GeneratedResource, providerDeptId: string): ResourceInput {
  return {
    name: r.name,
    classCode: r.classCode,
    providerDeptId,
    summary: r.summary,
    format: r.format,
    shareType: r.shareType,
    shareCondition: r.shareCondition,
    shareMethod: r.shareMethod,
    openType: r.openType,
    openCondition: r.openCondition,
    updateCycle: r.updateCycle,
    relatedCodes: [...r.relatedCodes],
    sourceSystem: r.sourceSystem,
    extra: { ...r.extra },
    items: r.items.map(({ name, dataType, length, description, elementId }) => ({ name, dataType, length, description, elementId })),
  };
}
