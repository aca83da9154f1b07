// Hand-made stand-ins for the Electron objects main-process code touches. Only what the code under
// test uses is modelled; everything is cast at the boundary because Electron's classes cannot be
// constructed without the binary.
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/ipc/channels';

/** Characters below U+0020 and DEL, plus any of `extra`; what a safe path or URL must not hold. */
export function unsafeCharacters(text: string, extra = ''): string[] {
  const found: string[] = [];
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || extra.includes(character)) found.push(character);
  }
  return found;
}

export interface NavigationEvent {
  url: string;
  isMainFrame: boolean;
  prevented: boolean;
  preventDefault: () => void;
}

export function navigationEvent(url: string, isMainFrame = true): NavigationEvent {
  const event: NavigationEvent = {
    url,
    isMainFrame,
    prevented: false,
    preventDefault: () => {
      event.prevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly send = vi.fn();
  readonly printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 fake')));

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  detached: boolean;
  destroyed: boolean;
  isDestroyed(): boolean;
}

export function fakeFrame(url = `${APP_ORIGIN}/`, parent: FakeFrame | null = null): FakeFrame {
  return {
    url,
    parent,
    detached: false,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
  };
}

/** An invoke event from `frame` in `sender`; `null` models a frame that is already gone. */
export function invokeEvent(
  sender: FakeWebContents,
  frame: FakeFrame | null = fakeFrame(),
): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** Collects what `ipcMain.handle` registers so a test can invoke a channel like the renderer. */
export class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return Promise.resolve().then(() => listener(event, ...args));
  }
}

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;

/** The parts of a Session that hardenSession configures. */
export class FakeSession extends EventEmitter {
  permissionRequestHandler: RequestHandler | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((details: unknown) => boolean) | undefined;
  displayMediaRequestHandler:
    ((request: unknown, callback: (streams: unknown) => void) => void) | undefined;
  spellCheckerEnabled = true;
  beforeRequest:
    | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
    | undefined;
  headersReceived:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void)
    | undefined;

  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: NonNullable<FakeSession['headersReceived']>) => {
      this.headersReceived = listener;
    },
  };

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(
    handler: (request: unknown, callback: (streams: unknown) => void) => void,
  ): void {
    this.displayMediaRequestHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  asSession(): Session {
    return this as unknown as Session;
  }
}
