import type { Tx } from '../../store/types';

export const formatProjectCode = (year: number, n: number) => `XM${year}-${String(n).padStart(4, '0')}`;

/**
 * The next project number of a year (项目编号, XM2026-0001): a counter record of its own in the
 * write path, so a number is never handed out twice and replay reproduces it.
 */
export function allocateProjectCode(tx: Tx, year: number): string {
  const key = `project:${year}`;
  const row = tx.get<{ next: number }>('SELECT next FROM code_sequences WHERE id = ?', [key]);
  let next = row?.next ?? 1;
  while (tx.get('SELECT 1 FROM projects WHERE code = ?', [formatProjectCode(year, next)])) next++;
  if (row) tx.update('code_sequence', key, { next: next + 1 });
  else tx.insert('code_sequence', key, { next: next + 1 });
  return formatProjectCode(year, next);
}
