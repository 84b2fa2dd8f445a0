import type { MethodName } from '../../../shared/api/method-names';
import type { Envelope, Transport } from '../../../shared/api/transport';
import type { EventMap, EventName } from '../../../shared/api/events';
import type { WireResult } from '../../../shared/api/errors';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER } from '../../../shared/api/http';

/** Browser mode: the contract over HTTP to the loopback web host, authenticated by the launch token. */
export function httpTransport(token: string, base = ''): Transport {
  let source: EventSource | null = null;
  const events = () => (source ??= new EventSource(`${base}${EVENTS_PATH}?token=${encodeURIComponent(token)}`));
  return {
    async invoke(method: MethodName, envelope: Envelope): Promise<WireResult> {
      const res = await fetch(`${base}${CALL_PATH}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(envelope),
      });
      return (await res.json()) as WireResult;
    },
    subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as EventMap[E]);
      events().addEventListener(event, handler);
      return () => events().removeEventListener(event, handler);
    },
  };
}
