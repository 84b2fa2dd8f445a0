import type { DataType, Format, OpenType, ShareMethod, ShareType, UpdateCycle } from '../../../../shared/directory/vocab';
import type { DataItem, DataItemInput, ResourceInput, ResourceView } from '../../../../shared/directory/resource';

/**
 * The resource form's state: what the user typed, kept as typed (lengths as text, related codes
 * as one line) so that nothing is lost when a save fails; turned into the contract's input only
 * when it is checked or saved.
 */
export interface ItemDraft {
  /** A stable React key; not sent. */
  key: string;
  name: string;
  dataType: DataType;
  length: string;
  description: string;
  elementId: string | null;
  elementName: string | null;
}

export interface ExtraDraft {
  key: string;
  name: string;
  value: string;
}

export interface EntryDraft {
  name: string;
  classCode: string;
  providerDeptId: string;
  summary: string;
  format: Format;
  shareType: ShareType;
  shareCondition: string;
  shareMethod: ShareMethod | '';
  openType: OpenType;
  openCondition: string;
  updateCycle: UpdateCycle;
  relatedCodes: string;
  sourceSystem: string;
  extra: ExtraDraft[];
  items: ItemDraft[];
}

export interface Issue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
  /** Rules that allow saving anyway (a likely duplicate) say 'warning'; absent means an error. */
  severity?: 'error' | 'warning';
}

let counter = 0;
export const draftKey = () => `k${++counter}`;

export function emptyItem(): ItemDraft {
  return { key: draftKey(), name: '', dataType: 'string', length: '', description: '', elementId: null, elementName: null };
}

export function emptyDraft(providerDeptId: string): EntryDraft {
  return {
    name: '',
    classCode: '',
    providerDeptId,
    summary: '',
    format: 'database',
    shareType: 'unconditional',
    shareCondition: '',
    shareMethod: 'api',
    openType: 'closed',
    openCondition: '',
    updateCycle: 'monthly',
    relatedCodes: '',
    sourceSystem: '',
    extra: [],
    items: [emptyItem()],
  };
}

export function draftFromView(v: ResourceView): EntryDraft {
  return {
    name: v.name,
    classCode: v.classCode,
    providerDeptId: v.providerDeptId,
    summary: v.summary,
    format: v.format,
    shareType: v.shareType,
    shareCondition: v.shareCondition ?? '',
    shareMethod: v.shareMethod ?? '',
    openType: v.openType,
    openCondition: v.openCondition ?? '',
    updateCycle: v.updateCycle,
    relatedCodes: v.relatedCodes.join(' '),
    sourceSystem: v.sourceSystem ?? '',
    extra: Object.entries(v.extra ?? {}).map(([name, value]) => ({ key: draftKey(), name, value })),
    items: (v.items ?? []).map(itemDraftFrom),
  };
}

/** A saved data item (a resource's 信息项 or a project's 采集数据项) as an editor row. */
export function itemDraftFrom(i: DataItem): ItemDraft {
  return {
    key: draftKey(),
    name: i.name,
    dataType: i.dataType,
    length: i.length === null ? '' : String(i.length),
    description: i.description,
    elementId: i.elementId,
    elementName: i.elementName,
  };
}

/** An editor row as the contract's data item (an empty length is null). */
export function itemToInput(i: ItemDraft): DataItemInput {
  return { name: i.name, dataType: i.dataType, length: lengthOf(i.length), description: i.description, elementId: i.elementId };
}

const CODE_SEPARATORS = /[\s,，;；、]+/;

function lengthOf(text: string): number | null {
  const s = text.trim();
  return s === '' ? null : Number(s);
}

/** The contract's input for a draft. Hidden condition fields are sent empty (the typed text stays in the draft). */
export function draftToInput(d: EntryDraft): ResourceInput {
  const extra: Record<string, string> = {};
  for (const e of d.extra) if (e.name.trim()) extra[e.name.trim()] = e.value;
  return {
    name: d.name,
    classCode: d.classCode,
    providerDeptId: d.providerDeptId,
    summary: d.summary,
    format: d.format,
    shareType: d.shareType,
    shareCondition: d.shareType === 'conditional' ? d.shareCondition : '',
    shareMethod: d.shareType === 'none' || d.shareMethod === '' ? null : d.shareMethod,
    openType: d.openType,
    openCondition: d.openType === 'conditional' ? d.openCondition : '',
    updateCycle: d.updateCycle,
    relatedCodes: d.relatedCodes.split(CODE_SEPARATORS).filter(Boolean),
    sourceSystem: d.sourceSystem,
    extra,
    items: d.items.map(itemToInput),
  };
}

/** Problems only the form can see: extended-metadata names that are empty or repeated. */
export function localIssues(d: EntryDraft): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  d.extra.forEach((e, i) => {
    const name = e.name.trim();
    if (!name && e.value.trim()) out.push({ path: `extra.${i}`, key: 'ui.entry.extraNameRequired' });
    else if (name && seen.has(name)) out.push({ path: `extra.${i}`, key: 'ui.entry.extraNameTwice' });
    seen.add(name);
  });
  return out;
}

/**
 * Paths as the form names them. Edits and checks wrap the entry as `{id, input}`, so the
 * service names fields `input.name`; an extended-metadata problem is named by its key, which the
 * form maps back to the row.
 */
export function normalizePath(path: string, d?: EntryDraft): string {
  const p = path.replace(/^input\./, '');
  if (d && p.startsWith('extra.')) {
    const name = p.slice('extra.'.length);
    const row = d.extra.findIndex((e) => e.name.trim() === name);
    return row >= 0 ? `extra.${row}` : 'extra';
  }
  return p;
}

/** Changing one field can make another one wrong: touching it shows the other's problems too. */
const DEPENDENTS: Record<string, string[]> = {
  shareType: ['shareCondition', 'shareMethod', 'openType'],
  format: ['shareMethod'],
  openType: ['openCondition'],
};

export function touch(touched: ReadonlySet<string>, path: string): Set<string> {
  const next = new Set(touched);
  next.add(path);
  for (const p of DEPENDENTS[path] ?? []) next.add(p);
  return next;
}

/**
 * An issue is shown once its field (or the row containing it) was touched, or after a save
 * attempt. Touching the list of data items (adding or removing a row) shows the list's own
 * problem ("at least one item"), not the problems of a fresh, still empty row.
 */
export function isVisible(path: string, touched: ReadonlySet<string>, all: boolean): boolean {
  if (all || touched.has(path)) return true;
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    if (n === 1 && parts[0] === 'items') break;
    if (touched.has(parts.slice(0, n).join('.'))) return true;
  }
  if (path === 'items') return [...touched].some((p) => p.startsWith('items.'));
  return false;
}

/** Move one row; used by the data-items editor's up/down buttons. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row!);
  return next;
}
