import { validationError } from '../../../../shared/api/errors';
import { resourceInputSchema, type ResourceInput } from '../../../../shared/directory/resource';
import {
  CODE_SEPARATOR,
  CSV_ITEMS_COLUMN,
  FIELD_COLUMN,
  ITEM_COLUMNS,
  ITEM_FIELD_COLUMN,
  ITEM_PART_SEPARATOR,
  LIST_SEPARATOR,
  PAIR_SEPARATOR,
  REQUIRED_ITEM_COLUMNS,
  REQUIRED_RESOURCE_COLUMNS,
  RESOURCE_COLUMNS,
  VOCAB,
  type ItemColumn,
  type ResourceColumn,
  type Vocabulary,
} from './columns';
import type { ErrorList } from './report';
import type { ParsedFile, Table } from './tables';

/** Where a cell is, for the error report. */
export interface Place {
  sheet: string;
  row: number;
  column: string;
  params?: Record<string, string | number>;
}

/** A resource row that passed the schema: its input and where each of its parts came from. */
export interface Candidate {
  row: number;
  sheet: string;
  input: ResourceInput;
  /** The 资源代码 an exported file carries ('' when none): related codes may point at it. */
  fileCode: string;
  /** Where item i came from (a row of the 信息项 sheet, or the CSV row's 信息项 cell). */
  itemPlaces: Place[];
  /** Where the items as a whole are pointed at (no items at all). */
  itemsPlace: Place;
}

/** What the rows refer to by code, resolved from the database once for the whole file. */
export interface Lookups {
  deptIdByCode: ReadonlyMap<string, string>;
  elementIdByIdentifier: ReadonlyMap<string, string>;
}

interface RawItem {
  name: string;
  dataType: string | undefined;
  length: number | null;
  description: string;
  elementId: string | null;
}

interface Cells {
  get(col: string): string;
  has(col: string): boolean;
}

function cellsOf(table: Table, cells: string[]): Cells {
  return {
    get: (col) => {
      const i = table.columns.get(col);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    },
    has: (col) => table.columns.has(col),
  };
}

const split = (text: string, sep: RegExp) => text.split(sep).map((s) => s.trim()).filter(Boolean);

/** Reports missing required columns; true when the table can be read at all. */
function checkColumns(table: Table, required: readonly string[], errors: ErrorList): boolean {
  const missing = required.filter((c) => !table.columns.has(c));
  for (const column of missing) errors.add(table.sheet, table.headerRow, column, 'dir.import.columnMissing', { column });
  return missing.length === 0;
}

/**
 * Turns the file's rows into entries: labels to ids, department codes and data-element
 * identifiers to ids, lists and key=value pairs split, items attached by 资源序号, then the
 * zod schema. Every problem is reported with its cell; a row with any problem is not a candidate.
 */
