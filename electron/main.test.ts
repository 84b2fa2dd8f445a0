/**
 * The Electron binary cannot be downloaded on our build machines, so main.ts is exercised here
 * against a small fake of the Electron API: startup order, the hardening it installs, the app://
 * handler, IPC sender checks, event forwarding, quitting, and the error dialog. (The pure
 * decisions are tested in ./security; this checks that main.ts wires them in.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../shared/api/method-names';
import { fake, fakeCore, FakeWebContents, makeElectron, type FakeBrowserWindow, type FakeElectron } from './test-support/fake-electron';

vi.mock('electron', () => fake.electron);
vi.mock('./app/core', () => ({ openCore: (options: unknown) => fake.openCore(options) }));

let dataDir: string;
let electron: FakeElectron;
let core: ReturnType<typeof fakeCore>;

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('./main');
}

async function startedWindow(): Promise<FakeBrowserWindow> {
  await startMain();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake.windows[0] as FakeBrowserWindow;
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-main-'));
  vi.stubEnv('TONGCHOU_DATA_DIR', dataDir);
  vi.stubEnv('TONGCHOU_SQL_WASM', '');
  fake.log.length = 0;
  fake.lock = true;
  fake.userData = path.join(dataDir, 'userData');
  fake.packaged = true;
  fake.windows.length = 0;
  electron = makeElectron();
  Object.assign(fake.electron, electron);
  core = fakeCore();
  fake.openCore = vi.fn(async () => {
    fake.log.push('openCore');
    return core;
  });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const handler = (name: string) => {
  const h = electron.handlers.get(name);
  if (!h) throw new Error(`no handler ${name}`);
  return h;
};

describe('startup', () => {
  it('takes the lock and registers the scheme before ready, then opens the core and only then the window', async () => {
    const window = await startedWindow();
    expect(fake.log).toEqual([
      'setPath userData',
      'requestSingleInstanceLock',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'whenReady',
      'protocol.handle app',
      'openCore',
      'new BrowserWindow',
      'loadURL app://tongchou/index.html',
    ]);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(window.options.title).toBe('统筹 Tongchou');
  });

  it('opens the core on TONGCHOU_DATA_DIR, in its own profile, with the bundled wasm', async () => {
    await startedWindow();
    expect(fake.openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: path.resolve(dataDir), mode: 'desktop' }));
    expect(fake.userData).toMatch(/[/\\]profiles[/\\][0-9a-f]{16}$/);
    expect(process.env.TONGCHOU_SQL_WASM).toBe(path.join(__dirname, '..', 'sql-wasm.wasm'));
  });

  it('uses <userData>/data without TONGCHOU_DATA_DIR', async () => {
    vi.stubEnv('TONGCHOU_DATA_DIR', '');
    await startedWindow();
    expect(fake.openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: path.join(dataDir, 'userData', 'data') }));
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('a second instance quits at once and sets nothing up', async () => {
    fake.lock = false;
    await startMain();
    await new Promise((r) => setTimeout(r, 10));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.openCore).not.toHaveBeenCalled();
  });

  it('the first instance focuses its window when a second one starts', async () => {
    const window = await startedWindow();
    electron.app.emit('second-instance', {}, [], '/');
    expect(window.focus).toHaveBeenCalled();
  });

  it('shows a bilingual error dialog and exits when the data folder cannot be opened', async () => {
    fake.openCore = vi.fn(async () => {
      throw new Error('数据文件夹正被另一个程序使用 (统筹 desktop (pid 42))');
    });
    await startMain();
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
    const [title, text] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('统筹 Tongchou');
    const [zh, en] = text.split('\n');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[\x20-\x7e]+$/);
    expect(text).toContain('pid 42');
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
  });
});

describe('the window', () => {
  it('is sandboxed, isolated and without Node', async () => {
    const window = await startedWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      preload: path.join(__dirname, 'preload.cjs'),
    });
  });

  it('denies every permission and every web request from the renderer', async () => {
    await startedWindow();
    const callback = vi.fn();
    handler('permissionRequest')({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(handler('permissionCheck')({}, 'clipboard-read', 'app://tongchou', {})).toBe(false);
    expect(handler('devicePermission')({})).toBe(false);
    const cancel = vi.fn();
    handler('beforeRequest')({ url: 'https://example.com/' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
  });

  it('stays on the app origin: navigation, redirects and webviews are refused', async () => {
    const window = await startedWindow();
    const contents = window.webContents;
    const navigate = (event: string, url: string) => {
      const e = { preventDefault: vi.fn(), url };
      contents.emit(event, e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://tongchou/index.html')).toBe(false);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://tongchou/index.html')).toBe(true);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never opens windows; only http(s) links go to the system browser', async () => {
    const window = await startedWindow();
    const open = window.webContents.windowOpenHandler!;
    expect(open({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://tongchou/index.html' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
  });

  it('remembers its bounds in the data folder when it closes', async () => {
    const window = await startedWindow();
    window.emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ version: 1, bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false });
  });

  it('reopens where it was', async () => {
    fs.writeFileSync(
      path.join(dataDir, 'window-state.json'),
      JSON.stringify({ version: 1, bounds: { x: 100, y: 50, width: 1300, height: 900 }, maximized: true }),
    );
    const window = await startedWindow();
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1300, height: 900 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  beforeEach(async () => {
    await startedWindow();
  });
  const fetchApp = async (url: string, method = 'GET') => (await handler('protocol:app')(new Request(url, { method }))) as Response;

  it('serves the renderer’s index.html with the CSP', async () => {
    const response = await fetchApp('app://tongchou/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('refuses traversal, with the CSP on the error too', async () => {
    const response = await fetchApp('app://tongchou/..%2f..%2fpackage.json');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    expect((await fetchApp('app://tongchou/assets/missing.js')).status).toBe(404);
    expect((await fetchApp('app://tongchou/index.html', 'POST')).status).toBe(405);
  });
});

describe('IPC', () => {
  const trustedEvent = (window: FakeBrowserWindow) => ({
    sender: window.webContents,
    senderFrame: { url: 'app://tongchou/index.html', parent: null },
  });

  it('has one handler per contract method, and nothing else', async () => {
    await startedWindow();
    const channels = electron.ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(channels.sort()).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
  });

  it('dispatches calls from the app’s own top frame', async () => {
    const window = await startedWindow();
    const envelope = { input: {}, session: null };
    await expect(handler('api:auth.status')(trustedEvent(window), envelope)).resolves.toEqual({ ok: true, result: 'auth.status' });
    expect(core.dispatch).toHaveBeenCalledWith('auth.status', envelope);
  });

  it.each([
    ['a subframe', { url: 'app://tongchou/index.html', parent: {} }],
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['a vanished frame', null],
  ])('refuses calls from %s', async (_label, senderFrame) => {
    const window = await startedWindow();
    const result = await handler('api:users.list')({ sender: window.webContents, senderFrame }, { input: {}, session: 's' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls from a webContents that is not one of its windows', async () => {
    await startedWindow();
    const stranger = new FakeWebContents();
    const result = await handler('api:users.list')({ sender: stranger, senderFrame: { url: 'app://tongchou/', parent: null } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('forwards core events to the window on event:<name>', async () => {
    const window = await startedWindow();
    const payload = { taskId: 't1', label: 'progress.demo', done: 3, total: 10 };
    core.eventListeners.get('progress')!(payload);
    expect(window.webContents.send).toHaveBeenCalledWith('event:progress', payload);
  });
});

describe('quitting', () => {
  it('closes the core before the app quits, once', async () => {
    const window = await startedWindow();
    const first = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledTimes(1);
    // Calls arriving while the store closes are refused cleanly.
    const during = await handler('api:auth.status')(
      { sender: window.webContents, senderFrame: { url: 'app://tongchou/', parent: null } },
      { input: {}, session: null },
    );
    expect(during).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(fake.log.indexOf('core.close')).toBeLessThan(fake.log.lastIndexOf('quit'));
    const second = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes', async () => {
    await startedWindow();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });
});
