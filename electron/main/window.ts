import { BrowserWindow } from 'electron';
import { formatMessage } from '../../shared/messages/nl';

export interface MainWindowOptions {
  /** Absolute path of the built preload bundle (dist/electron/preload.cjs). */
  readonly preloadPath: string;
  /** DevTools only in unpackaged builds. */
  readonly devTools: boolean;
}

/**
 * The one app window. The options stay an inline literal so Electronegativity can read every
 * security setting; the unit test reads them from the constructor call.
 */
export function createMainWindow({ preloadPath, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: formatMessage('app.name'),
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // The spellchecker downloads dictionaries; the app works offline.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      plugins: false,
      devTools,
    },
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  return window;
}

/** Brings the window to the front, e.g. when a second instance is started. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
