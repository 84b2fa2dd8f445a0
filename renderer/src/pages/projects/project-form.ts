import type { ProjectInput, ProjectView } from '../../../../shared/project/project';
import type { FundingSource, ProjectType } from '../../../../shared/project/vocab';
import type { ResourceRow } from '../../../../shared/directory/resource';
import type { Format, OpenType, ShareMethod, ShareType, UpdateCycle } from '../../../../shared/directory/vocab';
import { draftKey, itemDraftFrom, itemToInput, type ItemDraft } from '../directory/entry-draft';

/**
 * The declaration form's state (申报表): what the user typed, kept as typed (year and budget as
 * text, a function being typed as text) so nothing is lost when a save fails; turned into the
 * contract's `ProjectInput` only when it is checked or saved. Rows carry a React key, not sent.
 */
export interface SystemDraft {
  key: string;
  name: string;
  functions: string[];
  /** The function being typed in the chip input; it counts as one once it is not blank. */
  pending: string;
}

/** A directory resource the project will use (共享需求), with what the form shows of it. */
export interface ConsumeDraft {
  key: string;
  resourceId: string;
  code: string;
  name: string;
  providerName: string;
  shareType: ShareType | null;
  purpose: string;
}

/** A new directory entry the project promises (新建资源草稿). */
export interface PromisedDraft {
  name: string;
  classCode: string;
  summary: string;
  format: Format;
  shareMethod: ShareMethod | '';
  openType: OpenType;
  updateCycle: UpdateCycle;
}

/** A promised resource: an existing entry of the department (`resourceId`) or a new draft. */
export interface PromiseDraft {
  key: string;
  resourceId: string | null;
  code: string;
  name: string;
  /** The existing entry's current share type (what the gate will compare). */
  currentShareType: ShareType | null;
  /** 承诺共享类型. */
  shareType: ShareType;
  draft: PromisedDraft | null;
}

export interface ProjectFormState {
  name: string;
  departmentId: string;
  type: ProjectType;
  year: string;
  budget: string;
  fundingSource: FundingSource;
  content: string;
  systems: SystemDraft[];
  dataItems: ItemDraft[];
  consumes: ConsumeDraft[];
  provides: PromiseDraft[];
}

/** The lists of the form whose rows have keys (error paths such as `systems.2.name` name them by index). */
export const FORM_LISTS = ['systems', 'dataItems', 'consumes', 'provides'] as const;
export type FormList = (typeof FORM_LISTS)[number];

export function emptyProjectForm(departmentId: string, year: number): ProjectFormState {
  return {
    name: '',
    departmentId,
    type: 'new',
    year: String(year),
    budget: '',
    fundingSource: 'fiscal',
    content: '',
    systems: [],
    dataItems: [],
    consumes: [],
    provides: [],
  };
}

export function emptySystem(): SystemDraft {
  return { key: draftKey(), name: '', functions: [], pending: '' };
}

export function emptyPromisedDraft(): PromisedDraft {
  return { name: '', classCode: '', summary: '', format: 'database', shareMethod: 'api', openType: 'closed', updateCycle: 'monthly' };
}

/** 新建资源草稿: a new entry promised as 无条件共享 unless the user says otherwise. */
export function newDraftPromise(): PromiseDraft {
  return { key: draftKey(), resourceId: null, code: '', name: '', currentShareType: null, shareType: 'unconditional', draft: emptyPromisedDraft() };
}

/** A directory row picked as 共享需求. */
export function consumeFromRow(r: ResourceRow): ConsumeDraft {
  return { key: draftKey(), resourceId: r.id, code: r.code, name: r.name, providerName: r.providerName, shareType: r.shareType, purpose: '' };
}

/** An existing entry of the department picked as a promise; promised as it is shared now. */
export function promiseFromRow(r: ResourceRow): PromiseDraft {
  return { key: draftKey(), resourceId: r.id, code: r.code, name: r.name, currentShareType: r.shareType, shareType: r.shareType, draft: null };
}

/**
 * A saved project as the form's state, for editing. A promise that was a new draft is by now an
 * entry of the directory, so every promise comes back as `{resourceId, shareType}` without a draft.
 */
