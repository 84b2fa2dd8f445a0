import { formatResourceCode } from '../../../shared/directory/codes';
import type { Tx } from '../../store/types';

/**
 * Allocates the next resource code under a classification prefix. The counter is a record of its
 * own (through the write path), so a code is never handed out twice, even after the resource is
 * retired or removed, and replay reproduces the same codes.
 */
export function allocateCode(tx: Tx, classCode: string): string {
  const row = tx.get<{ next: number }>('SELECT next FROM code_sequences WHERE id = ?', [classCode]);
  let next = row?.next ?? 1;
  // Codes registered by an import (or before the counter existed) are skipped, never reused.
  while (tx.get('SELECT 1 FROM resources WHERE code = ?', [formatResourceCode(classCode, next)])) next++;
  if (row) tx.update('code_sequence', classCode, { next: next + 1 });
  else tx.insert('code_sequence', classCode, { next: next + 1 });
  return formatResourceCode(classCode, next);
}
