import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEYS, type DesktopApi, type LockRequest } from '../../../shared/ipc';
import { pickHost } from '../../../renderer/src/platform';
import { createDesktopHost, isDesktopApi } from '../../../renderer/src/platform/desktop';
import { WEB_LOCK_EVENT, createWebHost } from '../../../renderer/src/platform/web';

function fakeBridge(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    appInfo: vi.fn(() =>
      Promise.resolve({
        name: 'Keukentafel',
        version: '0.1.0',
        host: 'desktop' as const,
        platform: 'linux',
        runtime: { electron: '45.4.1' },
      }),
    ),
    fileSave: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    fileOpen: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    pdfPrint: vi.fn(() =>
      Promise.resolve({ status: 'failed' as const, code: 'print-failed' as const }),
    ),
    onLockRequest: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('pickHost', () => {
  it('uses the desktop host when the preload object is there', () => {
    const target = Object.assign(Object.create(window) as Window, { keukentafel: fakeBridge() });
    expect(pickHost(target).kind).toBe('desktop');
  });

  it('falls back to the web host without a preload object', () => {
    expect(pickHost(window).kind).toBe('web');
  });

  it('refuses to start inside the desktop app without the preload object', () => {
    const target = Object.assign(Object.create(window) as Window, {
      location: { protocol: 'app:' },
    });
    expect(pickHost(target).kind).toBe('missing-bridge');
  });

  it('does not trust an object that lacks one of the contract methods', () => {
    for (const missing of DESKTOP_API_KEYS) {
      const bridge: Record<string, unknown> = { ...fakeBridge() };
      Reflect.deleteProperty(bridge, missing);
      expect(isDesktopApi(bridge)).toBe(false);
    }
    expect(isDesktopApi(null)).toBe(false);
    expect(isDesktopApi('keukentafel')).toBe(false);
  });
});

describe('desktop host', () => {
  it('passes through a valid answer from main', async () => {
    const host = createDesktopHost(fakeBridge());
    await expect(host.appInfo()).resolves.toMatchObject({ host: 'desktop', version: '0.1.0' });
  });

  it('rejects a malformed answer from main instead of trusting it', async () => {
    const bridge = fakeBridge({
      fileOpen: () =>
        Promise.resolve({ status: 'opened', fileName: 'x.json', bytes: 'not bytes' } as never),
    });
    await expect(
      createDesktopHost(bridge).fileOpen({ filters: [], maxBytes: 10 }),
    ).rejects.toThrow();
  });

  it('hands a lock listener only well-formed lock requests', () => {
    let forward: ((request: LockRequest) => void) | undefined;
    const bridge = fakeBridge({
      onLockRequest: (listener) => {
        forward = listener;
        return () => undefined;
      },
    });
    const received: LockRequest[] = [];
    createDesktopHost(bridge).onLockRequest((request) => received.push(request));
    forward?.({ reason: 'suspend' });
    forward?.({ reason: 'reboot' } as unknown as LockRequest);
    expect(received).toEqual([{ reason: 'suspend' }]);
  });
});

describe('web host', () => {
  it('reports itself as the web host', async () => {
    await expect(createWebHost(window).appInfo()).resolves.toMatchObject({
      host: 'web',
      name: 'Keukentafel',
    });
  });

  it('downloads a saved file under the suggested name', async () => {
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    const result = await createWebHost(window).fileSave({
      suggestedName: 'verslag.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(result).toEqual({ status: 'saved', fileName: 'verslag.pdf' });
    expect(clicked).toEqual(['verslag.pdf']);
    click.mockRestore();
  });

  it('refuses a file name with a folder in it', async () => {
    const result = await createWebHost(window).fileSave({
      suggestedName: '../geheim.json',
      filters: [],
      bytes: new Uint8Array(),
    });
    expect(result).toEqual({ status: 'failed', code: 'invalid-request' });
  });

  it('refuses to read a file larger than asked for', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      const file = new File([new Uint8Array(20)], 'groot.json');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createWebHost(window).fileOpen({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: 10,
    });
    expect(result).toEqual({ status: 'failed', code: 'too-large' });
    click.mockRestore();
  });

  it('reads a file within the limit', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      expect(this.accept).toBe('.json');
      const file = new File([new Uint8Array([7, 8])], 'klein.json');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createWebHost(window).fileOpen({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: 10,
    });
    expect(result).toMatchObject({ status: 'opened', fileName: 'klein.json' });
    if (result.status === 'opened') expect([...result.bytes]).toEqual([7, 8]);
    click.mockRestore();
  });

  it('forwards simulated lock requests and stops after unsubscribe', () => {
    const received: LockRequest[] = [];
    const unsubscribe = createWebHost(window).onLockRequest((request) => received.push(request));
    window.dispatchEvent(new CustomEvent(WEB_LOCK_EVENT, { detail: { reason: 'screen-lock' } }));
    window.dispatchEvent(new CustomEvent(WEB_LOCK_EVENT, { detail: { reason: 'bogus' } }));
    unsubscribe();
    window.dispatchEvent(new CustomEvent(WEB_LOCK_EVENT, { detail: { reason: 'menu' } }));
    expect(received).toEqual([{ reason: 'screen-lock' }]);
  });
});
