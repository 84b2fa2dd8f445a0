import { validationError } from '../../../../shared/api/errors';
import { projectInputSchema, type ProjectInput } from '../../../../shared/project/project';
import { nameKey } from '../../../../shared/text/normalize';
import type { Reader } from '../../../store/types';
import type { Vocabulary } from '../../directory/io/columns';
import type { ErrorList } from '../../directory/io/report';
import { normalizeHeader, sheetNamed, type Table } from '../../directory/io/tables';
import { CONSUMES, FUNCTION_SEPARATOR, ITEMS, PROJECTS, PROVIDES, SYSTEMS, VOCAB, type SheetSpec } from './columns';

/** Where a cell is, for the error report. */
export interface Place {
  sheet: string;
  row: number;
}

type Child = 'systems' | 'dataItems' | 'consumes' | 'provides';

/** A project row that passed the schema: its input and the rows its children came from. */
export interface Candidate {
  sheet: string;
  row: number;
  input: ProjectInput;
  children: Record<Child, Place[]>;
}

/** Where each child list's fields live: the sheet and the column of each field. */
const CHILD_COLUMNS: Record<Child, { spec: SheetSpec<string>; fields: Record<string, string> }> = {
  systems: { spec: SYSTEMS, fields: { name: 'name', functions: 'functions' } },
  dataItems: { spec: ITEMS, fields: { name: 'name', dataType: 'dataType', length: 'length', description: 'description', elementId: 'elementIdentifier' } },
  consumes: { spec: CONSUMES, fields: { resourceId: 'code', purpose: 'purpose' } },
  provides: { spec: PROVIDES, fields: { resourceId: 'code', shareType: 'shareType' } },
};
const PROJECT_FIELDS: Record<string, keyof typeof PROJECTS.columns> = {
  name: 'name',
  departmentId: 'department',
  type: 'type',
  year: 'year',
  budget: 'budget',
  fundingSource: 'fundingSource',
  content: 'content',
};

/**
 * The cell an issue path points at (`budget`, `dataItems.2.length`, `provides.0.draft.format`):
 * a column of the project's row, or of the child's own row in its sheet.
 */
export function placeOf(c: Candidate, path: string): Place & { column: string } {
  const [head = '', index, field = '', sub = ''] = path.split('.');
  const child = CHILD_COLUMNS[head as Child];
  const place = child && index !== undefined ? c.children[head as Child][Number(index)] : undefined;
  if (!child || !place) {
    const col = PROJECT_FIELDS[head];
    return { sheet: c.sheet, row: c.row, column: col ? PROJECTS.columns[col] : '' };
  }
  const col = field === 'draft' ? sub : child.fields[field];
  return { ...place, column: col ? (child.spec.columns[col] ?? '') : '' };
}

/** Departments (by code or name), data elements and directory resources (by code): what rows name. */
export interface Lookups {
  department(text: string): { id: string } | { problem: string };
  elementId(identifier: string): string | undefined;
  resource(code: string): { id: string; name: string } | undefined;
}

export function loadLookups(db: Reader): Lookups {
  const depts = db.all<{ id: string; code: string; name: string }>('SELECT id, code, name FROM departments');
  const byCode = new Map(depts.map((d) => [d.code.toUpperCase(), d.id]));
  const byName = new Map<string, string[]>();
  for (const d of depts) byName.set(d.name, [...(byName.get(d.name) ?? []), d.id]);
  const elements = new Map(db.all<{ id: string; identifier: string }>('SELECT id, identifier FROM data_elements').map((e) => [e.identifier.toUpperCase(), e.id]));
  const resources = new Map<string, { id: string; name: string } | undefined>();
  return {
    department: (text) => {
      const id = byCode.get(text.toUpperCase());
      if (id) return { id };
      const named = byName.get(text) ?? [];
      if (named.length === 1) return { id: named[0]! };
      return { problem: named.length > 1 ? 'proj.import.departmentAmbiguous' : 'proj.import.departmentUnknown' };
    },
    elementId: (identifier) => elements.get(identifier.toUpperCase()),
    resource: (code) => {
      if (!resources.has(code)) resources.set(code, db.get<{ id: string; name: string }>('SELECT id, name FROM resources WHERE code = ?', [code]));
      return resources.get(code);
    },
  };
}

/** The project a child row names, matched as typed but for spaces and full-width forms. */
const linkKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/** A row's cells by column id, and a way to report a problem in one of its cells. */
function rowReader<C extends string>(spec: SheetSpec<C>, table: Table, r: { row: number; cells: string[] }, errors: ErrorList) {
  return {
    get: (c: C) => {
      const i = table.columns.get(normalizeHeader(spec.columns[c]));
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    },
    at: (c: C | '', key: string, params: Record<string, string | number> = {}) => errors.add(table.sheet, r.row, c ? spec.columns[c] : '', key, params),
  };
}

