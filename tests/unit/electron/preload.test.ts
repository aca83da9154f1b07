import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEYS, EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { DesktopApi, LockRequest } from '../../../shared/ipc/contract';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ status: 'cancelled' })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      bridge.exposed.set(key, api);
    },
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: bridge.on,
    removeListener: bridge.removeListener,
    send: () => {
      throw new Error('the preload must not use send');
    },
    sendSync: () => {
      throw new Error('the preload must not use sendSync');
    },
  },
}));

await import('../../../electron/preload/index');

function exposedApi(): DesktopApi {
  expect([...bridge.exposed.keys()]).toEqual(['keukentafel']);
  return bridge.exposed.get('keukentafel') as DesktopApi;
}

describe('preload', () => {
  it('exposes exactly the DesktopApi keys under window.keukentafel, as functions', () => {
    const api = exposedApi();
    expect(Object.keys(api)).toEqual([...DESKTOP_API_KEYS]);
    for (const key of DESKTOP_API_KEYS) expect(typeof api[key], key).toBe('function');
  });

  it('exposes no ipcRenderer or anything like it', () => {
    const api = exposedApi() as unknown as Record<string, unknown>;
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'require', 'process']) {
      expect(api, forbidden).not.toHaveProperty(forbidden);
    }
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('is one frozen object', () => {
    const api = exposedApi();
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as unknown as Record<string, unknown>).appInfo = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('maps each method to one invoke on its channel with the payload unchanged', async () => {
    const api = exposedApi();
    const save = { suggestedName: 'a.pdf', filters: [], bytes: new Uint8Array([1]) };
    const open = { filters: [], maxBytes: 10 };
    const print = { pageSize: 'A4', landscape: false } as const;
    bridge.invoke.mockClear();
    await api.appInfo();
    await api.fileSave(save);
    await api.fileOpen(open);
    await api.pdfPrint(print);
    expect(bridge.invoke.mock.calls).toEqual([
      [INVOKE_CHANNELS.appInfo],
      [INVOKE_CHANNELS.fileSave, save],
      [INVOKE_CHANNELS.fileOpen, open],
      [INVOKE_CHANNELS.pdfPrint, print],
    ]);
    expect(bridge.invoke.mock.calls[1]?.[1]).toBe(save);
  });

  it('hands a lock listener the payload only, never the IPC event', () => {
    const api = exposedApi();
    const listener = vi.fn();
    bridge.on.mockClear();
    const unsubscribe = api.onLockRequest(listener);
    expect(bridge.on).toHaveBeenCalledOnce();
    const [channel, forward] = bridge.on.mock.calls[0] as [
      string,
      (event: unknown, payload: LockRequest) => void,
    ];
    expect(channel).toBe(EVENT_CHANNELS.onLockRequest);

    const ipcEvent = { sender: { send: vi.fn(), invoke: vi.fn() }, senderFrame: {}, ports: [] };
    forward(ipcEvent, { reason: 'suspend' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ reason: 'suspend' });
    expect(listener.mock.calls[0]).toHaveLength(1);

    unsubscribe();
    expect(bridge.removeListener).toHaveBeenCalledExactlyOnceWith(
      EVENT_CHANNELS.onLockRequest,
      forward,
    );
  });
});
