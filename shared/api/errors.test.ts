import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ApiError, validationError } from './errors';

describe('validation errors', () => {
  const schema = z.object({ code: z.string().min(2, { message: 'department.code.format' }), level: z.enum(['city', 'town']), n: z.number().optional() }).strict();

  it('name every offending field with a message key, including unknown keys', () => {
    const r = schema.safeParse({ code: 'x', level: 'province', extra: 1 });
    expect(r.success).toBe(false);
    if (r.success) return;
    const err = validationError(r.error);
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual(
      expect.arrayContaining([
        { path: 'code', key: 'department.code.format' },
        { path: 'level', key: 'field.notAllowed' },
        { path: 'extra', key: 'field.unknown' },
      ]),
    );
  });

  it('cross the wire and come back the same, without a stack', () => {
    const err = new ApiError('CONFLICT', 'errors.department.codeTaken', { code: 'ZS006' }, [{ path: 'code', key: 'errors.department.codeTaken' }]);
    const wire = err.toWire();
    expect(JSON.stringify(wire)).not.toContain('at ');
    expect(ApiError.fromWire(wire)).toMatchObject({ code: 'CONFLICT', key: 'errors.department.codeTaken', params: { code: 'ZS006' } });
  });
});
