import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type BoundedRead =
  | { readonly status: 'read'; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly status: 'too-large' };

const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Writes `bytes` to `filePath` so that the file is either the old one or the complete new one:
 * a temporary file in the same folder is written, flushed to disk and then renamed over the target.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const directory = path.dirname(filePath);
  const tempPath = path.join(directory, `.keukentafel-${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    // Exclusive create: never reuse or follow an existing file; owner-only, it may hold case data.
    handle = await open(tempPath, 'wx', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tempPath, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

// Makes the rename itself durable. Windows cannot open a folder for syncing; NTFS journals it.
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Best effort only: the data itself is already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads a regular file of at most `maxBytes`. The size is checked with stat before anything is
 * read, and the read itself stops one byte past the limit in case the file grew in between.
 */
export async function readFileBounded(filePath: string, maxBytes: number): Promise<BoundedRead> {
  const before = await stat(filePath);
  // Folders, FIFOs and devices are refused before opening: a FIFO would block the read forever.
  if (!before.isFile()) throw new Error('not-a-regular-file');
  if (before.size > maxBytes) return { status: 'too-large' };

  const handle = await open(filePath, 'r');
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new Error('not-a-regular-file');
    if (opened.size > maxBytes) return { status: 'too-large' };

    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      const chunk = new Uint8Array(Math.min(READ_CHUNK_BYTES, room));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { status: 'too-large' };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    // One exact-size copy with its own buffer: nothing beyond the file crosses into the renderer.
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { status: 'read', bytes };
  } finally {
    await handle.close();
  }
}
