import { ApiError } from '../../shared/api/errors';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';

/** Exit codes of the CLI: 0 done, 1 refused (one-line reason), 2 usage. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** One line a person can act on, in the chosen language: code, message, offending fields. */
export function describeError(err: unknown, lang: Language): string {
  if (err instanceof ApiError) {
    const fields = err.fields.map((f) => `${f.path}: ${translate(lang, f.key)}`).join('; ');
    const message = translate(lang, err.key, err.params);
    return `${err.code}: ${message}${fields && err.code === 'VALIDATION' ? ` (${fields})` : ''}`;
  }
  if (err && typeof err === 'object' && 'key' in err && typeof (err as { key: unknown }).key === 'string') {
    const e = err as { key: string; params?: Record<string, string | number> };
    return translate(lang, e.key, e.params ?? {});
  }
  return err instanceof Error ? err.message : String(err);
}

/** Plain aligned columns; CJK characters count double so Chinese names line up in a terminal. */
export function formatTable(headers: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Thrown by commands for a refusal that is the user's to fix (exit 1). */
export class Refusal extends Error {}
