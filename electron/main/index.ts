// Entry of the main process: wires lifecycle, guards, protocol, IPC, menu and power events.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../../shared/ipc/channels';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { bundlePaths } from './bundle-paths';
import { registerIpcHandlers } from './ipc';
import { errorCode } from './ipc/handle';
import { aboutDialogOptions, buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents, type RequestPolicy } from './security';
import { collectAppInfo } from './services/app-info';
import { createFileDialogs } from './services/file-dialogs';
import { readFileBounded, writeFileAtomic } from './services/file-io';
import { sendLockRequest, watchPowerEvents, type LockReason } from './services/power';
import { printToPdf } from './services/print';
import { createMainWindow, focusWindow } from './window';

const APP_START_URL = `${APP_ORIGIN}/`;
const { rendererRoot, preloadPath } = bundlePaths(__dirname);
const isDevelopment = !app.isPackaged;
const requestPolicy: RequestPolicy = { allowDevtools: isDevelopment };

let mainWindow: BrowserWindow | null = null;

function isMainWindowContents(contents: WebContents): boolean {
  return (
    mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents.id === contents.id
  );
}

function requestLock(reason: LockReason): void {
  sendLockRequest(mainWindow?.webContents, reason);
}

// Reached only through the window-open handler, after the URL matched the (empty) allowlist.
function openAllowlistedUrl(url: string): Promise<void> {
  return shell.openExternal(url);
}

function showAbout(): void {
  const options = aboutDialogOptions({ version: app.getVersion(), versions: process.versions });
  const shown = mainWindow
    ? dialog.showMessageBox(mainWindow, options)
    : dialog.showMessageBox(options);
  shown.catch(() => undefined);
}

async function openMainWindow(): Promise<void> {
  const window = createMainWindow({ preloadPath, devTools: isDevelopment });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[main] renderer gone (${details.reason})`);
  });
  // A failed load leaves the window open with Chromium's error page instead of ending the app.
  await window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error(`[main] could not load the app page (${errorCode(error)})`);
  });
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession, requestPolicy);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
  registerIpcHandlers(
    ipcMain,
    { isTrustedContents: isMainWindowContents },
    {
      getAppInfo: () =>
        collectAppInfo(app, { platform: process.platform, versions: process.versions }),
      dialogs: createFileDialogs({
        dialog,
        windowFor: (contents) => BrowserWindow.fromWebContents(contents),
        documentsPath: () => app.getPath('documents'),
      }),
      writeFile: writeFileAtomic,
      readFile: readFileBounded,
      printToPdf,
    },
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isPackaged: app.isPackaged,
        platform: process.platform,
        onLock: () => {
          requestLock('menu');
        },
        onAbout: showAbout,
      }),
    ),
  );
  watchPowerEvents(powerMonitor, requestLock);
  await openMainWindow();
}

// Both calls are only possible before `ready`: the privileged scheme, and the OS sandbox for
// every renderer whatever its webPreferences say.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
// Chromium's own controls (date inputs, spell check) follow this, not the OS: the app is Dutch.
app.commandLine.appendSwitch('lang', 'nl-NL');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    focusWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, openAllowlistedUrl);
  });
  app.on('session-created', (created) => {
    hardenSession(created, requestPolicy);
  });
  // One window holds the app; closing it ends the session and frees what was decrypted.
  app.on('window-all-closed', () => {
    app.quit();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error(`[main] start failed (${errorCode(error)})`);
      app.exit(1);
    });
}
