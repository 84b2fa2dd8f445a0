import { ApiError } from '../../../shared/api/errors';
import type { ResourceInput, ResourceView } from '../../../shared/directory/resource';
import { validateEntry, type EntryIssue } from '../../../shared/directory/validate';
import { newId } from '../../../shared/model/ids';
import { nameKey } from '../../../shared/text/normalize';
import type { Scalar } from '../../../shared/sync/operation';
import type { Reader, Tx } from '../../store/types';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { classificationExists } from './classifications';
import { allocateCode } from './codes';
import { allowedActions, mayRegisterFor } from './permissions';
import { findResource, viewFor } from './view';
import { viewerOf, type Viewer } from './visibility';

/** Every problem with an entry: the guide's rules (shared) plus what only the database knows. */
export function entryIssues(db: Reader, input: ResourceInput, id: string | null): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (!db.get('SELECT 1 FROM departments WHERE id = ?', [input.providerDeptId])) issues.push({ path: 'providerDeptId', key: 'dir.rule.providerUnknown' });
  if (!classificationExists(db, input.classCode)) issues.push({ path: 'classCode', key: 'dir.rule.classUnknown' });
  input.items.forEach((item, i) => {
    if (item.elementId !== null && !db.get('SELECT 1 FROM data_elements WHERE id = ?', [item.elementId])) issues.push({ path: `items.${i}.elementId`, key: 'dir.rule.elementUnknown' });
  });
  input.relatedCodes.forEach((code, i) => {
    if (!db.get('SELECT 1 FROM resources WHERE code = ?', [code])) issues.push({ path: `relatedCodes.${i}`, key: 'dir.rule.relatedUnknown', params: { code } });
  });
  const ownCode = id ? (db.get<{ code: string }>('SELECT code FROM resources WHERE id = ?', [id])?.code ?? null) : null;
  const siblings = db.all<{ name_key: string; code: string }>("SELECT name_key, code FROM resources WHERE provider_dept_id = ? AND status != 'retired'", [input.providerDeptId]);
  issues.push(...validateEntry(input, { siblingKeys: new Map(siblings.map((s) => [s.name_key, s.code])), ownCode }));
  return issues;
}

/** An entry as stored, in the form's shape (to check it again before it is submitted for review). */
export function storedInput(db: Reader, id: string): ResourceInput | null {
  const r = db.get<Record<string, Scalar>>('SELECT * FROM resources WHERE id = ?', [id]);
  if (!r) return null;
  const items = db.all<Record<string, Scalar>>('SELECT * FROM data_items WHERE resource_id = ? ORDER BY position', [id]);
  return {
    name: String(r.name),
    classCode: String(r.class_code),
    providerDeptId: String(r.provider_dept_id),
    summary: String(r.summary),
    format: r.format as ResourceInput['format'],
    shareType: r.share_type as ResourceInput['shareType'],
    shareCondition: String(r.share_condition),
    shareMethod: (r.share_method ?? null) as ResourceInput['shareMethod'],
    openType: r.open_type as ResourceInput['openType'],
    openCondition: String(r.open_condition),
    updateCycle: r.update_cycle as ResourceInput['updateCycle'],
    relatedCodes: JSON.parse(String(r.related_codes)) as string[],
    sourceSystem: String(r.source_system),
    extra: JSON.parse(String(r.extra)) as Record<string, string>,
    items: items.map((i) => ({
      name: String(i.name),
      dataType: i.data_type as ResourceInput['items'][number]['dataType'],
      length: i.length === null ? null : Number(i.length),
      description: String(i.description),
      elementId: i.element_id === null ? null : String(i.element_id),
    })),
  };
}

export function refuse(issues: EntryIssue[]): never {
  throw new ApiError(
    'VALIDATION',
    'errors.VALIDATION',
    { fields: issues.map((i) => i.path).join(', ') },
    issues.map((i) => ({ path: i.path, key: i.key })),
  );
}

export function checkEntry(ctx: Ctx, id: string | null, input: ResourceInput): { issues: EntryIssue[] } {
  requireSignedIn(ctx);
  return { issues: entryIssues(ctx.store, input, id) };
}