export function candidatesOf(file: ParsedFile, lookups: Lookups, errors: ErrorList): { candidates: Candidate[]; total: number; itemCount: number } {
  const R = RESOURCE_COLUMNS;
  const res = file.resources;
  const inline = file.items === null || (res.columns.has(CSV_ITEMS_COLUMN) && !res.columns.has(R.seq));
  const requiredRes = [...REQUIRED_RESOURCE_COLUMNS.map((c) => R[c]), ...(inline ? [CSV_ITEMS_COLUMN] : [R.seq])];
  const resOk = checkColumns(res, requiredRes, errors);
  const itemsOk = inline || checkColumns(file.items!, REQUIRED_ITEM_COLUMNS.map((c) => ITEM_COLUMNS[c]), errors);
  if (!resOk || !itemsOk) return { candidates: [], total: res.rows.length, itemCount: 0 };

  // 资源序号 → the resource row, so item rows can find their resource.
  const rowBySeq = new Map<string, number>();
  if (!inline) {
    for (const r of res.rows) {
      const seq = normSeq(cellsOf(res, r.cells).get(R.seq));
      if (!seq) {
        errors.add(res.sheet, r.row, R.seq, 'field.required');
        continue;
      }
      const first = rowBySeq.get(seq);
      if (first !== undefined) errors.add(res.sheet, r.row, R.seq, 'dir.import.seqDuplicate', { seq, row: first });
      else rowBySeq.set(seq, r.row);
    }
  }

  // Items grouped by their resource row (sheet) — or parsed from each row's cell (CSV).
  const itemsByRow = new Map<number, { item: RawItem; place: Place }[]>();
  const badItemRows = new Set<number>();
  let itemCount = 0;
  if (!inline) {
    const it = file.items!;
    const I = ITEM_COLUMNS;
    for (const r of it.rows) {
      const c = cellsOf(it, r.cells);
      const at = (col: ItemColumn, key: string, params: Record<string, string | number> = {}) => errors.add(it.sheet, r.row, I[col], key, params);
      itemCount++;
      const seq = normSeq(c.get(I.seq));
      const owner = seq ? rowBySeq.get(seq) : undefined;
      if (!seq) at('seq', 'field.required');
      else if (owner === undefined) at('seq', 'dir.import.seqUnknown', { seq });
      let ok = owner !== undefined;
      const dataType = vocabValue(VOCAB.dataType, c.get(I.dataType), () => {
        at('dataType', 'dir.import.unknownValue', { value: c.get(I.dataType), allowed: VOCAB.dataType.labels.join('、') });
        ok = false;
      });
      const length = intValue(c.get(I.length), () => {
        at('length', 'dir.import.notNumber', { value: c.get(I.length) });
        ok = false;
      });
      const identifier = c.get(I.elementIdentifier);
      let elementId: string | null = null;
      if (identifier) {
        elementId = lookups.elementIdByIdentifier.get(identifier.toUpperCase()) ?? null;
        if (!elementId) {
          at('elementIdentifier', 'dir.rule.elementUnknown', { identifier });
          ok = false;
        }
      }
      if (owner === undefined) continue;
      if (!ok) {
        // The resource cannot be imported; the item's problems are already reported.
        badItemRows.add(owner);
        continue;
      }
      const list = itemsByRow.get(owner) ?? [];
      list.push({ item: { name: c.get(I.name), dataType, length, description: c.get(I.description), elementId }, place: { sheet: it.sheet, row: r.row, column: '' } });
      itemsByRow.set(owner, list);
    }
  }

  const candidates: Candidate[] = [];
  const rowByFileCode = new Map<string, number>();
  for (const r of res.rows) {
    const c = cellsOf(res, r.cells);
    let ok = !badItemRows.has(r.row);
    // Paths already reported here (a bad label) are not reported again by the schema.
    const reported = new Set<string>();
    const at = (col: ResourceColumn | typeof CSV_ITEMS_COLUMN, key: string, params: Record<string, string | number> = {}, path?: string) => {
      errors.add(res.sheet, r.row, col === CSV_ITEMS_COLUMN ? CSV_ITEMS_COLUMN : R[col], key, params);
      if (path) reported.add(path);
      ok = false;
    };
    const vocab = <T extends string>(field: keyof typeof VOCAB & ResourceColumn, v: Vocabulary<T>): T | undefined =>
      vocabValue(v, c.get(R[field]), () => at(field, 'dir.import.unknownValue', { value: c.get(R[field]), allowed: v.labels.join('、') }, field));

    const fileCode = c.get(R.code);
    if (fileCode) {
      const first = rowByFileCode.get(fileCode);
      if (first !== undefined) at('code', 'dir.import.codeDuplicate', { code: fileCode, row: first });
      else rowByFileCode.set(fileCode, r.row);
    }
    const providerCode = c.get(R.providerCode);
    let providerDeptId: string | undefined;
    if (providerCode) {
      providerDeptId = lookups.deptIdByCode.get(providerCode) ?? lookups.deptIdByCode.get(providerCode.toUpperCase());
      if (!providerDeptId) at('providerCode', 'dir.import.providerUnknown', { code: providerCode }, 'providerDeptId');
    }
    const extra: Record<string, string> = {};
    for (const pair of split(c.get(R.extra), LIST_SEPARATOR)) {
      const m = PAIR_SEPARATOR.exec(pair);
      const key = m ? pair.slice(0, m.index).trim() : '';
      if (!m || !key) {
        at('extra', 'dir.import.badExtra', { value: pair }, 'extra');
        continue;
      }
      extra[key] = pair.slice(m.index + 1).trim();
    }

    let items: { item: RawItem; place: Place }[];
    if (inline) {
      items = [];
      split(c.get(CSV_ITEMS_COLUMN), LIST_SEPARATOR).forEach((text, i) => {
        itemCount++;
        const place: Place = { sheet: res.sheet, row: r.row, column: CSV_ITEMS_COLUMN, params: { item: i + 1 } };
        const parsed = inlineItem(text, lookups, (key, params) => at(CSV_ITEMS_COLUMN, key, { item: i + 1, ...params }));
        if (parsed) items.push({ item: parsed, place });
      });
    } else items = itemsByRow.get(r.row) ?? [];

    const raw = {
      name: c.get(R.name),
      classCode: c.get(R.classCode),
      providerDeptId,
      summary: c.get(R.summary),
      format: vocab('format', VOCAB.format),
      shareType: vocab('shareType', VOCAB.shareType),
      shareCondition: c.get(R.shareCondition),
      shareMethod: c.get(R.shareMethod) ? (vocab('shareMethod', VOCAB.shareMethod) ?? null) : null,
      openType: vocab('openType', VOCAB.openType),
      openCondition: c.get(R.openCondition),
      updateCycle: vocab('updateCycle', VOCAB.updateCycle),
      relatedCodes: split(c.get(R.relatedCodes), CODE_SEPARATOR),
      sourceSystem: c.get(R.sourceSystem),
      extra,
      items: items.map((i) => i.item),
    };
    const itemPlaces = items.map((i) => i.place);
    const itemsPlace: Place = inline ? { sheet: res.sheet, row: r.row, column: CSV_ITEMS_COLUMN } : { sheet: res.sheet, row: r.row, column: R.seq };
    const parsed = resourceInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const f of validationError(parsed.error).fields) {
        if (reported.has(f.path.split('.')[0]!)) continue;
        const place = placeOf(f.path, { sheet: res.sheet, row: r.row }, itemPlaces, itemsPlace);
        errors.add(place.sheet, place.row, place.column, f.key, place.params ?? {});
      }
      continue;
    }
    if (!ok) continue;
    candidates.push({ row: r.row, sheet: res.sheet, input: parsed.data, fileCode, itemPlaces, itemsPlace });
  }
  return { candidates, total: res.rows.length, itemCount };
}

