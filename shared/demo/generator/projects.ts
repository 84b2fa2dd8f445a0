import type { ProjectInput } from '../../project/project';
import type { FundingSource, ProjectType } from '../../project/vocab';
import { nameKey } from '../../text/normalize';
import { DEFAULT_SEED, generateDirectory, generatedDepartments, generatedElements, GENERATED_NOW, shortDeptName, sizeOf, type SizeName } from './directory';
import { fill } from './phrases';
import { consumesFor, contentFor, functionsFor, itemsFor, promisesFor } from './projects-parts';
import * as P from './projects-phrases';
import { DirectorySample } from './projects-sample';
import type { GeneratedProject, Model, World } from './projects-types';
import { pathTo, statusFor, timeline } from './projects-workflow';
import { Rng, subSeed } from './random';
import { MUNICIPAL_PROFILES, TOWN_SUBJECTS, TOWN_SYSTEMS, TOWN_USES, townSpecialty, type DeptProfile } from './subjects';
import type { GeneratedResource } from './types';

/**
 * Information projects (信息化项目) for the register, drawn from the same vocabulary as the
 * generated directory — the departments' subjects, systems and data items — so the duplicate
 * review has real work: about a third of most projects' data items re-collect what another
 * department's published entry already holds, some systems re-build one another project built,
 * needs name published entries of other departments, promises name the department's own entries
 * or new drafts. Sizes S (100), M (1,000), L (10,000); deterministic per seed and directory.
 */
export const PROJECT_SIZES: Readonly<Record<SizeName, number>> = { S: 100, M: 1_000, L: 10_000 };
export { DirectorySample } from './projects-sample';
export type { GeneratedEvent } from './projects-workflow';
export type { GeneratedProject, GeneratedProjectItem, GeneratedPromise } from './projects-types';

export interface ProjectGenerateOptions {
  /** S, M, L or a count of projects. */
  size: SizeName | number;
  seed?: number;
  /** The directory the projects draw on: a sample taken while loading it, or its resources. Default: the generated directory of the same size (ten resources per project). */
  directory?: DirectorySample | Iterable<GeneratedResource>;
}

export function projectCount(size: SizeName | number): number {
  return typeof size === 'number' ? sizeOf(size) : PROJECT_SIZES[size];
}

function profiles(): Map<string, DeptProfile> {
  const map = new Map<string, DeptProfile>(MUNICIPAL_PROFILES.map((p) => [p.code, p]));
  for (const d of generatedDepartments()) {
    if (d.level === 'town') map.set(d.code, { code: d.code, weight: 1.2, systems: TOWN_SYSTEMS, uses: TOWN_USES, subjects: [...TOWN_SUBJECTS, townSpecialty(d.code)] });
  }
  return map;
}

export function generateProjects(options: ProjectGenerateOptions): GeneratedProject[] {
  const count = projectCount(options.size);
  const seed = options.seed ?? DEFAULT_SEED;
  const sample =
    options.directory instanceof DirectorySample
      ? options.directory
      : DirectorySample.of(seed, options.directory ?? generateDirectory({ size: typeof options.size === 'number' ? count * 10 : options.size, seed }).resources());
  const byCode = profiles();
  const models: Model[] = generatedDepartments().map((dept) => ({ dept, profile: byCode.get(dept.code)!, short: shortDeptName(dept.name), isTown: dept.level === 'town', names: new Set(), built: [] }));
  const deptCodes = models.map((m) => m.dept.code);
  const cumulative: number[] = [];
  let total = 0;
  for (const m of models) cumulative.push((total += Math.pow(m.profile.weight, 0.7)));
  const elementIds = new Map(generatedElements(seed).map((e) => [e.name, e.id]));
  const rng = new Rng(subSeed(seed, 'projects'));
  const sequences = new Map<number, number>();
  const systems: { projectId: string; deptCode: string; short: string; name: string }[] = [];
  const out: GeneratedProject[] = [];
  for (let i = 0; i < count; i++) {
    const x = rng.next() * total;
    const m = models[Math.min(cumulative.findIndex((c) => c > x), models.length - 1)] ?? models[0]!;
    out.push(makeProject(rng, m, { sample, deptCodes, elementIds, sequences, systems }));
  }
  return out;
}

const YEARS = { 2022: 14, 2023: 16, 2024: 18, 2025: 20, 2026: 18, 2027: 14 };
const TYPES: Record<ProjectType, number> = { new: 45, upgrade: 33, operation: 22 };
const FUNDING: Record<FundingSource, number> = { fiscal: 62, special: 18, self: 12, other: 8 };
const MEDIAN_BUDGET: Record<ProjectType, number> = { new: 150, upgrade: 90, operation: 40 };

/** Log-normal around the type's median, 5–3,000 万元, to the 百元; larger amounts often round. */
function budgetFor(rng: Rng, type: ProjectType): number {
  const normal = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const raw = Math.min(3000, Math.max(5, MEDIAN_BUDGET[type] * Math.exp(normal * 1.05)));
  return raw >= 100 && rng.chance(0.4) ? Math.round(raw / 5) * 5 : Math.round(raw * 100) / 100;
}

