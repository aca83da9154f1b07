import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { bundlePaths } from '../../../electron/main/bundle-paths';
import { FakeSession, FakeWebContents } from './fakes';

// One fake Electron per test: the entry module runs at import, so each test re-imports it. The
// mocked module is created once, so each export forwards to the current test's fake.
const electron = vi.hoisted(() => {
  const current: Record<string, unknown> = {};
  return { current };
});

vi.mock('electron', () => {
  const names = [
    'app',
    'protocol',
    'session',
    'ipcMain',
    'BrowserWindow',
    'Menu',
    'powerMonitor',
    'dialog',
    'shell',
  ];
  const forward = (name: string) =>
    new Proxy(function electronExport() {}, {
      get: (_target, key): unknown => Reflect.get(electron.current[name] as object, key),
      construct: (_target, args: unknown[]) =>
        Reflect.construct(electron.current[name] as new (...args: unknown[]) => object, args),
    });
  return Object.fromEntries(names.map((name) => [name, forward(name)]));
});

function createFakeElectron(options: { gotLock: boolean }) {
  const calls: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const windows: FakeWindow[] = [];
  const defaultSession = new FakeSession();
  const ipcChannels: string[] = [];
  const powerEvents: string[] = [];
  let menuTemplate: unknown;

  class FakeWindow {
    readonly webContents = new FakeWebContents();
    readonly listeners = new Map<string, () => void>();
    loadedUrl: string | undefined;
    constructor(readonly options: unknown) {
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
    }
    loadURL(url: string) {
      calls.push(`loadURL ${url}`);
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    static fromWebContents() {
      return null;
    }
  }

  const fake = {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      commandLine: {
        appendSwitch: vi.fn((name: string, value?: string) =>
          calls.push(`appendSwitch ${name} ${value ?? ''}`),
        ),
      },
      requestSingleInstanceLock: vi.fn(() => {
        calls.push('requestSingleInstanceLock');
        return options.gotLock;
      }),
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn(),
      on: vi.fn((event: string, handler: (...args: unknown[]) => void) => {
        calls.push(`app.on ${event}`);
        appHandlers.set(event, handler);
      }),
      whenReady: vi.fn(() => {
        calls.push('whenReady');
        return ready;
      }),
      getName: () => 'Keukentafel',
      getVersion: () => '0.1.0',
      getPath: () => '/home/ada/Documents',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => calls.push(`protocol.handle ${scheme}`)),
    },
    session: { defaultSession: defaultSession.asSession() },
    ipcMain: {
      handle: vi.fn((channel: string) => ipcChannels.push(channel)),
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => {
        menuTemplate = template;
        return template;
      }),
      setApplicationMenu: vi.fn(() => calls.push('setApplicationMenu')),
    },
    powerMonitor: {
      on: vi.fn((event: string) => powerEvents.push(event)),
      removeListener: vi.fn(),
    },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
  return {
    fake,
    calls,
    appHandlers,
    windows,
    defaultSession,
    ipcChannels,
    powerEvents,
    menu: () => menuTemplate,
    becomeReady: async () => {
      resolveReady();
      await vi.waitFor(() => {
        expect(calls.some((call) => call.startsWith('loadURL'))).toBe(true);
      });
    },
  };
}

async function start(options = { gotLock: true }) {
  const fakeElectron = createFakeElectron(options);
  electron.current = fakeElectron.fake;
  vi.resetModules();
  await import('../../../electron/main/index');
  return fakeElectron;
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('main process start', () => {
  it('registers the privileged scheme and the sandbox before anything waits for ready', async () => {
    const { calls, fake } = await start();
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('whenReady'));
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(calls).not.toContain('new BrowserWindow');
  });

  it('quits at once, touching nothing else, when another instance holds the lock', async () => {
    const { calls } = await start({ gotLock: false });
    expect(calls).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'appendSwitch lang nl-NL',
      'requestSingleInstanceLock',
      'quit',
    ]);
  });

  it('guards every webContents the app creates', async () => {
    const { appHandlers } = await start();
    const contents = new FakeWebContents();
    appHandlers.get('web-contents-created')?.({}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('hardens sessions created later too', async () => {
    const { appHandlers } = await start();
    const session = new FakeSession();
    appHandlers.get('session-created')?.(session);
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('on ready: hardens the session, serves app://, registers IPC, sets the menu, loads the app', async () => {
    const started = await start();
    await started.becomeReady();
    const { calls, defaultSession, ipcChannels, powerEvents, windows } = started;

    expect(defaultSession.permissionRequestHandler).toBeDefined();
    expect(defaultSession.beforeRequest).toBeDefined();
    expect(calls).toContain('protocol.handle app');
    expect(ipcChannels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(calls).toContain('setApplicationMenu');
    expect(powerEvents.sort()).toEqual(['lock-screen', 'suspend']);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loadedUrl).toBe(`${APP_ORIGIN}/`);
    // The protocol and IPC exist before the page that uses them starts loading.
    expect(calls.indexOf('protocol.handle app')).toBeLessThan(
      calls.indexOf(`loadURL ${APP_ORIGIN}/`),
    );
  });

  it('loads the preload from next to main.cjs and uses no DevTools when packaged', async () => {
    const started = await start();
    await started.becomeReady();
    const options = started.windows[0]?.options as {
      webPreferences: { preload: string; devTools: boolean; sandbox: boolean };
    };
    expect(path.basename(options.webPreferences.preload)).toBe('preload.cjs');
    expect(options.webPreferences.devTools).toBe(false);
    expect(options.webPreferences.sandbox).toBe(true);
  });

  it('sends a menu lock request to the window', async () => {
    const started = await start();
    await started.becomeReady();
    const template = started.menu() as { submenu: { id?: string; click?: () => void }[] }[];
    const lock = template.flatMap((menu) => menu.submenu).find((item) => item.id === 'lock');
    lock?.click?.();
    expect(started.windows[0]?.webContents.send).toHaveBeenCalledWith('lock-request', {
      reason: 'menu',
    });
  });

  it('focuses the existing window for a second instance', async () => {
    const started = await start();
    await started.becomeReady();
    const window = started.windows[0] as unknown as Record<string, unknown>;
    const focus = vi.fn();
    Object.assign(window, { isMinimized: () => false, show: vi.fn(), focus });
    started.appHandlers.get('second-instance')?.();
    expect(focus).toHaveBeenCalledOnce();
  });
});

describe('bundlePaths', () => {
  it('finds the renderer and preload next to dist/electron/main.cjs', () => {
    const mainDirectory = path.join(
      '/opt',
      'Keukentafel',
      'resources',
      'app.asar',
      'dist',
      'electron',
    );
    expect(bundlePaths(mainDirectory)).toEqual({
      rendererRoot: path.join('/opt', 'Keukentafel', 'resources', 'app.asar', 'dist', 'renderer'),
      preloadPath: path.join(mainDirectory, 'preload.cjs'),
    });
  });
});
