import { dispatch } from '../api/dispatch';
import { EventBus } from '../services/events';
import { fileLogger } from '../services/log';
import { LoginLimiter, Sessions } from '../services/sessions';
import type { Ctx, Services } from '../services/context';
import { openStore } from '../store/store';
import type { Core, CoreOptions } from './core-types';
import { APP_VERSION } from './version';

/** Opens the data folder and wires store, services and dispatcher behind one object. */
export async function openCore(options: CoreOptions): Promise<Core & { services: Services; systemCtx(): Ctx }> {
  const store = await openStore({ dataDir: options.dataDir, holder: options.holder });
  const log = fileLogger(options.dataDir);
  for (const w of store.warnings) log.warn('store.warning', { key: w.key, detail: w.detail });
  const events = new EventBus();
  const services: Services = { store, sessions: new Sessions(), limiter: new LoginLimiter(), events, log, mode: options.mode, version: APP_VERSION };
  return {
    dataDir: options.dataDir,
    services,
    systemCtx: () => ({ ...services, caller: { kind: 'system' } }),
    dispatch: (method, envelope) => dispatch(services, method, envelope),
    onEvent: (event, listener) => events.on(event, listener),
    close: () => store.close(),
  };
}
