import { validationError } from '../../../../shared/api/errors';
import { resourceInputSchema, type ResourceInput } from '../../../../shared/directory/resource';
import { validateEntry } from '../../../../shared/directory/validate';
import type { Issue } from './entry-draft';

/**
 * What can be said about an entry without the service: the contract's schema and the guide's
 * rules (the same pure functions the service runs). While a required field is still empty the
 * service cannot check the entry at all (its input schema refuses it), so the rules the user can
 * already break — a system name, 有条件共享 without a condition — are shown from here.
 * `complete` says whether the entry passes the schema, i.e. whether the service should be asked.
 */
export function localCheck(input: ResourceInput): { complete: boolean; issues: Issue[] } {
  const parsed = resourceInputSchema.safeParse(input);
  if (parsed.success) return { complete: true, issues: [] };
  const schema = validationError(parsed.error).fields.map((f) => ({ path: f.path, key: emptyIsRequired(input, f.path, f.key) }));
  const named = new Set(schema.map((i) => i.path));
  const rules = validateEntry(input, { siblingKeys: new Map() }).filter((i) => !named.has(i.path));
  return { complete: false, issues: [...schema, ...rules] };
}

/** An empty field reads "必填", not "太短" or "格式不正确". */
function emptyIsRequired(input: ResourceInput, path: string, key: string): string {
  let value: unknown = input;
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' && value.trim() === '' ? 'field.required' : key;
}

/** Is the value at a field path (`name`, `items.2.length`) the same in both entries? */
export function sameAt(a: unknown, b: unknown, path: string): boolean {
  let x = a;
  let y = b;
  for (const part of path.split('.')) {
    x = x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[part] : undefined;
    y = y !== null && typeof y === 'object' ? (y as Record<string, unknown>)[part] : undefined;
  }
  return JSON.stringify(x) === JSON.stringify(y);
}