/**
 * The cell an issue path (`name`, `items.2.length`, `relatedCodes.0`) points at: a resource
 * column, or the item's own row in the 信息项 sheet (the CSV's 信息项 cell, with the item's position).
 */
export function placeOf(path: string, at: { sheet: string; row: number }, itemPlaces: readonly Place[], itemsPlace: Place): Place {
  const [head, index, field] = path.split('.');
  if (head === 'items') {
    if (index === undefined) return itemsPlace;
    const place = itemPlaces[Number(index)] ?? itemsPlace;
    if (place.column) return place; // CSV: the 信息项 cell, its params name the item
    return { ...place, column: ITEM_COLUMNS[ITEM_FIELD_COLUMN[field ?? 'name'] ?? 'name'] };
  }
  const col = FIELD_COLUMN[head ?? ''];
  return { sheet: at.sheet, row: at.row, column: col ? RESOURCE_COLUMNS[col] : '' };
}

function vocabValue<T extends string>(v: Vocabulary<T>, text: string, bad: () => void): T | undefined {
  if (!text) return undefined; // the schema says "required"
  const id = v.parse(text);
  if (id === undefined) bad();
  return id;
}

function intValue(text: string, bad: () => void): number | null {
  if (!text) return null;
  const t = text.normalize('NFKC').trim();
  if (!/^\d+(\.0+)?$/.test(t)) {
    bad();
    return null;
  }
  return Number.parseInt(t, 10);
}

/** 资源序号 as typed: "3", "3.0" (a number cell) and "３" are the same. */
function normSeq(text: string): string {
  const t = text.normalize('NFKC').trim();
  return /^\d+\.0+$/.test(t) ? t.replace(/\.0+$/, '') : t;
}

/** `名称:类型[:长度[:数据元标识符[:描述]]]` — the CSV's notation for one data item. */
function inlineItem(text: string, lookups: Lookups, bad: (key: string, params?: Record<string, string | number>) => void): RawItem | null {
  // The first four separators split name, type, length and identifier; the description keeps the rest as typed.
  const parts: string[] = [];
  let rest = text;
  for (let m = ITEM_PART_SEPARATOR.exec(rest); m && parts.length < 4; m = ITEM_PART_SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index).trim());
    rest = rest.slice(m.index + 1);
  }
  if (parts.length < 4) {
    parts.push(rest.trim());
    rest = '';
  }
  const [name = '', type = '', lengthText = '', identifier = ''] = parts;
  const description = rest.trim();
  if (!name || !type) {
    bad('dir.import.badItem', { value: text });
    return null;
  }
  const dataType = VOCAB.dataType.parse(type);
  if (!dataType) {
    bad('dir.import.unknownValue', { value: type, allowed: VOCAB.dataType.labels.join('、') });
    return null;
  }
  let failed = false;
  const length = intValue(lengthText, () => {
    bad('dir.import.notNumber', { value: lengthText });
    failed = true;
  });
  let elementId: string | null = null;
  if (identifier) {
    elementId = lookups.elementIdByIdentifier.get(identifier.toUpperCase()) ?? null;
    if (!elementId) {
      bad('dir.rule.elementUnknown', { identifier });
      failed = true;
    }
  }
  return failed ? null : { name, dataType, length, description, elementId };
}
