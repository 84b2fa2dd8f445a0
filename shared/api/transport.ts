import type { MethodName } from './method-names';
import type { EventMap, EventName } from './events';
import type { WireResult } from './errors';

/** What one call carries over any transport: the input and the caller's session (if signed in). */
export interface Envelope {
  input: unknown;
  session: string | null;
}

/** IPC (preload) and HTTP (web host) both implement this; the client never knows which. */
export interface Transport {
  invoke(method: MethodName, envelope: Envelope): Promise<WireResult>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
