import { formatResourceCode } from '../../../../shared/directory/codes';
import type { ResourceInput } from '../../../../shared/directory/resource';
import { newId } from '../../../../shared/model/ids';
import { nameKey } from '../../../../shared/text/normalize';
import type { Scalar } from '../../../../shared/sync/operation';
import type { Tx } from '../../../store/types';
import { recordEvent, resourceFields } from '../entries';

/** The columns of a resource record: the very function the form's path uses. */
export const resourceRecord = resourceFields;

/**
 * Codes for many entries at once, with `allocateCode`'s rule — per classification prefix, the
 * next sequence number not taken by any resource, never reused — but the counter record is read
 * and written once per prefix instead of once per entry.
 */
export function allocateCodes(tx: Tx, classCodes: readonly string[]): string[] {
  const next = new Map<string, number>();
  const counterExists = new Set<string>();
  const codes = classCodes.map((classCode) => {
    let n = next.get(classCode);
    if (n === undefined) {
      const row = tx.get<{ next: number }>('SELECT next FROM code_sequences WHERE id = ?', [classCode]);
      if (row) counterExists.add(classCode);
      n = row?.next ?? 1;
    }
    // Codes registered by an import of codes (or before the counter existed) are skipped.
    while (tx.get('SELECT 1 FROM resources WHERE code = ?', [formatResourceCode(classCode, n)])) n++;
    next.set(classCode, n + 1);
    return formatResourceCode(classCode, n);
  });
  for (const [classCode, n] of next) {
    if (counterExists.has(classCode)) tx.update('code_sequence', classCode, { next: n });
    else tx.insert('code_sequence', classCode, { next: n });
  }
  return codes;
}

/**
 * Registers checked entries as drafts, as `insertEntry` does — record, items, a 'create' event —
 * for a whole file in the caller's transaction. The caller has run the same rules over the file
 * inside that transaction (createChecker), so nothing is checked twice per row. Related codes
 * that name another entry of the file by the 资源代码 it was exported with become that entry's
 * new code.
 */
export function writeEntries(tx: Tx, userId: string | null, entries: readonly { input: ResourceInput; fileCode: string }[], progress?: (done: number) => void): string[] {
  const codes = allocateCodes(tx, entries.map((e) => e.input.classCode));
  const renamed = new Map<string, string>();
  entries.forEach((e, i) => {
    if (e.fileCode) renamed.set(e.fileCode, codes[i]!);
  });
  const now = new Date().toISOString();
  entries.forEach(({ input: given }, i) => {
    const input = given.relatedCodes.some((c) => renamed.has(c)) ? { ...given, relatedCodes: given.relatedCodes.map((c) => renamed.get(c) ?? c) } : given;
    const id = newId();
    tx.insert('resource', id, { ...resourceRecord(input), code: codes[i]!, status: 'draft', published_at: null, created_by: userId, created_at: now, updated_at: now });
    input.items.forEach((item, position) => {
      tx.insert('data_item', newId(), { resource_id: id, position, name: item.name, data_type: item.dataType, length: item.length, description: item.description, element_id: item.elementId });
    });
    recordEvent(tx, id, 'create', null, 'draft', '', userId);
    if (progress && (i + 1) % 500 === 0) progress(i + 1);
  });
  return codes;
}
