import {
  FileOpenRequestSchema,
  FileSaveRequestSchema,
  LockRequestSchema,
  PdfPrintRequestSchema,
  type AppInfo,
  type DesktopApi,
  type FileFilter,
  type FileOpenResult,
  type LockRequest,
} from '../../../shared/ipc';

/** Window event a test or demo can dispatch to simulate the OS asking for a lock. */
export const WEB_LOCK_EVENT = 'keukentafel:lock-request';

function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
}

function browserVersion(userAgent: string): string {
  const match = /(?:Chrome|Chromium|Firefox|Version)\/(\d+)/.exec(userAgent);
  return match?.[1] ?? 'onbekend';
}

/**
 * The DesktopApi by browser means: downloads, a file input and window.print. It lets the whole
 * renderer run in Chromium for end-to-end tests and demos; it is not a second product.
 */
export function createWebHost(target: Window = window): DesktopApi {
  const { document, navigator } = target;

  return {
    appInfo: () => {
      const info: AppInfo = {
        name: 'Keukentafel',
        version: __APP_VERSION__,
        host: 'web',
        platform: 'browser',
        runtime: { browser: browserVersion(navigator.userAgent) },
      };
      return Promise.resolve(info);
    },

    fileSave: (request) => {
      const parsed = FileSaveRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve({ status: 'failed', code: 'invalid-request' });
      const blob = new Blob([parsed.data.bytes.slice()], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = parsed.data.suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: revoking at once can cancel the download in some browsers.
      target.setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 60_000);
      return Promise.resolve({ status: 'saved', fileName: parsed.data.suggestedName });
    },

    fileOpen: (request) => {
      const parsed = FileOpenRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve({ status: 'failed', code: 'invalid-request' });
      const { filters, maxBytes } = parsed.data;
      return new Promise<FileOpenResult>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.hidden = true;
        const finish = (result: FileOpenResult) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => {
          finish({ status: 'cancelled' });
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) {
            finish({ status: 'cancelled' });
            return;
          }
          // Check the size before reading, so a huge file is never loaded into memory.
          if (file.size > maxBytes) {
            finish({ status: 'failed', code: 'too-large' });
            return;
          }
          file.arrayBuffer().then(
            (buffer) => {
              finish({ status: 'opened', fileName: file.name, bytes: new Uint8Array(buffer) });
            },
            () => {
              finish({ status: 'failed', code: 'read-failed' });
            },
          );
        });
        document.body.append(input);
        input.click();
      });
    },

    pdfPrint: (request) => {
      if (!PdfPrintRequestSchema.safeParse(request).success) {
        return Promise.resolve({ status: 'failed', code: 'invalid-request' });
      }
      target.print();
      return Promise.resolve({ status: 'printed-by-browser' });
    },

    onLockRequest: (listener: (request: LockRequest) => void) => {
      const handler = (event: Event) => {
        const parsed = LockRequestSchema.safeParse((event as CustomEvent<unknown>).detail);
        if (parsed.success) listener(parsed.data);
      };
      target.addEventListener(WEB_LOCK_EVENT, handler);
      return () => {
        target.removeEventListener(WEB_LOCK_EVENT, handler);
      };
    },
  };
}
