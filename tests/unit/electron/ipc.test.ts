import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import {
  AppInfoSchema,
  MAX_OPEN_FILE_BYTES,
  MAX_SAVE_FILE_BYTES,
  invokeContract,
} from '../../../shared/ipc/contract';
import { registerIpcHandlers, type IpcDependencies } from '../../../electron/main/ipc';
import { checkSender, errorCode, handle } from '../../../electron/main/ipc/handle';
import { collectAppInfo } from '../../../electron/main/services/app-info';
import { FakeIpcMain, FakeWebContents, fakeFrame, invokeEvent, unsafeCharacters } from './fakes';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by the IPC handlers');
});

const appInfo = collectAppInfo(
  { getName: () => 'Keukentafel', getVersion: () => '0.1.0' },
  { platform: 'linux', versions: { electron: '45.4.1', chrome: '142.0', node: '22.20.0' } },
);

function setup() {
  const trusted = new FakeWebContents();
  const ipc = new FakeIpcMain();
  const dependencies = {
    getAppInfo: vi.fn(() => appInfo),
    dialogs: {
      chooseSavePath: vi.fn(() => Promise.resolve<string | null>('/home/ada/Documents/plan.pdf')),
      chooseOpenPath: vi.fn(() => Promise.resolve<string | null>('/home/ada/Documents/backup.ktb')),
    },
    writeFile: vi.fn(() => Promise.resolve()),
    readFile: vi.fn(() =>
      Promise.resolve({ status: 'read' as const, bytes: new Uint8Array([1, 2, 3]) }),
    ),
    printToPdf: vi.fn(() => Promise.resolve(new Uint8Array([37, 80, 68, 70]))),
  } satisfies IpcDependencies;
  registerIpcHandlers(
    ipc as never,
    { isTrustedContents: (contents) => contents.id === trusted.id },
    dependencies,
  );
  const services = [
    dependencies.getAppInfo,
    dependencies.dialogs.chooseSavePath,
    dependencies.dialogs.chooseOpenPath,
    dependencies.writeFile,
    dependencies.readFile,
    dependencies.printToPdf,
  ];
  return { ipc, trusted, dependencies, services };
}

const validRequests = {
  [INVOKE_CHANNELS.appInfo]: undefined,
  [INVOKE_CHANNELS.fileSave]: {
    suggestedName: 'Plan familie Jansen.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    bytes: new Uint8Array([1, 2, 3]),
  },
  [INVOKE_CHANNELS.fileOpen]: {
    filters: [{ name: 'Back-up', extensions: ['ktb'] }],
    maxBytes: 1024,
  },
  [INVOKE_CHANNELS.pdfPrint]: { pageSize: 'A4', landscape: false },
} as const;

const channels = Object.values(INVOKE_CHANNELS);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkSender', () => {
  const policy = (trusted: FakeWebContents) => ({
    isTrustedContents: (contents: { id: number }) => contents.id === trusted.id,
  });

  it('accepts the main frame of the app window on the app origin', () => {
    const trusted = new FakeWebContents();
    expect(checkSender(invokeEvent(trusted), policy(trusted))).toBeNull();
    expect(
      checkSender(invokeEvent(trusted, fakeFrame(`${APP_ORIGIN}/#/over`)), policy(trusted)),
    ).toBeNull();
  });

  it('rejects a missing, destroyed or detached frame', () => {
    const trusted = new FakeWebContents();
    expect(checkSender(invokeEvent(trusted, null), policy(trusted))).toBe('missing-frame');
    const destroyed = fakeFrame();
    destroyed.destroyed = true;
    expect(checkSender(invokeEvent(trusted, destroyed), policy(trusted))).toBe('missing-frame');
    const detached = fakeFrame();
    detached.detached = true;
    expect(checkSender(invokeEvent(trusted, detached), policy(trusted))).toBe('missing-frame');
  });

  it('rejects a sub-frame, even one on the app origin', () => {
    const trusted = new FakeWebContents();
    const child = fakeFrame(`${APP_ORIGIN}/`, fakeFrame());
    expect(checkSender(invokeEvent(trusted, child), policy(trusted))).toBe('sub-frame');
  });

  it.each([
    'https://evil.example/',
    'file:///home/ada/page.html',
    'about:blank',
    'data:text/html,hi',
    'app://keukentafel.evil/',
    'app://evil/',
    'http://keukentafel/',
  ])('rejects a frame on %s', (url) => {
    const trusted = new FakeWebContents();
    expect(checkSender(invokeEvent(trusted, fakeFrame(url)), policy(trusted))).toBe(
      'foreign-origin',
    );
  });

  it('rejects another webContents even on the app origin', () => {
    const trusted = new FakeWebContents();
    const other = new FakeWebContents();
    expect(checkSender(invokeEvent(other), policy(trusted))).toBe('untrusted-contents');
  });

  it('rejects a frame whose properties throw', () => {
    const trusted = new FakeWebContents();
    const event = {
      sender: trusted,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(checkSender(event as never, policy(trusted))).toBe('unreadable-frame');
  });
});

