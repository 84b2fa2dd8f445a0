import type { EventMap, EventName } from '../../shared/api/events';

type Listener<E extends EventName> = (payload: EventMap[E]) => void;

/** In-process event bus; transports forward its events (IPC send, SSE). */
export class EventBus {
  private listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<EventName>);
    return () => set.delete(listener as Listener<EventName>);
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch {
        // A broken listener (e.g. a closed window) must not break the emitter.
      }
    }
  }
}
