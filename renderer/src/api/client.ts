import type { TongchouBridge } from '../../../shared/api/bridge';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { httpTransport } from './transport-http';
import { ipcTransport } from './transport-ipc';

const SESSION_KEY = 'tongchou.session';
const TOKEN_KEY = 'tongchou.token';

/**
 * Picks the transport once at start-up: the preload's bridge in the desktop app, otherwise
 * HTTP with the launch token from the URL fragment (kept in sessionStorage across reloads and
 * removed from the address bar so it is not shared by accident).
 */
function makeClient(): ApiClient {
  const bridge = (window as unknown as { tongchou?: TongchouBridge }).tongchou;
  const session = sessionStorage.getItem(SESSION_KEY);
  if (bridge) return createClient(ipcTransport(bridge), session);
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return createClient(httpTransport(sessionStorage.getItem(TOKEN_KEY) ?? ''), session);
}

export const api = makeClient();

export function rememberSession(session: string | null): void {
  api.setSession(session);
  if (session) sessionStorage.setItem(SESSION_KEY, session);
  else sessionStorage.removeItem(SESSION_KEY);
}
