import type { MethodName } from './method-names';
import type { EventMap, EventName } from './events';
import type { Envelope } from './transport';
import type { WireResult } from './errors';

/**
 * What the Electron preload exposes to the renderer as `window.tongchou` (DESIGN.md §2 "One API
 * contract"): one function per contract method and a subscription to the contract's events —
 * nothing else, in particular no raw `invoke(channel)`.
 *
 * Only types and plain constants live here: the sandboxed preload imports this file, so it must not
 * pull in zod (that is why the event names below are spelled out and checked against `EventName`
 * at compile time instead of being imported from `events.ts`).
 */
export interface TongchouBridge {
  /** `invoke['departments.list'](envelope)`: resolves with the wire result, never rejects on API errors. */
  readonly invoke: { readonly [K in MethodName]: (envelope: Envelope) => Promise<WireResult> };
  /** Subscribes to a pushed event; returns the unsubscribe function. Unknown event names throw. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** The global the preload defines: `window.tongchou`. */
export const BRIDGE_GLOBAL = 'tongchou';

/** IPC channel carrying one contract method: `api:<method>`. */
export function methodChannel(method: MethodName): `api:${MethodName}` {
  return `api:${method}`;
}

/** IPC channel carrying one pushed event: `event:<name>`. */
export function eventChannel(event: EventName): `event:${EventName}` {
  return `event:${event}`;
}

/** Every event name, without importing the zod schemas (see the file comment). */
export const BRIDGE_EVENT_NAMES = ['progress', 'syncStatus', 'storeWarning'] as const satisfies readonly EventName[];

// Compile-time check that BRIDGE_EVENT_NAMES lists every EventName: adding an event to
// events.ts without adding it here fails `tsc`.
type MissingBridgeEvents = Exclude<EventName, (typeof BRIDGE_EVENT_NAMES)[number]>;
const everyEventListed: [MissingBridgeEvents] extends [never] ? true : MissingBridgeEvents = true;
void everyEventListed;

export function isBridgeEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (BRIDGE_EVENT_NAMES as readonly string[]).includes(name);
}
