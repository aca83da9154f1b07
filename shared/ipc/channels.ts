// Channel names live apart from the zod schemas so the sandboxed preload stays tiny.

/** The renderer's origin under the app:// protocol; main trusts IPC only from frames on it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'keukentafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The window property under which the preload exposes its one frozen DesktopApi object. */
export const DESKTOP_API_GLOBAL = 'keukentafel';

/** Renderer -> main request/response channels, keyed by the DesktopApi method that uses them. */
export const INVOKE_CHANNELS = {
  appInfo: 'app-info',
  fileSave: 'file-save',
  fileOpen: 'file-open',
  pdfPrint: 'pdf-print',
} as const;

/** Main -> renderer event channels, keyed by the DesktopApi subscription method. */
export const EVENT_CHANNELS = {
  onLockRequest: 'lock-request',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeMethod];
export type EventMethod = keyof typeof EVENT_CHANNELS;
export type EventChannel = (typeof EVENT_CHANNELS)[EventMethod];

/** Every key the preload object exposes, in a stable order. */
export const DESKTOP_API_KEYS = [
  ...(Object.keys(INVOKE_CHANNELS) as InvokeMethod[]),
  ...(Object.keys(EVENT_CHANNELS) as EventMethod[]),
] as const;