/** Reports missing required columns; true when the sheet can be read. */
function checkColumns<C extends string>(spec: SheetSpec<C>, table: Table, errors: ErrorList): boolean {
  const missing = spec.required.filter((c) => !table.columns.has(normalizeHeader(spec.columns[c])));
  for (const c of missing) errors.add(table.sheet, table.headerRow, spec.columns[c], 'dir.import.columnMissing', { column: spec.columns[c] });
  return missing.length === 0;
}

/** A project as read so far: its raw fields, children, and the paths whose problem is already reported. */
interface Draft {
  row: number;
  raw: Record<string, unknown>;
  children: Record<Child, { raw: Record<string, unknown>; place: Place }[]>;
  reported: Set<string>;
}

/** The sheets of a declaration file, found by name (the 项目 sheet is required, the others optional). */
export interface DeclarationFile {
  projects: Table;
  systems: Table | null;
  items: Table | null;
  consumes: Table | null;
  provides: Table | null;
}

export function sheetsOf(tables: readonly Table[]): DeclarationFile | null {
  const projects = sheetNamed(tables, PROJECTS.name);
  if (!projects) return null;
  const find = (spec: SheetSpec<string>) => sheetNamed(tables, spec.name) ?? null;
  return { projects, systems: find(SYSTEMS), items: find(ITEMS), consumes: find(CONSUMES), provides: find(PROVIDES) };
}

/** Rows in the file: projects, and data-item rows (the report's `items`). */
export const rowCounts = (f: DeclarationFile) => ({ total: f.projects.rows.length, items: f.items?.rows.length ?? 0 });

/**
 * Turns the declaration sheets into project inputs: labels to ids, department names or codes,
 * data-element identifiers and resource codes to ids, functions split, child rows attached to
 * their project by 项目名称, then the zod schema. Every problem is reported with its cell; a
 * project with any problem is not a candidate.
 */
