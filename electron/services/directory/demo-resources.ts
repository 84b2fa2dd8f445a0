import type { ResourceInputRaw } from '../../../shared/directory/resource';
import { resourceInputSchema } from '../../../shared/directory/resource';
import type { ResourceStatus } from '../../../shared/directory/vocab';
import { ApiError } from '../../../shared/api/errors';
import type { Tx } from '../../store/types';
import { generateDirectory, toResourceInput } from '../../../shared/demo/generator/directory';
import { kindOf } from './classifications';
import { insertEntry, recordEvent } from './entries';

export interface DemoResource extends Omit<ResourceInputRaw, 'providerDeptId'> {
  providerDeptCode: string;
  status?: ResourceStatus;
}

/**
 * Registers demo entries the way a department and the bureau would (through the one write path):
 * drafts first, then submitted and published, so history and audit log look real.
 * Entries whose provider is missing or whose name is already registered are skipped.
 */
export function loadDemoResources(tx: Tx, entries: readonly DemoResource[]): number {
  let added = 0;
  const now = new Date().toISOString();
  for (const { providerDeptCode, status = 'published', ...entry } of entries) {
    const dept = tx.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [providerDeptCode]);
    if (!dept || tx.get('SELECT 1 FROM resources WHERE provider_dept_id = ? AND name = ?', [dept.id, entry.name])) continue;
    if (!tx.get('SELECT 1 FROM classifications WHERE id = ?', [entry.classCode])) {
      const name = kindOf(entry.classCode) === 'dept' ? (tx.get<{ name: string }>('SELECT name FROM departments WHERE id = ?', [dept.id])?.name ?? entry.classCode) : entry.classCode;
      tx.insert('classification', entry.classCode, { name, parent_code: entry.classCode.slice(0, 1), kind: kindOf(entry.classCode), created_at: now });
    }
    let id: string;
    try {
      id = insertEntry(tx, { kind: 'system' }, null, resourceInputSchema.parse({ ...entry, providerDeptId: dept.id }));
    } catch (e) {
      // A generated entry that the rules refuse (say, a near-duplicate name) is left out; the
      // rules run before anything is written, so nothing of it is in the transaction.
      if (e instanceof ApiError && e.code === 'VALIDATION') continue;
      throw e;
    }
    const path: ResourceStatus[] = status === 'draft' ? [] : status === 'pending' ? ['pending'] : status === 'returned' ? ['pending', 'returned'] : status === 'retired' ? ['pending', 'published', 'retired'] : ['pending', 'published'];
    let from: ResourceStatus = 'draft';
    for (const to of path) {
      tx.update('resource', id, { status: to, ...(to === 'published' ? { published_at: now } : {}) });
      recordEvent(tx, id, { pending: 'submit', published: 'publish', returned: 'return', retired: 'retire', draft: 'create' }[to], from, to, '', null);
      from = to;
    }
    added++;
  }
  return added;
}

/** A generated directory (shared/demo/generator) as demo entries: same rules, no links to ids of its own. */
export function generatedDemoResources(count: number, seed?: number): DemoResource[] {
  const out: DemoResource[] = [];
  for (const r of generateDirectory({ size: count, ...(seed === undefined ? {} : { seed }) }).resources()) {
    const { providerDeptId: _omit, ...input } = toResourceInput(r, '');
    out.push({ ...input, providerDeptCode: r.providerDeptCode, status: r.status, relatedCodes: [], items: input.items.map((i) => ({ ...i, elementId: null })) });
  }
  return out;
}
