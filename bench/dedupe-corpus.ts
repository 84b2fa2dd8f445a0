/**
 * The speed bench's corpus: the project's own generator (shared/demo/generator — the directory of
 * 中山市 departments with realistic resources and items, and information projects drawn from the
 * same vocabulary: re-collected items, re-built systems, consumed resources) converted to the
 * dev-set format the engine reads. Sizes as the generator's: M = 1,000 projects in 10,000
 * resources, L = 10,000 projects in 100,000 resources (~1,000,000 data items). Deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateDirectory, generatedClassifications, generatedDepartments, type SizeName } from '../shared/demo/generator/directory';
import { generateProjects } from '../shared/demo/generator/projects';
import type { Project, Resource } from '../shared/dedupe/types';

export interface Corpus {
  projects: Project[];
  resources: Resource[];
}

const SHARE: Record<string, string> = { unconditional: '无条件共享', conditional: '有条件共享', none: '不予共享' };
const OPEN: Record<string, string> = { open: '开放', conditional: '有条件开放', closed: '不开放' };

export function generatedCorpus(size: SizeName): Corpus {
  const deptName = new Map(generatedDepartments().map((d) => [d.code, d.name]));
  const classes = new Map(generatedClassifications().map((c) => [c.code, c]));
  const category = (classCode: string): string => {
    const c = classes.get(classCode.slice(0, 3));
    if (classCode.startsWith('1')) return `基础库/${c?.name ?? ''}`;
    if (classCode.startsWith('2')) return `主题库/${c?.name ?? ''}`;
    return '部门库';
  };
  const generated = [...generateDirectory({ size }).resources()];
  const codeOf = new Map(generated.map((r) => [r.id, r.code]));
  const resources: Resource[] = generated.map((r) => ({
    code: r.code,
    name: r.name,
    department: deptName.get(r.providerDeptCode) ?? r.providerDeptCode,
    category: category(r.classCode),
    summary: r.summary,
    shareType: SHARE[r.shareType] ?? r.shareType,
    openType: OPEN[r.openType] ?? r.openType,
    dataItems: r.items.map((i) => ({ name: i.name, type: i.dataType, length: i.length ?? 0 })),
  }));
  const projects: Project[] = generateProjects({ size, directory: generated }).map((p) => ({
    id: p.code,
    name: p.name,
    department: deptName.get(p.departmentCode) ?? p.departmentCode,
    year: p.year,
    budgetWan: p.budget,
    description: p.content,
    systems: p.systems.map((s) => ({ name: s.name, functions: s.functions })),
    dataItems: p.items.map((i) => ({ name: i.name, type: i.dataType, length: i.length ?? 0 })),
    consumes: p.consumes.map((c) => codeOf.get(c.resourceId) ?? c.resourceId),
  }));
  return { projects, resources };
}

/** Writes a corpus as a folder in the dev-set format (labels empty), for worker threads to read. */
export function writeCorpus(dir: string, c: Corpus): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'projects.json'), JSON.stringify(c.projects));
  fs.writeFileSync(path.join(dir, 'resources.json'), JSON.stringify(c.resources));
  fs.writeFileSync(path.join(dir, 'labels.json'), JSON.stringify({ projectPairs: [], recollection: [], dataItemSynonyms: [], dataItemNonSynonyms: [] }));
}

export function readCorpus(dir: string): Corpus {
  return {
    projects: JSON.parse(fs.readFileSync(path.join(dir, 'projects.json'), 'utf8')) as Project[],
    resources: JSON.parse(fs.readFileSync(path.join(dir, 'resources.json'), 'utf8')) as Resource[],
  };
}
