import type { WireResult } from '../../shared/api/errors';
import type { EventMap, EventName } from '../../shared/api/events';

export type RunMode = 'desktop' | 'browser' | 'cli';

/**
 * The running application behind any transport: the store, the services and the dispatcher.
 * Electron's IPC handlers and the web host both call `dispatch` with the raw, untrusted
 * method name and envelope; it validates everything and never throws.
 */
export interface Core {
  readonly dataDir: string;
  dispatch(method: unknown, envelope: unknown): Promise<WireResult>;
  onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  close(): Promise<void>;
}

export interface CoreOptions {
  dataDir: string;
  mode: RunMode;
  /** Names the process in the data-folder lock, e.g. `统筹 desktop (pid 123)`. */
  holder: string;
}
