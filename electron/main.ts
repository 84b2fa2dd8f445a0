/**
 * The desktop main process (built as CommonJS to dist/electron/main.cjs). It serves the built
 * renderer over the privileged `app://` scheme, opens the core (store, services, dispatcher) on
 * the data folder, and connects the two through one IPC channel per contract method. Every item of
 * Electron's security checklist is applied here; the decisions themselves are pure functions in
 * ./security, unit-tested in Node (DESIGN.md §3 "Electron hardening").
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';
import { openCore } from './app/core';
import { setPdfPrinter, withHtmlFile } from './services/review/pdf';
import type { Core } from './app/core-types';
import { METHOD_NAMES, type MethodName } from '../shared/api/method-names';
import { EVENT_NAMES } from '../shared/api/events';
import { eventChannel, methodChannel } from '../shared/api/bridge';
import type { WireResult } from '../shared/api/errors';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedNavigation } from './security/app-origin';
import { appResponseHeaders, resolveAppAsset } from './security/app-asset';
import { buildCsp } from './security/csp';
import { normalizeExternalUrl } from './security/external-url';
import { isTrustedSender } from './security/sender';
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  readWindowState,
  sanitizeWindowState,
  toSavedWindowState,
  writeWindowState,
} from './window-state';

const TITLE = '统筹 Tongchou';
const APP_USER_MODEL_ID = 'cn.gov.zs.tongchou';
const WINDOW_STATE_SAVE_DELAY_MS = 500;
const CORE_CLOSE_TIMEOUT_MS = 15_000;
const RELOAD_BACKOFF_MS = 30_000;

// Built layout (the main bundle is self-contained CommonJS, so __dirname is dist/electron):
//   dist/electron/main.cjs, dist/electron/preload.cjs, dist/renderer/**, dist/sql-wasm.wasm
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const SQL_WASM_PATH = path.join(__dirname, '..', 'sql-wasm.wasm');

const CSP = buildCsp();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
/** webContents ids of the windows this process created; IPC from any other is refused. */
const ownWebContents = new Set<number>();
let quitState: 'running' | 'closing-core' | 'ready-to-quit' = 'running';

// ---------------------------------------------------------------------------------------------
// Before ready: data folder, profile, single-instance lock, privileged scheme.

/**
 * The data folder: TONGCHOU_DATA_DIR when set, else `<userData>/data`. With an explicit data folder
 * the Chromium profile (which also holds the single-instance lock) moves to a profile of its own,
 * so two instances on two different data folders (tests, a second dataset) can run side by side;
 * two on the same folder are still stopped by the lock on the data folder itself.
 */
function resolveDataDir(): string {
  const explicit = process.env.TONGCHOU_DATA_DIR;
  if (explicit) {
    const dataDir = path.resolve(explicit);
    const profile = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
    app.setPath('userData', path.join(app.getPath('userData'), 'profiles', profile));
    return dataDir;
  }
  return path.join(app.getPath('userData'), 'data');
}

const dataDir = resolveDataDir();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this profile: it has been told (second-instance) and focuses itself.
  app.quit();
} else {
  start();
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // Every renderer sandboxed, whatever a later BrowserWindow option might say.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', onBeforeQuit);

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => fail('startup', error));
}

// ---------------------------------------------------------------------------------------------
// Ready: session hardening, app:// handler, core, IPC, window.

async function onReady(): Promise<void> {
  installMenu();
  hardenSession();
  protocol.handle(APP_SCHEME, serveAppRequest);

  process.env.TONGCHOU_SQL_WASM = SQL_WASM_PATH;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    core = await openCore({ dataDir, mode: 'desktop', holder: `统筹 desktop (pid ${process.pid})` });
  } catch (error) {
    // E.g. the data folder is locked by another process, or damaged beyond recovery: the error's
    // message names the folder and the cause.
    fail('data', error);
    return;
  }
  registerIpc(core);
  forwardEvents(core);
  setPdfPrinter(printToPdf);
  createMainWindow();
}

/**
 * Prints a report (self-contained HTML we generated, no scripts) with Electron's own Chromium: a
 * hidden, script-free window in a session of its own, where only the temporary file may load.
 */
async function printToPdf(html: string): Promise<Buffer> {
  const printSession = session.fromPartition('tongchou-print');
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_details, callback) => callback({ cancel: true }));
  return withHtmlFile(html, async (file) => {
    const win = new BrowserWindow({ show: false, webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    try {
      await win.loadFile(file);
      return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    } finally {
      win.destroy();
    }
  });
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // The renderer talks only to the main process: no web requests of its own (CSP says the same).
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

async function serveAppRequest(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method Not Allowed', { status: 405, headers: appResponseHeaders(null, CSP) });
  }
  const asset = resolveAppAsset(RENDERER_DIR, request.url);
  if (!asset.ok) return new Response(null, { status: asset.status, headers: appResponseHeaders(null, CSP) });
  try {
    const body = await readFile(asset.filePath);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(asset.filePath, CSP) });
  } catch {
    return new Response(null, { status: 404, headers: appResponseHeaders(null, CSP) });
  }
}

