import { ApiError, wireResultSchema } from './errors';
import type { Input, MethodName, Result } from './contract';
import type { EventMap, EventName } from './events';
import type { Transport } from './transport';

export interface ApiClient {
  call<K extends MethodName>(method: K, input: Input<K>): Promise<Result<K>>;
  /** Called when a call made with a session is refused as unauthenticated (expired, revoked). */
  onSessionLost(listener: () => void): () => void;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  setSession(session: string | null): void;
  getSession(): string | null;
}

/** The renderer's typed client; the transport decides IPC or HTTP. Failures throw ApiError. */
export function createClient(transport: Transport, initialSession: string | null = null): ApiClient {
  let session = initialSession;
  const lost = new Set<() => void>();
  return {
    onSessionLost(listener) {
      lost.add(listener);
      return () => lost.delete(listener);
    },
    async call(method, input) {
      let raw: unknown;
      try {
        raw = await transport.invoke(method, { input, session });
      } catch {
        throw new ApiError('STORE_UNAVAILABLE', 'errors.TRANSPORT');
      }
      const parsed = wireResultSchema.safeParse(raw);
      if (!parsed.success) throw new ApiError('INTERNAL', 'errors.BAD_RESPONSE');
      if (!parsed.data.ok) {
        if (parsed.data.error.code === 'UNAUTHENTICATED' && session !== null) lost.forEach((l) => l());
        throw ApiError.fromWire(parsed.data.error);
      }
      return parsed.data.result as Result<typeof method>;
    },
    on: (event, listener) => transport.subscribe(event, listener),
    setSession(s) {
      session = s;
    },
    getSession: () => session,
  };
}
