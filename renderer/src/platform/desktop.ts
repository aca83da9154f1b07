import {
  DESKTOP_API_KEYS,
  LockRequestSchema,
  invokeContract,
  type DesktopApi,
} from '../../../shared/ipc';

/** True when `candidate` carries every DesktopApi method, as the preload object does. */
export function isDesktopApi(candidate: unknown): candidate is DesktopApi {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const record = candidate as Record<string, unknown>;
  return DESKTOP_API_KEYS.every((key) => typeof record[key] === 'function');
}

/**
 * Wraps the preload object so every answer from main is parsed before the app trusts it:
 * a compromised or outdated main process cannot hand the renderer malformed data.
 */
export function createDesktopHost(bridge: DesktopApi): DesktopApi {
  return {
    appInfo: async () => invokeContract['app-info'].response.parse(await bridge.appInfo()),
    fileSave: async (request) =>
      invokeContract['file-save'].response.parse(await bridge.fileSave(request)),
    fileOpen: async (request) =>
      invokeContract['file-open'].response.parse(await bridge.fileOpen(request)),
    pdfPrint: async (request) =>
      invokeContract['pdf-print'].response.parse(await bridge.pdfPrint(request)),
    onLockRequest: (listener) =>
      bridge.onLockRequest((payload) => {
        const parsed = LockRequestSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      }),
  };
}
