/**
 * The preload, built as CommonJS (dist/electron/preload.cjs) and run sandboxed with context
 * isolation. It only wires ipcRenderer into the pure bridge builder and exposes the result as
 * `window.tongchou`: one function per contract method and `on(event, listener)`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildPreloadApi } from './preload-api';
import { BRIDGE_GLOBAL } from '../shared/api/bridge';

const bridge = buildPreloadApi(
  (channel, envelope) => ipcRenderer.invoke(channel, envelope),
  (channel, listener) => {
    const handler = (event: IpcRendererEvent, ...args: unknown[]) => listener(event, ...args);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
