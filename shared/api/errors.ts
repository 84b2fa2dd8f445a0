import { z } from 'zod';

/**
 * Errors cross every boundary (IPC, HTTP, CLI) as a stable code plus a translatable message key,
 * never as a stack trace. `fields` names the offending input paths for forms.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_CREDENTIALS',
  'RATE_LIMITED',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'UNKNOWN_METHOD',
  'PAYLOAD_TOO_LARGE',
  'STORE_UNAVAILABLE',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldErrorSchema = z.object({ path: z.string(), key: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const wireErrorSchema = z.object({
  code: errorCodeSchema,
  /** i18n key, e.g. `errors.FORBIDDEN` or a more specific `errors.department.codeTaken`. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  fields: z.array(fieldErrorSchema).default([]),
});
export type WireError = z.infer<typeof wireErrorSchema>;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[];
  constructor(code: ErrorCode, key?: string, params: Record<string, string | number> = {}, fields: FieldError[] = []) {
    super(`${code}: ${key ?? `errors.${code}`}${fields.length ? ` (${fields.map((f) => f.path).join(', ')})` : ''}`);
    this.name = 'ApiError';
    this.code = code;
    this.key = key ?? `errors.${code}`;
    this.params = params;
    this.fields = fields;
  }
  toWire(): WireError {
    return { code: this.code, key: this.key, params: this.params, fields: this.fields };
  }
  static fromWire(w: WireError): ApiError {
    return new ApiError(w.code, w.key, w.params, w.fields);
  }
}

/** Turn a zod failure into a VALIDATION error naming every offending field. */
export function validationError(error: z.ZodError): ApiError {
  const fields = error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    // An unknown key is named by the key itself, not by its (empty) parent path.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ path: base ? `${base}.${k}` : k, key: 'field.unknown' }));
    return [{ path: base || '(input)', key: issueKey(issue) }];
  });
  return new ApiError('VALIDATION', 'errors.VALIDATION', { fields: fields.map((f) => f.path).join(', ') }, fields);
}

function issueKey(issue: z.core.$ZodIssue): string {
  // Our schemas put i18n keys in their messages; zod's own messages map to generic keys.
  if (/^[a-z]+(\.[A-Za-z]+)+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'field.required' : 'field.invalidType';
    case 'too_small':
      return 'field.tooShort';
    case 'too_big':
      return 'field.tooLong';
    case 'unrecognized_keys':
      return 'field.unknown';
    case 'invalid_value':
      return 'field.notAllowed';
    default:
      return 'field.invalid';
  }
}

export type WireResult<T = unknown> = { ok: true; result: T } | { ok: false; error: WireError };
export const wireResultSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: wireErrorSchema }),
]);
