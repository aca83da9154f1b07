import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS } from '../../../shared/ipc/channels';
import { LockRequestSchema } from '../../../shared/ipc/contract';
import { createFileDialogs } from '../../../electron/main/services/file-dialogs';
import { readFileBounded, writeFileAtomic } from '../../../electron/main/services/file-io';
import { sendLockRequest, watchPowerEvents } from '../../../electron/main/services/power';
import { printToPdf } from '../../../electron/main/services/print';
import { FakeWebContents } from './fakes';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by the services');
});

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keukentafel-files-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes, owner-only, and leaves no temporary file', async () => {
    const target = path.join(dir, 'plan.pdf');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect([...readFileSync(target)]).toEqual([37, 80, 68, 70]);
    expect(readdirSync(dir)).toEqual(['plan.pdf']);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'backup.ktb');
    writeFileSync(target, 'an older and much longer backup file');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['backup.ktb']);
  });

  it('writes only the view it is given, not the whole underlying buffer', async () => {
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const target = path.join(dir, 'slice.bin');
    await writeFileAtomic(target, backing.subarray(2, 5));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('leaves the old file and no temporary file behind when the rename fails', async () => {
    const target = path.join(dir, 'occupied');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['occupied']);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  // A file where a folder should be fails for every user, root included (unlike chmod).
  it('fails cleanly when the target folder does not exist as a folder', async () => {
    const notAFolder = path.join(dir, 'plain-file');
    writeFileSync(notAFolder, 'keep');
    await expect(
      writeFileAtomic(path.join(notAFolder, 'x.pdf'), new Uint8Array([1])),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['plain-file']);
    expect(readFileSync(notAFolder, 'utf8')).toBe('keep');
  });
});

describe('readFileBounded', () => {
  it('reads a file within the limit into an exact, unshared buffer', async () => {
    const file = path.join(dir, 'backup.ktb');
    writeFileSync(file, 'hello');
    const read = await readFileBounded(file, 5);
    expect(read.status).toBe('read');
    if (read.status !== 'read') return;
    expect(new TextDecoder().decode(read.bytes)).toBe('hello');
    expect(read.bytes.buffer.byteLength).toBe(5);
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty');
    writeFileSync(file, '');
    await expect(readFileBounded(file, 1)).resolves.toEqual({
      status: 'read',
      bytes: new Uint8Array(),
    });
  });

  it('answers too-large one byte over the limit', async () => {
    const file = path.join(dir, 'backup.ktb');
    writeFileSync(file, 'hello!');
    await expect(readFileBounded(file, 5)).resolves.toEqual({ status: 'too-large' });
  });

  it('checks the size with stat before reading: a huge sparse file is refused at once', async () => {
    const file = path.join(dir, 'huge.ktb');
    writeFileSync(file, '');
    truncateSync(file, 64 * 1024 * 1024 * 1024);
    const started = performance.now();
    await expect(readFileBounded(file, 1024)).resolves.toEqual({ status: 'too-large' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses folders and FIFOs before opening them (a FIFO would block)', async () => {
    await expect(readFileBounded(dir, 1024)).rejects.toThrow('not-a-regular-file');
    if (process.platform === 'win32') return;
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readFileBounded(fifo, 1024)).rejects.toThrow('not-a-regular-file');
  });

  it('rejects a missing file', async () => {
    await expect(readFileBounded(path.join(dir, 'nope'), 10)).rejects.toThrow();
  });
});

describe('file dialogs', () => {
  function dialogs(window: object | null = { id: 1 }) {
    const dialog = {
      showSaveDialog: vi.fn((..._args: unknown[]) =>
        Promise.resolve({ canceled: false, filePath: '/home/ada/Documents/plan.pdf' }),
      ),
      showOpenDialog: vi.fn((..._args: unknown[]) =>
        Promise.resolve({ canceled: false, filePaths: ['/home/ada/Documents/backup.ktb'] }),
      ),
    };
    const created = createFileDialogs({
      dialog,
      windowFor: () => window as never,
      documentsPath: () => '/home/ada/Documents',
    });
    return { dialog, created };
  }
  const owner = new FakeWebContents().asWebContents();
  const filters = [{ name: 'PDF', extensions: ['pdf'] }];

  it('starts the save dialog in Documents with the suggested name and the filters', async () => {
    const { dialog, created } = dialogs();
    await expect(created.chooseSavePath(owner, 'Plan Jansen.pdf', filters)).resolves.toBe(
      '/home/ada/Documents/plan.pdf',
    );
    const [window, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(window).toEqual({ id: 1 });
    expect(options).toMatchObject({
      title: 'Bestand opslaan',
      buttonLabel: 'Opslaan',
      defaultPath: path.join('/home/ada/Documents', 'Plan Jansen.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('keeps a name with separators inside Documents anyway', async () => {
    const { dialog, created } = dialogs();
    await created.chooseSavePath(owner, '../../etc/passwd', filters);
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string };
    expect(path.dirname(options.defaultPath)).toBe('/home/ada/Documents');
  });

  it('returns null when the user cancels', async () => {
    const { dialog, created } = dialogs(null);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(created.chooseSavePath(owner, 'a.pdf', filters)).resolves.toBeNull();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(created.chooseOpenPath(owner, filters)).resolves.toBeNull();
  });

  it('opens exactly one file, starting in Documents', async () => {
    const { dialog, created } = dialogs();
    await expect(created.chooseOpenPath(owner, filters)).resolves.toBe(
      '/home/ada/Documents/backup.ktb',
    );
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Bestand openen',
      defaultPath: '/home/ada/Documents',
      properties: ['openFile'],
    });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a', '/b'] });
    await expect(created.chooseOpenPath(owner, filters)).resolves.toBeNull();
  });
});

describe('printToPdf', () => {
  it('prints A4 with backgrounds and copies the result into its own buffer', async () => {
    const contents = new FakeWebContents();
    const bytes = await printToPdf(contents, { pageSize: 'A4', landscape: true });
    expect(contents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
});

describe('power events', () => {
  it('asks for a lock on screen lock and on suspend, until stopped', () => {
    const monitor = new EventEmitter();
    const requestLock = vi.fn();
    const stop = watchPowerEvents(monitor as never, requestLock);
    monitor.emit('lock-screen');
    monitor.emit('suspend');
    monitor.emit('resume');
    expect(requestLock.mock.calls).toEqual([['screen-lock'], ['suspend']]);
    stop();
    monitor.emit('suspend');
    expect(requestLock).toHaveBeenCalledTimes(2);
    expect(monitor.listenerCount('lock-screen') + monitor.listenerCount('suspend')).toBe(0);
  });

  it('sends a payload that LockRequestSchema accepts on the lock-request channel', () => {
    const contents = new FakeWebContents();
    for (const reason of ['screen-lock', 'suspend', 'menu'] as const) {
      expect(sendLockRequest(contents, reason)).toBe(true);
    }
    expect(contents.send.mock.calls).toEqual([
      [EVENT_CHANNELS.onLockRequest, { reason: 'screen-lock' }],
      [EVENT_CHANNELS.onLockRequest, { reason: 'suspend' }],
      [EVENT_CHANNELS.onLockRequest, { reason: 'menu' }],
    ]);
    for (const [, payload] of contents.send.mock.calls) {
      expect(LockRequestSchema.safeParse(payload).success).toBe(true);
    }
  });

  it('does nothing without a live window', () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    expect(sendLockRequest(contents, 'suspend')).toBe(false);
    expect(sendLockRequest(null, 'suspend')).toBe(false);
    expect(contents.send).not.toHaveBeenCalled();
  });
});
