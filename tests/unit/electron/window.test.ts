import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as { options: unknown; window: unknown }[]);

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    destroyed = false;
    constructor(options: unknown) {
      super();
      created.push({ options, window: this });
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }
  return { BrowserWindow };
});

const { createMainWindow, focusWindow } = await import('../../../electron/main/window');

interface WindowFake extends EventEmitter {
  show: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
  restore: ReturnType<typeof vi.fn>;
  minimized: boolean;
  destroyed: boolean;
}

function lastCreated() {
  const last = created.at(-1);
  if (!last) throw new Error('no window was created');
  return {
    options: last.options as BrowserWindowConstructorOptions,
    window: last.window as WindowFake,
  };
}

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('passes the secure webPreferences to the BrowserWindow', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    const { options } = lastCreated();
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      plugins: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.webPreferences).not.toHaveProperty('session');
    expect(options.webPreferences).not.toHaveProperty('partition');
  });

  it('allows DevTools only when asked (unpackaged builds)', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: true });
    expect(lastCreated().options.webPreferences?.devTools).toBe(true);
  });

  it('is titled Keukentafel, hidden until ready, and sized for a laptop', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    const { options, window } = lastCreated();
    expect(options).toMatchObject({ title: 'Keukentafel', show: false });
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.minHeight).toBeLessThanOrEqual(options.height ?? 0);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('focuses (and restores) the window for a second instance', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    const { window } = lastCreated();
    window.minimized = true;
    focusWindow(window as never);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();

    window.destroyed = true;
    focusWindow(window as never);
    expect(window.focus).toHaveBeenCalledOnce();
    expect(() => {
      focusWindow(null);
    }).not.toThrow();
  });
});
