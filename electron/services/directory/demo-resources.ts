import type { ResourceInputRaw } from '../../../shared/directory/resource';
import { resourceInputSchema } from '../../../shared/directory/resource';
import type { ResourceStatus } from '../../../shared/directory/vocab';
import type { Tx } from '../../store/types';
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
    const id = insertEntry(tx, { kind: 'system' }, null, resourceInputSchema.parse({ ...entry, providerDeptId: dept.id }));
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