function forbidden(): WireResult {
  return { ok: false, error: { code: 'FORBIDDEN', key: 'errors.FORBIDDEN', params: {}, fields: [] } };
}

function storeClosing(): WireResult {
  return { ok: false, error: { code: 'STORE_UNAVAILABLE', key: 'errors.STORE_UNAVAILABLE', params: {}, fields: [] } };
}

function isTrustedIpc(event: IpcMainInvokeEvent): boolean {
  return ownWebContents.has(event.sender.id) && isTrustedSender(event.senderFrame);
}

function registerIpc(openedCore: Core): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(methodChannel(method), async (event, envelope: unknown): Promise<WireResult> => {
      if (!isTrustedIpc(event)) return forbidden();
      if (quitState !== 'running') return storeClosing();
      return dispatchSafely(openedCore, method, envelope);
    });
  }
}

async function dispatchSafely(openedCore: Core, method: MethodName, envelope: unknown): Promise<WireResult> {
  try {
    return await openedCore.dispatch(method, envelope);
  } catch (error) {
    // dispatch promises never to throw; if it does, the renderer still gets a wire error.
    console.error(`[tongchou] dispatch ${method} threw`, error);
    return { ok: false, error: { code: 'INTERNAL', key: 'errors.INTERNAL', params: {}, fields: [] } };
  }
}

function forwardEvents(openedCore: Core): void {
  for (const name of EVENT_NAMES) {
    openedCore.onEvent(name, (payload) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (window.isDestroyed() || !ownWebContents.has(window.webContents.id)) continue;
        window.webContents.send(eventChannel(name), payload);
      }
    });
  }
}

function createMainWindow(): void {
  const placement = sanitizeWindowState(readWindowState(dataDir), screen.getAllDisplays());
  const window = new BrowserWindow({
    title: TITLE,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    backgroundColor: '#f4f6fa',
    autoHideMenuBar: true,
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
    },
  });
  mainWindow = window;
  const contentsId = window.webContents.id;
  ownWebContents.add(contentsId);
  if (process.platform !== 'darwin') window.setMenuBarVisibility(false);

  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  let lastReload = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[tongchou] renderer gone: ${details.reason}`);
    // Reload after a crash, but not in a loop if the page crashes again straight away.
    if (details.reason === 'clean-exit' || window.isDestroyed() || Date.now() - lastReload < RELOAD_BACKOFF_MS) return;
    lastReload = Date.now();
    window.webContents.reload();
  });

  let saveTimer: NodeJS.Timeout | null = null;
  const saveNow = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    writeWindowState(dataDir, toSavedWindowState(window.getNormalBounds(), window.isMaximized()));
  };
  const saveSoon = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, WINDOW_STATE_SAVE_DELAY_MS);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
  window.on('closed', () => {
    ownWebContents.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });

  void window.loadURL(APP_ENTRY_URL);
}

// ---------------------------------------------------------------------------------------------
// Every webContents (the main window, and anything else Chromium may create).

function guardWebContents(contents: WebContents): void {
  const denyNavigation = (event: Electron.Event, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // No new windows, ever. A web link (target=_blank, window.open) goes to the system browser,
    // and only when it is a plain http(s) address.
    const external = normalizeExternalUrl(url);
    if (external !== null) {
      shell.openExternal(external).catch((error: unknown) => console.error('[tongchou] openExternal failed', error));
    }
    return { action: 'deny' };
  });
}

function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [];
  if (process.platform === 'darwin') template.push({ role: 'appMenu' });
  // The Edit menu carries the standard shortcuts (copy, paste, undo, select all…).
  template.push({ role: 'editMenu', label: '编辑 Edit' });
  // Zoom for readability; reload and developer tools only when running unpackaged.
  if (app.isPackaged) {
    template.push({ label: '视图 View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] });
  } else {
    template.push({ role: 'viewMenu', label: '视图 View' });
  }
  template.push({ role: 'windowMenu', label: '窗口 Window' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// ---------------------------------------------------------------------------------------------
// Quitting and failing.

function onBeforeQuit(event: Electron.Event): void {
  if (quitState === 'ready-to-quit' || core === null) return;
  event.preventDefault();
  if (quitState === 'closing-core') return;
  quitState = 'closing-core';
  const closing = core;
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, CORE_CLOSE_TIMEOUT_MS).unref());
  Promise.race([closing.close(), timeout])
    .catch((error: unknown) => console.error('[tongchou] closing the data folder failed', error))
    .finally(() => {
      core = null;
      quitState = 'ready-to-quit';
      app.quit();
    });
}

const FAILURE_TEXT = {
  data: ['统筹无法启动：数据文件夹无法打开。', 'Tongchou could not start: the data folder could not be opened.'],
  startup: ['统筹无法启动。', 'Tongchou could not start.'],
} as const;

/** A native error dialog (Chinese first line, English second) with the error's message, then exit. */
function fail(kind: keyof typeof FAILURE_TEXT, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[tongchou] startup failed (${kind})`, error);
  const [zh, en] = FAILURE_TEXT[kind];
  dialog.showErrorBox(TITLE, `${zh}\n${en}\n\n${dataDir}\n${message}`);
  app.exit(1);
}