export function formFromView(v: ProjectView): ProjectFormState {
  return {
    name: v.name,
    departmentId: v.departmentId,
    type: v.type,
    year: String(v.year),
    budget: String(v.budget),
    fundingSource: v.fundingSource,
    content: v.content,
    systems: v.systems.map((s) => ({ key: draftKey(), name: s.name, functions: [...s.functions], pending: '' })),
    dataItems: v.dataItems.map(itemDraftFrom),
    consumes: v.consumes.map((c) => ({
      key: draftKey(),
      resourceId: c.resourceId,
      code: c.code ?? '',
      name: c.name ?? '',
      providerName: c.providerName ?? '',
      shareType: c.shareType,
      purpose: c.purpose,
    })),
    provides: v.provides.map((p) => ({
      key: draftKey(),
      resourceId: p.resourceId,
      code: p.code ?? '',
      name: p.name ?? '',
      currentShareType: p.shareType,
      shareType: p.promisedShareType,
      draft: null,
    })),
  };
}

/** Text typed into a number field: blank (or not a number) is NaN, which the check calls 必填 or invalid. */
function numberOf(text: string): number {
  const s = text.trim();
  return s === '' ? Number.NaN : Number(s);
}

/** A system's functions: the chips, then what is still being typed. */
export function functionsOf(s: SystemDraft): string[] {
  return s.pending.trim() ? [...s.functions, s.pending.trim()] : s.functions;
}

/** The contract's input for the form's state. */
export function formToInput(f: ProjectFormState): ProjectInput {
  return {
    name: f.name,
    departmentId: f.departmentId,
    type: f.type,
    year: numberOf(f.year),
    budget: numberOf(f.budget),
    fundingSource: f.fundingSource,
    content: f.content,
    systems: f.systems.map((s) => ({ name: s.name, functions: functionsOf(s) })),
    dataItems: f.dataItems.map(itemToInput),
    consumes: f.consumes.map((c) => ({ resourceId: c.resourceId, purpose: c.purpose })),
    provides: f.provides.map((p) => ({
      resourceId: p.draft ? null : p.resourceId,
      shareType: p.shareType,
      draft: p.draft ? { ...p.draft, shareMethod: p.draft.shareMethod === '' || p.shareType === 'none' ? null : p.draft.shareMethod } : null,
    })),
  };
}

/**
 * A field path with list indexes replaced by row keys (`provides.2.draft.name` →
 * `provides.k7.draft.name`), so what was touched stays with its row when rows are removed.
 */
export function stablePath(f: ProjectFormState, path: string): string {
  const m = /^([A-Za-z]+)\.(\d+)(.*)$/.exec(path);
  if (!m || !(FORM_LISTS as readonly string[]).includes(m[1]!)) return path;
  const row = f[m[1] as FormList][Number(m[2])];
  return row ? `${m[1]}.${row.key}${m[3]}` : path;
}

/**
 * Is a problem at `path` shown yet? After a save attempt (`all`) every one is; otherwise once its
 * field or the row containing it was touched (left after typing, picked, changed); touching a
 * list (a row added or removed) shows only the list's own problem.
 * A row's own problem (`provides.0`) shows once anything in the row was touched.
 */
export function isShown(f: ProjectFormState, path: string, touched: ReadonlySet<string>, all: boolean): boolean {
  if (all) return true;
  const parts = stablePath(f, path).split('.');
  const inList = (FORM_LISTS as readonly string[]).includes(parts[0]!);
  for (let n = parts.length; n > 0; n--) {
    // Adding or removing rows touches the list, not the problems of a fresh, still empty row.
    if (n === 1 && inList && parts.length > 1) break;
    if (touched.has(parts.slice(0, n).join('.'))) return true;
  }
  if (parts.length === 2 && inList) {
    const prefix = `${parts[0]}.${parts[1]}.`;
    return [...touched].some((t) => t.startsWith(prefix));
  }
  return false;
}

/** Gives the rows of a stored draft fresh React keys; null when it is not a form state. */
export function reviveForm(d: ProjectFormState): ProjectFormState | null {
  if (!d || typeof d.name !== 'string' || !FORM_LISTS.every((l) => Array.isArray(d[l]))) return null;
  return {
    ...d,
    systems: d.systems.map((s) => ({ ...s, key: draftKey() })),
    dataItems: d.dataItems.map((i) => ({ ...i, key: draftKey() })),
    consumes: d.consumes.map((c) => ({ ...c, key: draftKey() })),
    provides: d.provides.map((p) => ({ ...p, key: draftKey() })),
  };
}
