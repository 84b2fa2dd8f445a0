/**
 * A small fake of the Electron API for testing electron/main.ts where the Electron binary cannot
 * be downloaded. `fake` is the state a test resets; `fake.electron` is the mocked module.
 */
import { vi } from 'vitest';

export type Listener = (...args: unknown[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((l) => l(...args));
  }
  has(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }
}

export const fake = {
  log: [] as string[],
  lock: true,
  userData: '',
  packaged: true,
  windows: [] as unknown[],
  nextContentsId: 1,
  openCore: undefined as unknown as (options: unknown) => Promise<unknown>,
  /** One stable object (the mocked module); each test swaps in fresh fakes with Object.assign. */
  electron: {} as Record<string, unknown>,
};


export class FakeWebContents extends Emitter {
  readonly id = fake.nextContentsId++;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static getAllWindows = () => fake.windows as FakeBrowserWindow[];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (url: string) => {
    fake.log.push(`loadURL ${url}`);
  });
  readonly setMenuBarVisibility = vi.fn();
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  constructor(readonly options: Record<string, unknown>) {
    super();
    fake.log.push('new BrowserWindow');
    fake.windows.push(this);
    (fake.electron.app as Emitter).emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isFullScreen = () => false;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
  focus = vi.fn();
  restore = vi.fn();
}

export function makeElectron() {
  const app = Object.assign(new Emitter(), {
    getPath: vi.fn((name: string) => (name === 'userData' ? fake.userData : `/fake/${name}`)),
    setPath: vi.fn((name: string, value: string) => {
      if (name === 'userData') fake.userData = value;
      fake.log.push(`setPath ${name}`);
    }),
    requestSingleInstanceLock: vi.fn(() => {
      fake.log.push('requestSingleInstanceLock');
      return fake.lock;
    }),
    enableSandbox: vi.fn(() => fake.log.push('enableSandbox')),
    setAppUserModelId: vi.fn(),
    whenReady: vi.fn(() => {
      fake.log.push('whenReady');
      return Promise.resolve();
    }),
    quit: vi.fn(() => fake.log.push('quit')),
    exit: vi.fn((code: number) => fake.log.push(`exit ${code}`)),
    get isPackaged() {
      return fake.packaged;
    },
  });
  const handlers = new Map<string, Listener>();
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => fake.log.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, handler: Listener) => {
        fake.log.push(`protocol.handle ${scheme}`);
        handlers.set(`protocol:${scheme}`, handler);
      }),
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: Listener) => handlers.set(channel, handler)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((h: Listener) => handlers.set('permissionRequest', h)),
        setPermissionCheckHandler: vi.fn((h: Listener) => handlers.set('permissionCheck', h)),
        setDevicePermissionHandler: vi.fn((h: Listener) => handlers.set('devicePermission', h)),
        webRequest: { onBeforeRequest: vi.fn((filter: unknown, h: Listener) => handlers.set('beforeRequest', h)) },
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    handlers,
  };
}

export type FakeElectron = ReturnType<typeof makeElectron>;

export function fakeCore() {
  const eventListeners = new Map<string, Listener>();
  return {
    dataDir: '',
    dispatch: vi.fn(async (method: unknown) => ({ ok: true, result: method })),
    onEvent: vi.fn((event: string, listener: Listener) => {
      eventListeners.set(event, listener);
      return () => eventListeners.delete(event);
    }),
    close: vi.fn(async () => {
      fake.log.push('core.close');
    }),
    eventListeners,
  };
}

