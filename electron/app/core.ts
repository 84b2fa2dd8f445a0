import { dispatch } from '../api/dispatch';
import { EventBus } from '../services/events';
import { fileLogger } from '../services/log';
import { LoginLimiter, Sessions } from '../services/sessions';
import type { Ctx, Services } from '../services/context';
import { seedDirectory } from '../services/directory/seed';
import { installReviewHooks } from '../services/review/reports';
import { dedupeEngineFactory } from '../services/review/dedupe-engine';
import { engineConfigured, useEngineFactory } from '../services/review/engine-host';
import { openStore } from '../store/store';
import type { StoreWarning } from '../store/types';
import type { Core, CoreOptions } from './core-types';
import { APP_VERSION } from './version';

/** Opens the data folder and wires store, services and dispatcher behind one object. */
export async function openCore(options: CoreOptions): Promise<Core & { services: Services; systemCtx(): Ctx }> {
  const log = fileLogger(options.dataDir);
  const events = new EventBus();
  const warnings: StoreWarning[] = [];
  const warn = (w: StoreWarning) => {
    warnings.push(w);
    log.warn('store.warning', { key: w.key, detail: w.detail });
    events.emit('storeWarning', w);
  };
  const store = await openStore({ dataDir: options.dataDir, holder: options.holder, onWarning: warn });
  store.warnings.forEach(warn);
  seedDirectory(store);
  if (!engineConfigured()) useEngineFactory(dedupeEngineFactory);
  installReviewHooks();
  const services: Services = { store, sessions: new Sessions(), limiter: new LoginLimiter(), events, log, mode: options.mode, version: APP_VERSION, warnings };
  return {
    dataDir: options.dataDir,
    services,
    systemCtx: () => ({ ...services, caller: { kind: 'system' } }),
    dispatch: (method, envelope) => dispatch(services, method, envelope),
    onEvent: (event, listener) => events.on(event, listener),
    close: () => store.close(),
  };
}
