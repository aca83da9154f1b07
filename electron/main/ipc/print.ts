import type { IpcMain, WebContents } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { MAX_SAVE_FILE_BYTES, type PdfPrintRequest } from '../../../shared/ipc/contract';
import { errorCode, handle, type SenderPolicy } from './handle';

export interface PrintHandlerDependencies {
  readonly printToPdf: (
    contents: WebContents,
    request: PdfPrintRequest,
  ) => Promise<Uint8Array<ArrayBuffer>>;
}

export function registerPrintHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  policy: SenderPolicy,
  dependencies: PrintHandlerDependencies,
): void {
  handle(
    ipc,
    INVOKE_CHANNELS.pdfPrint,
    async (request, { sender }) => {
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        // Only the asking page is printed, never another window.
        bytes = await dependencies.printToPdf(sender, request);
      } catch (error) {
        console.error(`[print] printToPDF failed (${errorCode(error)})`);
        return { status: 'failed', code: 'print-failed' };
      }
      if (bytes.byteLength > MAX_SAVE_FILE_BYTES) return { status: 'failed', code: 'print-failed' };
      return { status: 'pdf', bytes };
    },
    policy,
  );
}