describe('IPC handlers reject untrusted senders without acting', () => {
  const badSenders = {
    'missing senderFrame': (trusted: FakeWebContents) => invokeEvent(trusted, null),
    'sub-frame': (trusted: FakeWebContents) =>
      invokeEvent(trusted, fakeFrame(`${APP_ORIGIN}/`, fakeFrame())),
    'foreign origin': (trusted: FakeWebContents) =>
      invokeEvent(trusted, fakeFrame('https://evil.example/')),
    'look-alike origin': (trusted: FakeWebContents) =>
      invokeEvent(trusted, fakeFrame('app://keukentafel.evil/')),
    'other webContents': () => invokeEvent(new FakeWebContents()),
  };

  for (const channel of channels) {
    for (const [name, makeEvent] of Object.entries(badSenders)) {
      it(`${channel}: ${name}`, async () => {
        const { ipc, trusted, services } = setup();
        await expect(
          ipc.invoke(channel, makeEvent(trusted), validRequests[channel]),
        ).rejects.toThrow('sender-rejected');
        for (const service of services) expect(service).not.toHaveBeenCalled();
      });
    }
  }
});

describe('IPC handlers reject invalid payloads without acting', () => {
  const invalid = {
    [INVOKE_CHANNELS.fileSave]: {
      'extra key': { ...validRequests['file-save'], path: '/etc/passwd' },
      'missing bytes': { suggestedName: 'a.pdf', filters: [] },
      'bytes as array': { ...validRequests['file-save'], bytes: [1, 2, 3] },
      'bytes as string': { ...validRequests['file-save'], bytes: 'AAAA' },
      'bytes as ArrayBuffer': { ...validRequests['file-save'], bytes: new ArrayBuffer(3) },
      'oversized bytes': {
        ...validRequests['file-save'],
        bytes: new Uint8Array(new ArrayBuffer(MAX_SAVE_FILE_BYTES + 1)),
      },
      'path in name': { ...validRequests['file-save'], suggestedName: '../../.bashrc' },
      'absolute name': { ...validRequests['file-save'], suggestedName: '/etc/cron.d/x' },
      'windows path name': { ...validRequests['file-save'], suggestedName: 'C:\\Windows\\x.dll' },
      'NUL in name': { ...validRequests['file-save'], suggestedName: 'plan.pdf\u0000.exe' },
      'dot dot name': { ...validRequests['file-save'], suggestedName: '..' },
      'bad filter extension': {
        ...validRequests['file-save'],
        filters: [{ name: 'Alles', extensions: ['*'] }],
      },
      'filter with extra key': {
        ...validRequests['file-save'],
        filters: [{ name: 'PDF', extensions: ['pdf'], path: '/' }],
      },
      null: null,
      'a string': 'plan.pdf',
    },
    [INVOKE_CHANNELS.fileOpen]: {
      'extra key': { ...validRequests['file-open'], defaultPath: '/etc' },
      'maxBytes too big': { ...validRequests['file-open'], maxBytes: MAX_OPEN_FILE_BYTES + 1 },
      'maxBytes zero': { ...validRequests['file-open'], maxBytes: 0 },
      'maxBytes fraction': { ...validRequests['file-open'], maxBytes: 1.5 },
      'maxBytes as string': { ...validRequests['file-open'], maxBytes: '1024' },
      'no filters': { maxBytes: 10 },
      undefined,
    },
    [INVOKE_CHANNELS.pdfPrint]: {
      'extra key': { ...validRequests['pdf-print'], printBackground: false },
      'other page size': { pageSize: 'Letter', landscape: false },
      'landscape as string': { pageSize: 'A4', landscape: 'true' },
      empty: {},
    },
  } as const;

  for (const [channel, cases] of Object.entries(invalid)) {
    for (const [name, payload] of Object.entries(cases)) {
      it(`${channel}: ${name} -> invalid-request`, async () => {
        const { ipc, trusted, services } = setup();
        await expect(ipc.invoke(channel, invokeEvent(trusted), payload)).resolves.toEqual({
          status: 'failed',
          code: 'invalid-request',
        });
        for (const service of services) expect(service).not.toHaveBeenCalled();
      });
    }
  }

  it('rejects a second argument on any channel', async () => {
    for (const channel of channels) {
      const { ipc, trusted, services } = setup();
      const answer = ipc.invoke(channel, invokeEvent(trusted), validRequests[channel], 'extra');
      if (channel === INVOKE_CHANNELS.appInfo) {
        await expect(answer).rejects.toThrow('invalid-request');
      } else {
        await expect(answer).resolves.toEqual({ status: 'failed', code: 'invalid-request' });
      }
      for (const service of services) expect(service).not.toHaveBeenCalled();
    }
  });

  it('app-info throws on any payload', async () => {
    for (const payload of [{}, null, 'x', 0, { name: 'x' }]) {
      const { ipc, trusted, dependencies } = setup();
      await expect(ipc.invoke('app-info', invokeEvent(trusted), payload)).rejects.toThrow(
        'invalid-request',
      );
      expect(dependencies.getAppInfo).not.toHaveBeenCalled();
    }
  });

  it('property: a save request reaches the dialog only with a bare, safe file name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), async (suggestedName) => {
        const { ipc, trusted, dependencies } = setup();
        await ipc.invoke('file-save', invokeEvent(trusted), {
          ...validRequests['file-save'],
          suggestedName,
        });
        if (dependencies.dialogs.chooseSavePath.mock.calls.length > 0) {
          expect(unsafeCharacters(suggestedName, '\\/:')).toEqual([]);
          expect(['', '.', '..']).not.toContain(suggestedName);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('IPC handlers act for a valid request from the app window', () => {
  it('app-info answers with what the contract allows', async () => {
    const { ipc, trusted } = setup();
    const answer = await ipc.invoke('app-info', invokeEvent(trusted));
    expect(AppInfoSchema.parse(answer)).toEqual({
      name: 'Keukentafel',
      version: '0.1.0',
      host: 'desktop',
      platform: 'linux',
      runtime: { electron: '45.4.1', chrome: '142.0', node: '22.20.0' },
    });
  });

  it('file-save writes to the chosen path and tells only the file name', async () => {
    const { ipc, trusted, dependencies } = setup();
    const answer = await ipc.invoke('file-save', invokeEvent(trusted), validRequests['file-save']);
    expect(answer).toEqual({ status: 'saved', fileName: 'plan.pdf' });
    expect(dependencies.dialogs.chooseSavePath).toHaveBeenCalledWith(
      trusted,
      'Plan familie Jansen.pdf',
      validRequests['file-save'].filters,
    );
    expect(dependencies.writeFile).toHaveBeenCalledWith(
      '/home/ada/Documents/plan.pdf',
      validRequests['file-save'].bytes,
    );
  });

  it('file-save: cancel writes nothing; a write error is write-failed', async () => {
    const cancelled = setup();
    cancelled.dependencies.dialogs.chooseSavePath.mockResolvedValueOnce(null);
    await expect(
      cancelled.ipc.invoke('file-save', invokeEvent(cancelled.trusted), validRequests['file-save']),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(cancelled.dependencies.writeFile).not.toHaveBeenCalled();

    const failing = setup();
    failing.dependencies.writeFile.mockRejectedValueOnce(
      Object.assign(new Error('EACCES: /home/ada/Documents/Jansen.pdf'), { code: 'EACCES' }),
    );
    await expect(
      failing.ipc.invoke('file-save', invokeEvent(failing.trusted), validRequests['file-save']),
    ).resolves.toEqual({ status: 'failed', code: 'write-failed' });
    expect(vi.mocked(console.error).mock.calls.flat().join(' ')).not.toContain('Jansen');
  });

  it('file-open reads within the requested limit', async () => {
    const { ipc, trusted, dependencies } = setup();
    const answer = await ipc.invoke('file-open', invokeEvent(trusted), validRequests['file-open']);
    expect(answer).toEqual({
      status: 'opened',
      fileName: 'backup.ktb',
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(dependencies.readFile).toHaveBeenCalledWith('/home/ada/Documents/backup.ktb', 1024);
  });

  it('file-open maps cancel, too-large and read errors to the contract codes', async () => {
    const cancelled = setup();
    cancelled.dependencies.dialogs.chooseOpenPath.mockResolvedValueOnce(null);
    await expect(
      cancelled.ipc.invoke('file-open', invokeEvent(cancelled.trusted), validRequests['file-open']),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(cancelled.dependencies.readFile).not.toHaveBeenCalled();

    const large = setup();
    large.dependencies.readFile.mockResolvedValueOnce({ status: 'too-large' } as never);
    await expect(
      large.ipc.invoke('file-open', invokeEvent(large.trusted), validRequests['file-open']),
    ).resolves.toEqual({ status: 'failed', code: 'too-large' });

    const broken = setup();
    broken.dependencies.readFile.mockRejectedValueOnce(new Error('EISDIR'));
    await expect(
      broken.ipc.invoke('file-open', invokeEvent(broken.trusted), validRequests['file-open']),
    ).resolves.toEqual({ status: 'failed', code: 'read-failed' });
  });

  it('pdf-print prints the asking page only', async () => {
    const { ipc, trusted, dependencies } = setup();
    const answer = await ipc.invoke('pdf-print', invokeEvent(trusted), {
      pageSize: 'A4',
      landscape: true,
    });
    expect(answer).toEqual({ status: 'pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(dependencies.printToPdf).toHaveBeenCalledWith(trusted, {
      pageSize: 'A4',
      landscape: true,
    });
  });

  it('pdf-print: a failure or an oversized PDF is print-failed', async () => {
    const failing = setup();
    failing.dependencies.printToPdf.mockRejectedValueOnce(new Error('boom'));
    await expect(
      failing.ipc.invoke('pdf-print', invokeEvent(failing.trusted), validRequests['pdf-print']),
    ).resolves.toEqual({ status: 'failed', code: 'print-failed' });

    const huge = setup();
    huge.dependencies.printToPdf.mockResolvedValueOnce(
      new Uint8Array(new ArrayBuffer(MAX_SAVE_FILE_BYTES + 1)),
    );
    await expect(
      huge.ipc.invoke('pdf-print', invokeEvent(huge.trusted), validRequests['pdf-print']),
    ).resolves.toEqual({ status: 'failed', code: 'print-failed' });
  });
});

describe('handle', () => {
  it('parses the handler answer with the response schema before it leaves main', async () => {
    const trusted = new FakeWebContents();
    const ipc = new FakeIpcMain();
    const policy = { isTrustedContents: () => true };
    handle(
      ipc as never,
      'file-save',
      () => Promise.resolve({ status: 'saved', fileName: '' } as never),
      policy,
    );
    handle(ipc as never, 'app-info', () => Promise.resolve({ name: 'x' } as never), policy);
    await expect(
      ipc.invoke('file-save', invokeEvent(trusted), validRequests['file-save']),
    ).resolves.toEqual({
      status: 'failed',
      code: 'write-failed',
    });
    await expect(ipc.invoke('app-info', invokeEvent(trusted))).rejects.toThrow('failed');
  });

  it('registers exactly the channels of the contract', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('logs error codes, never messages', () => {
    expect(errorCode(Object.assign(new Error('/home/ada/Jansen.pdf'), { code: 'ENOENT' }))).toBe(
      'ENOENT',
    );
    expect(errorCode(new Error('/home/ada/Jansen.pdf'))).toBe('unknown');
    expect(errorCode({ code: '/home/ada' })).toBe('unknown');
    expect(errorCode(null)).toBe('unknown');
  });
});

describe('collectAppInfo', () => {
  it('fits the contract and leaves out missing runtime parts', () => {
    const info = collectAppInfo(
      { getName: () => 'Keukentafel', getVersion: () => '1.2.3' },
      { platform: 'win32', versions: { electron: '45.4.1', node: '' } },
    );
    expect(AppInfoSchema.safeParse(info).success).toBe(true);
    expect(info.runtime).toEqual({ electron: '45.4.1' });
  });
});
