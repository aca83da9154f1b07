import path from 'node:path';
import type { IpcMain } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { FileDialogs } from '../services/file-dialogs';
import type { BoundedRead } from '../services/file-io';
import { errorCode, handle, type SenderPolicy } from './handle';

export interface FileHandlerDependencies {
  readonly dialogs: FileDialogs;
  readonly writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  readonly readFile: (filePath: string, maxBytes: number) => Promise<BoundedRead>;
}

// The renderer learns only the name of the file, never the folder it is in.
const MAX_FILE_NAME_LENGTH = 260;
const fileNameOf = (filePath: string) => path.basename(filePath).slice(0, MAX_FILE_NAME_LENGTH);

export function registerFileHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  policy: SenderPolicy,
  dependencies: FileHandlerDependencies,
): void {
  const { dialogs, writeFile, readFile } = dependencies;

  handle(
    ipc,
    INVOKE_CHANNELS.fileSave,
    async (request, { sender }) => {
      const filePath = await dialogs.chooseSavePath(sender, request.suggestedName, request.filters);
      if (filePath === null) return { status: 'cancelled' };
      try {
        await writeFile(filePath, request.bytes);
      } catch (error) {
        console.error(`[files] save failed (${errorCode(error)})`);
        return { status: 'failed', code: 'write-failed' };
      }
      return { status: 'saved', fileName: fileNameOf(filePath) };
    },
    policy,
  );

  handle(
    ipc,
    INVOKE_CHANNELS.fileOpen,
    async (request, { sender }) => {
      const filePath = await dialogs.chooseOpenPath(sender, request.filters);
      if (filePath === null) return { status: 'cancelled' };
      let read: BoundedRead;
      try {
        read = await readFile(filePath, request.maxBytes);
      } catch (error) {
        console.error(`[files] open failed (${errorCode(error)})`);
        return { status: 'failed', code: 'read-failed' };
      }
      if (read.status === 'too-large') return { status: 'failed', code: 'too-large' };
      return { status: 'opened', fileName: fileNameOf(filePath), bytes: read.bytes };
    },
    policy,
  );
}
