// The sandboxed preload: one frozen object on window.keukentafel, each method one IPC call.
// It imports only the zod-free channel names so the bundle requires nothing but 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { DESKTOP_API_GLOBAL, EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type {
  AppInfo,
  DesktopApi,
  FileOpenResult,
  FileSaveResult,
  LockRequest,
  PdfPrintResult,
} from '../../shared/ipc/contract';

export const desktopApi = Object.freeze({
  appInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.appInfo) as Promise<AppInfo>,
  fileSave: (request) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.fileSave, request) as Promise<FileSaveResult>,
  fileOpen: (request) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.fileOpen, request) as Promise<FileOpenResult>,
  pdfPrint: (request) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.pdfPrint, request) as Promise<PdfPrintResult>,
  onLockRequest: (listener) => {
    // The page gets the payload only: the IPC event would hand it `sender`, i.e. ipcRenderer.
    const forward = (_event: IpcRendererEvent, request: LockRequest) => {
      listener(request);
    };
    ipcRenderer.on(EVENT_CHANNELS.onLockRequest, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.onLockRequest, forward);
    };
  },
} satisfies DesktopApi);

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, desktopApi);
