import { METHOD_NAMES, type MethodName } from '../shared/api/method-names';
import { eventChannel, isBridgeEventName, methodChannel, type TongchouBridge } from '../shared/api/bridge';
import type { EventMap, EventName } from '../shared/api/events';
import type { Envelope } from '../shared/api/transport';
import type { WireResult } from '../shared/api/errors';

export type { TongchouBridge } from '../shared/api/bridge';

/** `ipcRenderer.invoke`, narrowed to what the bridge uses: one channel, one argument. */
export type InvokeChannel = (channel: string, envelope: Envelope) => Promise<unknown>;
/**
 * Subscribes a raw IPC listener (which receives Electron's event object first) to a channel and
 * returns the function that removes it — `ipcRenderer.on` + `ipcRenderer.removeListener`.
 */
export type SubscribeChannel = (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => () => void;

/**
 * Builds `window.tongchou`. Pure (no Electron import), so it is unit-tested in Node with fakes.
 *
 * - `invoke` holds exactly one function per contract method, each bound to its fixed channel
 *   `api:<method>`; there is no way to name an arbitrary channel from the renderer.
 * - Only the envelope's `input` and `session` cross the bridge; extra arguments are dropped.
 * - `on` accepts only contract event names and calls the renderer's listener with the payload
 *   alone: Electron's event object (which exposes `sender`, i.e. ipcRenderer) never reaches it.
 */
export function buildPreloadApi(invoke: InvokeChannel, subscribe: SubscribeChannel): TongchouBridge {
  const methods = {} as Record<MethodName, (envelope: Envelope) => Promise<WireResult>>;
  for (const method of METHOD_NAMES) {
    const channel = methodChannel(method);
    methods[method] = (envelope: Envelope) => {
      const input: unknown = envelope?.input;
      const session: unknown = envelope?.session;
      return invoke(channel, { input, session } as Envelope) as Promise<WireResult>;
    };
  }
  Object.freeze(methods);

  function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    if (!isBridgeEventName(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    const unsubscribe = subscribe(eventChannel(event), (_event: unknown, payload?: unknown) => {
      listener(payload as EventMap[E]);
    });
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      unsubscribe();
    };
  }

  return Object.freeze({ invoke: methods, on });
}
