import { z } from 'zod';
import { contract, type MethodName, type Result } from '../../shared/api/contract';
import { ApiError, validationError, type WireResult } from '../../shared/api/errors';
import { isMethodName } from '../../shared/api/method-names';
import { resolveSessionUser } from '../services/auth';
import type { Caller, Ctx, Services } from '../services/context';
import { handlers } from './handlers';

const envelopeSchema = z.object({ input: z.unknown(), session: z.string().max(256).nullable() }).strict();

/**
 * The boundary every transport shares (IPC, HTTP): untrusted method name and envelope in,
 * a WireResult out. Validates against the contract, resolves the caller, runs the service,
 * and turns every failure into a code + message key. Never throws, never leaks a stack.
 */
export async function dispatch(services: Services, method: unknown, envelope: unknown): Promise<WireResult> {
  try {
    if (!isMethodName(method)) throw new ApiError('UNKNOWN_METHOD', 'errors.UNKNOWN_METHOD', { method: String(method).slice(0, 64) });
    const env = envelopeSchema.safeParse(envelope);
    if (!env.success) throw validationError(env.error);
    return { ok: true, result: await run(services, callerFor(services, env.data.session), method, env.data.input) };
  } catch (err) {
    return { ok: false, error: toApiError(services, method, err).toWire() };
  }
}

/** The same path for a caller known in-process (the CLI's system operator): throws ApiError. */
export async function callAs<K extends MethodName>(services: Services, caller: Caller, method: K, input: unknown): Promise<Result<K>> {
  try {
    return (await run(services, caller, method, input)) as Result<K>;
  } catch (err) {
    throw toApiError(services, method, err);
  }
}

async function run(services: Services, caller: Caller, method: MethodName, input: unknown): Promise<unknown> {
  const spec = contract[method];
  // A missing input means "no arguments"; null or any other non-object is malformed.
  const parsed = spec.input.safeParse(input === undefined ? {} : input);
  if (!parsed.success) throw validationError(parsed.error);
  if (spec.session && caller.kind === 'anonymous') throw new ApiError('UNAUTHENTICATED');
  const ctx: Ctx = { ...services, caller };
  const handler = handlers[method] as (ctx: Ctx, input: unknown) => unknown;
  return handler(ctx, parsed.data);
}

function callerFor(services: Services, session: string | null): Caller {
  if (!session) return { kind: 'anonymous' };
  const user = resolveSessionUser(services, session);
  return user ? { kind: 'user', user, session } : { kind: 'anonymous' };
}

function toApiError(services: Services, method: unknown, err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  // Unexpected: log the details locally, send only a code across the boundary.
  services.log.error('internal', { method: String(method).slice(0, 64), message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
  return new ApiError('INTERNAL');
}

export type { MethodName };