function makeProject(rng: Rng, m: Model, w: World): GeneratedProject {
  const id = rng.uuid();
  const type = rng.weighted(TYPES);
  const year = Number(rng.weighted(YEARS as Record<string, number>));
  const subject = rng.pick(m.profile.subjects);
  const topic = subject.stem;

  // Systems: new ones around the subject or the usual suspects; upgrades and upkeep of what exists.
  const built: { name: string; topic: string; rebuilds: string | null; fresh: boolean }[] = [];
  const addSystem = (name: string, about: string, fresh: boolean, rebuilds: string | null = null) => {
    if (name.length <= 100 && !built.some((s) => nameKey(s.name) === nameKey(name))) built.push({ name, topic: about, rebuilds, fresh });
  };
  const common = () => (rng.chance(0.5) ? m.short : '') + rng.pick(P.COMMON_SYSTEMS);
  if (type === 'new') addSystem(rng.chance(0.7) ? `${topic}${rng.pick(P.SYSTEM_KINDS)}` : common(), topic, true);
  else addSystem(m.built.length > 0 && rng.chance(0.4) ? rng.pick(m.built) : rng.pick(m.profile.systems), topic, false);
  const wanted = type === 'operation' ? rng.int(1, 2) : Number(rng.weighted({ 1: 45, 2: 30, 3: 15, 4: 10 } as Record<string, number>));
  for (let tries = 0; built.length < wanted && tries < 8; tries++) {
    const other = rng.pick(m.profile.subjects).stem;
    if (rng.chance(0.5)) addSystem(common(), topic, type !== 'operation');
    else addSystem(`${other}${rng.pick(P.SYSTEM_KINDS)}`, other, type !== 'operation');
  }
  // 重复建设: a system another project (usually of another department) has already built.
  if (type !== 'operation' && w.systems.length > 0 && rng.chance(0.16)) {
    const other = rng.pick(w.systems);
    const name = other.name.startsWith(other.short) ? m.short + other.name.slice(other.short.length) : other.name;
    if (built.length >= 4) built.pop();
    addSystem(name, topic, false, other.projectId);
  }
  const systems = built.map((s) => ({ id: rng.uuid(), name: s.name, functions: functionsFor(rng, s.topic), rebuilds: s.rebuilds }));
  for (const s of built) {
    if (s.fresh) w.systems.push({ projectId: id, deptCode: m.dept.code, short: m.short, name: s.name });
    if (!m.built.includes(s.name)) m.built.push(s.name);
  }

  const items = itemsFor(rng, m, subject, type, w);
  const budget = budgetFor(rng, type);
  const status = statusFor(rng, year, budget);
  const consumes = consumesFor(rng, m, w);
  const provides = promisesFor(rng, m, subject, systems[0]!.name, status, w);
  const exceptions = status === 'operating' ? provides.filter((p) => !p.met).map(() => rng.pick(P.EXCEPTION_REASONS)) : [];
  const events = timeline(rng, year, budget, pathTo(rng, status, budget), exceptions, GENERATED_NOW);
  const excepts = events.filter((e) => e.action === 'except');
  provides.filter((p) => !p.met).forEach((p, i) => {
    const e = excepts[i];
    if (e) p.exception = { reason: e.comment, at: e.at };
  });
  const seq = (w.sequences.get(year) ?? 0) + 1;
  w.sequences.set(year, seq);
  const last = events[events.length - 1]!;
  return {
    id,
    code: `XM${year}-${String(seq).padStart(4, '0')}`,
    name: nameFor(rng, m, type, year, topic, systems[0]!.name),
    departmentCode: m.dept.code,
    type,
    year,
    budget,
    fundingSource: rng.weighted(FUNDING),
    content: contentFor(rng, m, type, year, subject, systems, items),
    status,
    submittedAt: [...events].reverse().find((e) => e.action === 'submit')?.at ?? null,
    createdAt: events[0]!.at,
    updatedAt: last.at,
    systems,
    items,
    consumes,
    provides,
    events,
  };
}

function nameFor(rng: Rng, m: Model, type: ProjectType, year: number, topic: string, sys: string): string {
  const templates = type === 'new' ? (m.isTown ? P.TOWN_NEW_NAMES : P.NEW_NAMES) : type === 'upgrade' ? P.UPGRADE_NAMES : P.OPERATION_NAMES;
  // 中山市科技业务管理系统 under 中山市科学技术局 reads 科技业务管理系统; 科技计划项目 is a topic, not a second 项目.
  const own = sys.replace(/^中山市/, '');
  const values = { dept: m.dept.name, short: m.short, sys: own.startsWith(m.short) ? own.slice(m.short.length) : own, topic: topic.replace(/项目$/, ''), year };
  // A town's systems have the same names everywhere (镇街综合治理信息平台): its projects name the town.
  const named = (t: string) => (m.isTown && !/\{(dept|short)\}/.test(t) ? `${m.short}${fill(t, values)}` : fill(t, values));
  let name = named(rng.pick(templates));
  for (let i = 0; m.names.has(nameKey(name)) && i < 12; i++) {
    name = named(rng.pick(templates)).replace(/(建设项目|项目)$/, (end) => fill(P.NAME_QUALIFIERS[i % P.NAME_QUALIFIERS.length]!, { year: year + Math.floor(i / 5) }) + end);
  }
  m.names.add(nameKey(name));
  return name.slice(0, 100);
}

/** The generated project as the register's form takes it, for a department id of the target store. */
export function toProjectInput(p: GeneratedProject, departmentId: string): ProjectInput {
  return {
    name: p.name,
    departmentId,
    type: p.type,
    year: p.year,
    budget: p.budget,
    fundingSource: p.fundingSource,
    content: p.content,
    systems: p.systems.map((s) => ({ name: s.name, functions: [...s.functions] })),
    dataItems: p.items.map(({ name, dataType, length, description, elementId }) => ({ name, dataType, length, description, elementId })),
    consumes: p.consumes.map((c) => ({ resourceId: c.resourceId, purpose: c.purpose })),
    provides: p.provides.map((x) => ({ resourceId: x.resourceId, shareType: x.shareType, draft: x.draft ? { ...x.draft } : null })),
  };
}
