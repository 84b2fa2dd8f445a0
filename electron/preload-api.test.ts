import { describe, expect, it, vi } from 'vitest';
import { buildPreloadApi, type InvokeChannel, type SubscribeChannel } from './preload-api';
import { METHOD_NAMES } from '../shared/api/method-names';
import { EVENT_NAMES } from '../shared/api/events';
import { BRIDGE_EVENT_NAMES } from '../shared/api/bridge';
import type { EventName } from '../shared/api/events';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const calls: Array<{ channel: string; args: unknown[] }> = [];
  const listeners = new Map<string, Set<Listener>>();
  const invoke: InvokeChannel = (channel, ...args: unknown[]) => {
    calls.push({ channel, args });
    return Promise.resolve({ ok: true, result: channel });
  };
  const subscribe: SubscribeChannel = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  };
  const emit = (channel: string, ...args: unknown[]) => {
    const ipcEvent = { sender: { send: () => 'raw ipcRenderer access' }, senderId: 0 };
    for (const l of listeners.get(channel) ?? []) l(ipcEvent, ...args);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { calls, invoke, subscribe, emit, count };
}

describe('buildPreloadApi', () => {
  it('exposes exactly one function per contract method, each on its fixed channel', async () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    expect(Object.keys(api.invoke).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) {
      const result = await api.invoke[method]({ input: { n: 1 }, session: 's1' });
      expect(result).toEqual({ ok: true, result: `api:${method}` });
    }
    expect(ipc.calls.map((c) => c.channel)).toEqual(METHOD_NAMES.map((m) => `api:${m}`));
  });

  it('has no raw invoke(channel) and cannot be extended', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('object');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.invoke)).toBe(true);
    expect(() => {
      (api.invoke as unknown as Record<string, unknown>)['evil'] = () => undefined;
    }).toThrow(TypeError);
  });

  it('sends only the envelope’s input and session, and nothing else', async () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    const sneaky = { input: { code: '01' }, session: 'tok', channel: 'other', extra: () => 1 };
    await (api.invoke['departments.list'] as (...args: unknown[]) => Promise<unknown>)(sneaky, 'second-arg');
    expect(ipc.calls).toEqual([{ channel: 'api:departments.list', args: [{ input: { code: '01' }, session: 'tok' }] }]);
  });

  it('delivers event payloads without the IPC event object', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    const listener = vi.fn();
    api.on('progress', listener);
    const payload = { taskId: 't', label: 'progress.demo', done: 1, total: 2 };
    ipc.emit('event:progress', payload, 'ignored-extra');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);
  });

  it('unsubscribes, once', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    const listener = vi.fn();
    const off = api.on('syncStatus', listener);
    expect(ipc.count('event:syncStatus')).toBe(1);
    off();
    off();
    expect(ipc.count('event:syncStatus')).toBe(0);
    ipc.emit('event:syncStatus', { state: 'idle' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses event names outside the contract and non-function listeners', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    for (const name of ['api:auth.login', 'event:progress', '__proto__', 'constructor', '', 'Progress']) {
      expect(() => api.on(name as EventName, () => undefined)).toThrow(TypeError);
    }
    expect(() => api.on('progress', 'not a function' as unknown as () => void)).toThrow(TypeError);
    expect(ipc.count('api:auth.login')).toBe(0);
  });

  it('subscribes every contract event', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc.invoke, ipc.subscribe);
    for (const name of EVENT_NAMES) {
      api.on(name, () => undefined);
      expect(ipc.count(`event:${name}`)).toBe(1);
    }
  });
});

describe('the bridge’s event list', () => {
  it('is the contract’s event list (kept zod-free for the preload)', () => {
    expect([...BRIDGE_EVENT_NAMES].sort()).toEqual([...EVENT_NAMES].sort());
  });
});