export function candidatesOf(file: DeclarationFile, lookups: Lookups, errors: ErrorList): Candidate[] {
  const sheets: [SheetSpec<string>, Table | null][] = [[PROJECTS, file.projects], [SYSTEMS, file.systems], [ITEMS, file.items], [CONSUMES, file.consumes], [PROVIDES, file.provides]];
  if (!sheets.map(([spec, table]) => !table || checkColumns(spec, table, errors)).every(Boolean)) return [];

  const drafts = new Map<string, Draft>();
  const bad = new Set<Draft>();
  for (const r of file.projects.rows) {
    const { get, at } = rowReader(PROJECTS, file.projects, r, errors);
    const d: Draft = { row: r.row, raw: {}, children: { systems: [], dataItems: [], consumes: [], provides: [] }, reported: new Set() };
    const fail = (col: keyof typeof PROJECTS.columns, path: string, key: string, params: Record<string, string | number> = {}) => {
      at(col, key, params);
      d.reported.add(path);
      bad.add(d);
    };
    const name = get('name');
    const key = linkKey(name);
    const first = key ? drafts.get(key) : undefined;
    if (first) fail('name', 'name', 'proj.import.nameDuplicate', { row: first.row });
    else if (key) drafts.set(key, d);
    else fail('name', 'name', 'field.required');

    let departmentId: string | undefined;
    const dept = get('department');
    if (dept) {
      const found = lookups.department(dept);
      if ('id' in found) departmentId = found.id;
      else fail('department', 'departmentId', found.problem, { value: dept });
    }
    const vocab = <T extends string>(col: 'type' | 'fundingSource', v: Vocabulary<T>) => vocabValue(v, get(col), () => fail(col, col, 'dir.import.unknownValue', { value: get(col), allowed: v.labels.join('、') }));
    const year = intValue(get('year'), () => fail('year', 'year', 'dir.import.notNumber', { value: get('year') }));
    const budget = amountValue(get('budget'), () => fail('budget', 'budget', 'proj.import.notAmount', { value: get('budget') }));
    Object.assign(d.raw, { name, departmentId, type: vocab('type', VOCAB.type), year: year ?? undefined, budget, fundingSource: vocab('fundingSource', VOCAB.fundingSource), content: get('content') });
  }

  /** Reads each row of a child sheet and attaches it to the project it names. */
  const children = <C extends string>(spec: SheetSpec<C | 'project'>, table: Table | null, list: Child, read: (get: (c: C) => string, fail: (c: C | '', field: string, key: string, params?: Record<string, string | number>) => void) => Record<string, unknown>) => {
    for (const r of table?.rows ?? []) {
      const { get, at } = rowReader(spec, table!, r, errors);
      const project = get('project');
      const owner = project ? drafts.get(linkKey(project)) : undefined;
      if (!project) at('project', 'field.required');
      else if (!owner) at('project', 'proj.import.projectUnknown', { name: project });
      const index = owner?.children[list].length ?? 0;
      const raw = read(get, (c, field, key, params = {}) => {
        at(c, key, params);
        owner?.reported.add(`${list}.${index}.${field}`);
        if (owner) bad.add(owner);
      });
      owner?.children[list].push({ raw, place: { sheet: table!.sheet, row: r.row } });
    }
  };

  children(SYSTEMS, file.systems, 'systems', (get) => ({ name: get('name'), functions: split(get('functions'), FUNCTION_SEPARATOR) }));
  children(ITEMS, file.items, 'dataItems', (get, fail) => {
    const identifier = get('elementIdentifier');
    const elementId = identifier ? lookups.elementId(identifier) : null;
    if (elementId === undefined) fail('elementIdentifier', 'elementId', 'dir.rule.elementUnknown', { identifier });
    return {
      name: get('name'),
      dataType: vocabValue(VOCAB.dataType, get('dataType'), () => fail('dataType', 'dataType', 'dir.import.unknownValue', { value: get('dataType'), allowed: VOCAB.dataType.labels.join('、') })),
      length: intValue(get('length'), () => fail('length', 'length', 'dir.import.notNumber', { value: get('length') })),
      description: get('description'),
      elementId: elementId ?? null,
    };
  });
  /** A resource code and the name typed beside it (which must be the registered one). */
  const resource = (get: (c: 'code' | 'name') => string, fail: (c: 'code' | 'name', field: string, key: string, params?: Record<string, string | number>) => void): string | undefined => {
    const code = get('code');
    if (!code) return undefined;
    const found = lookups.resource(code);
    if (!found) fail('code', 'resourceId', 'proj.import.resourceUnknown', { code });
    else if (get('name') && nameKey(get('name')) !== nameKey(found.name)) fail('name', 'resourceId', 'proj.import.resourceNameMismatch', { code });
    return found?.id;
  };
  children(CONSUMES, file.consumes, 'consumes', (get, fail) => ({ resourceId: resource(get, fail), purpose: get('purpose') }));
  children(PROVIDES, file.provides, 'provides', (get, fail) => {
    const code = get('code');
    // With a code, the name only confirms it; without one, the columns describe a new entry.
    const described = (['classCode', 'summary', 'format', 'openType', 'updateCycle', 'shareMethod'] as const).some((c) => get(c));
    if (code && described) fail('', 'draft', 'proj.rule.provideBoth');
    const isDraft = !code && (described || !!get('name'));
    const vocab = <T extends string>(col: 'format' | 'openType' | 'updateCycle' | 'shareMethod' | 'shareType', v: Vocabulary<T>, path: string) =>
      vocabValue(v, get(col), () => fail(col, path, 'dir.import.unknownValue', { value: get(col), allowed: v.labels.join('、') }));
    return {
      resourceId: code ? (resource(get, fail) ?? undefined) : null,
      shareType: vocab('shareType', VOCAB.shareType, 'shareType'),
      draft: isDraft
        ? {
            name: get('name'),
            classCode: get('classCode'),
            summary: get('summary'),
            format: vocab('format', VOCAB.format, 'draft.format'),
            openType: vocab('openType', VOCAB.openType, 'draft.openType'),
            updateCycle: vocab('updateCycle', VOCAB.updateCycle, 'draft.updateCycle'),
            shareMethod: get('shareMethod') ? (vocab('shareMethod', VOCAB.shareMethod, 'draft.shareMethod') ?? null) : null,
          }
        : null,
    };
  });

  const candidates: Candidate[] = [];
  for (const d of new Set([...drafts.values(), ...bad])) {
    const raw = { ...d.raw, ...Object.fromEntries(Object.entries(d.children).map(([k, list]) => [k, list.map((x) => x.raw)])) };
    const c: Candidate = { sheet: file.projects.sheet, row: d.row, input: raw as ProjectInput, children: Object.fromEntries(Object.entries(d.children).map(([k, list]) => [k, list.map((x) => x.place)])) as Candidate['children'] };
    const parsed = projectInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const f of validationError(parsed.error).fields) {
        if ([...d.reported].some((p) => f.path === p || f.path.startsWith(`${p}.`))) continue;
        const place = placeOf(c, f.path);
        errors.add(place.sheet, place.row, place.column, f.key);
      }
      continue;
    }
    if (!bad.has(d)) candidates.push({ ...c, input: parsed.data });
  }
  return candidates.sort((a, b) => a.row - b.row);
}

const split = (text: string, sep: RegExp) => text.split(sep).map((s) => s.trim()).filter(Boolean);

/** The id of a label as typed; an empty cell is left to the schema ("required"). */
const vocabValue = <T extends string>(v: Vocabulary<T>, text: string, bad: () => void): T | undefined => (text ? (v.parse(text) ?? void bad()) : undefined);

/** A whole number as typed: "2026", "2026.0" (a number cell), "２０２６". */
function intValue(text: string, bad: () => void): number | null {
  if (!text) return null;
  const t = text.normalize('NFKC').trim();
  if (/^\d+(\.0+)?$/.test(t)) return Number.parseInt(t, 10);
  bad();
  return null;
}

/** An amount in 万元 as typed: "380.5", "1,200", "-5" (the schema says what is wrong with it). */
function amountValue(text: string, bad: () => void): number | undefined {
  if (!text) return undefined;
  const t = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  bad();
  return undefined;
}
