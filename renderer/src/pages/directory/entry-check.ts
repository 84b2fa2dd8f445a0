import type { z } from 'zod';
import { validationError } from '../../../../shared/api/errors';
import { resourceInputSchema, type ResourceInput } from '../../../../shared/directory/resource';
import { validateEntry } from '../../../../shared/directory/validate';
import type { Issue } from './entry-draft';

/**
 * What the contract's schema says about a form's input, before any service is asked. `complete`
 * says whether the input passes, i.e. whether the service can check it at all (its input schema
 * refuses anything less). Empty fields read "必填", not "太短" or "格式不正确".
 */
export function schemaCheck(schema: z.ZodType, input: unknown): { complete: boolean; issues: Issue[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { complete: true, issues: [] };
  return { complete: false, issues: validationError(parsed.error).fields.map((f) => ({ path: f.path, key: emptyIsRequired(input, f.path, f.key) })) };
}

/**
 * What can be said about an entry without the service: the contract's schema and the guide's
 * rules (the same pure functions the service runs). While a required field is still empty the
 * service cannot check the entry, so the rules the user can already break — a system name,
 * 有条件共享 without a condition — are shown from here.
 */
export function localCheck(input: ResourceInput): { complete: boolean; issues: Issue[] } {
  const schema = schemaCheck(resourceInputSchema, input);
  if (schema.complete) return schema;
  const named = new Set(schema.issues.map((i) => i.path));
  const rules = validateEntry(input, { siblingKeys: new Map() }).filter((i) => !named.has(i.path));
  return { complete: false, issues: [...schema.issues, ...rules] };
}

/** The value at a field path (`name`, `items.2.length`), or undefined. */
export function valueAt(input: unknown, path: string): unknown {
  let value: unknown = input;
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** A blank text or a number field left empty (NaN) is "必填". */
function emptyIsRequired(input: unknown, path: string, key: string): string {
  const value = valueAt(input, path);
  return (typeof value === 'string' && value.trim() === '') || Number.isNaN(value) ? 'field.required' : key;
}

/** Is the value at a field path the same in both inputs? */
export function sameAt(a: unknown, b: unknown, path: string): boolean {
  return JSON.stringify(valueAt(a, path)) === JSON.stringify(valueAt(b, path));
}

/**
 * One list of a form's problems from its sources (the live check, the service's answer to the
 * last save, the form's own rules), each named as the form names its fields and said once.
 */
export function mergeIssues(lists: readonly (readonly Issue[])[], normalize: (path: string) => string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of lists.flat()) {
    const path = normalize(i.path);
    const id = `${path}|${i.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...i, path });
  }
  return out;
}
