import type { TongchouBridge } from '../../../shared/api/bridge';
import type { Transport } from '../../../shared/api/transport';

/** Desktop mode: the contract over the preload's bridge (`window.tongchou`). */
export function ipcTransport(bridge: TongchouBridge): Transport {
  return {
    invoke: (method, envelope) => bridge.invoke[method](envelope),
    subscribe: (event, listener) => bridge.on(event, listener),
  };
}