/** The resources table's columns for an entry (shared with the batched import). */
export function resourceFields(input: ResourceInput): Record<string, Scalar> {
  return {
    name: input.name,
    name_key: nameKey(input.name),
    class_code: input.classCode,
    provider_dept_id: input.providerDeptId,
    summary: input.summary,
    format: input.format,
    share_type: input.shareType,
    share_condition: input.shareCondition,
    share_method: input.shareMethod,
    open_type: input.openType,
    open_condition: input.openCondition,
    update_cycle: input.updateCycle,
    related_codes: JSON.stringify(input.relatedCodes),
    source_system: input.sourceSystem,
    extra: JSON.stringify(input.extra),
    item_names: input.items.map((i) => i.name).join(' '),
  };
}

/** Keeps item ids stable across edits (grants name items by id): matched by name, else new. */
function writeItems(tx: Tx, resourceId: string, items: ResourceInput['items']): void {
  const existing = new Map(tx.all<{ id: string; name: string }>('SELECT id, name FROM data_items WHERE resource_id = ?', [resourceId]).map((r) => [nameKey(r.name), r.id]));
  items.forEach((item, position) => {
    const fields = { resource_id: resourceId, position, name: item.name, data_type: item.dataType, length: item.length, description: item.description, element_id: item.elementId };
    const key = nameKey(item.name);
    const id = existing.get(key);
    if (id) {
      tx.update('data_item', id, fields);
      existing.delete(key);
    } else tx.insert('data_item', newId(), fields);
  });
  for (const id of existing.values()) tx.remove('data_item', id);
}

export function recordEvent(tx: Tx, resourceId: string, action: string, from: string | null, to: string, comment: string, userId: string | null): void {
  tx.insert('resource_event', newId(), { resource_id: resourceId, action, from_status: from, to_status: to, comment, user_id: userId, at: new Date().toISOString() });
}

/** Registers a draft entry in one transaction: code, entry, items, history. Used by the form, import and demo. */
export function insertEntry(tx: Tx, viewer: Viewer, userId: string | null, input: ResourceInput): string {
  if (!mayRegisterFor(viewer, input.providerDeptId)) throw new ApiError('FORBIDDEN', 'dir.rule.notOwnDepartment');
  const issues = entryIssues(tx, input, null);
  if (issues.length) refuse(issues);
  const id = newId();
  const now = new Date().toISOString();
  tx.insert('resource', id, { ...resourceFields(input), code: allocateCode(tx, input.classCode), status: 'draft', published_at: null, created_by: userId, created_at: now, updated_at: now });
  writeItems(tx, id, input.items);
  recordEvent(tx, id, 'create', null, 'draft', '', userId);
  return id;
}

export function createResource(ctx: Ctx, input: ResourceInput): ResourceView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const id = ctx.store.transact({ userId }, (tx) => insertEntry(tx, viewer, userId, input));
  ctx.log.info('resource.created', { id, by: userId });
  return viewFor(ctx.store, viewer, id);
}

export function updateResource(ctx: Ctx, id: string, input: ResourceInput): ResourceView {
  requireSignedIn(ctx);
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  ctx.store.transact({ userId }, (tx) => {
    const current = findResource(tx, id);
    if (!current || current.id !== id) throw new ApiError('NOT_FOUND');
    if (!allowedActions(viewer, current).includes('edit')) throw new ApiError('FORBIDDEN', 'dir.rule.notEditable');
    if (!mayRegisterFor(viewer, input.providerDeptId)) throw new ApiError('FORBIDDEN', 'dir.rule.notOwnDepartment');
    const issues = entryIssues(tx, input, id);
    if (issues.length) refuse(issues);
    const fields = resourceFields(input);
    // The code follows the classification: a new prefix gets a new, never-used sequence number.
    if (input.classCode !== current.class_code) fields.code = allocateCode(tx, input.classCode);
    tx.update('resource', id, { ...fields, updated_at: new Date().toISOString() });
    writeItems(tx, id, input.items);
    recordEvent(tx, id, 'update', current.status, current.status, '', userId);
  });
  ctx.log.info('resource.updated', { id, by: userId });
  return viewFor(ctx.store, viewer, id);
}
