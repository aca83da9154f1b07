import type { MenuItemConstructorOptions } from 'electron';
import { fillPlaceholders } from '../../shared/messages/nl';
import { shellMessages as m } from './messages';

export interface MenuOptions {
  /** Packaged builds get no reload and no DevTools. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly onLock: () => void;
  readonly onAbout: () => void;
}

/** The Dutch application menu. No item opens a URL. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isPackaged, platform, onLock, onAbout } = options;
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { id: 'about', label: m.menuAbout, click: onAbout };
  const quit: MenuItemConstructorOptions = { id: 'quit', role: 'quit', label: m.menuQuit };

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        separator,
        { id: 'reload', role: 'reload', label: m.menuReload },
        { id: 'toggle-devtools', role: 'toggleDevTools', label: m.menuDevTools },
      ];

  const template: MenuItemConstructorOptions[] = [
    {
      id: 'file',
      label: m.menuFile,
      submenu: [
        { id: 'lock', label: m.menuLock, accelerator: 'CmdOrCtrl+L', click: onLock },
        ...(isMac ? [] : [separator, quit]),
      ],
    },
    {
      id: 'edit',
      label: m.menuEdit,
      submenu: [
        { id: 'undo', role: 'undo', label: m.menuUndo },
        { id: 'redo', role: 'redo', label: m.menuRedo },
        separator,
        { id: 'cut', role: 'cut', label: m.menuCut },
        { id: 'copy', role: 'copy', label: m.menuCopy },
        { id: 'paste', role: 'paste', label: m.menuPaste },
        separator,
        { id: 'select-all', role: 'selectAll', label: m.menuSelectAll },
      ],
    },
    {
      id: 'view',
      label: m.menuView,
      submenu: [
        { id: 'zoom-in', role: 'zoomIn', label: m.menuZoomIn },
        { id: 'zoom-out', role: 'zoomOut', label: m.menuZoomOut },
        { id: 'reset-zoom', role: 'resetZoom', label: m.menuResetZoom },
        separator,
        { id: 'full-screen', role: 'togglefullscreen', label: m.menuFullScreen },
        ...developerItems,
      ],
    },
    { id: 'help', label: m.menuHelp, role: 'help', submenu: isMac ? [] : [about] },
  ];

  // macOS keeps About and Quit in the menu named after the app.
  if (isMac) {
    template.unshift({
      id: 'app',
      label: m.appName,
      submenu: [
        about,
        separator,
        { id: 'hide', role: 'hide', label: m.menuHide },
        { id: 'hide-others', role: 'hideOthers', label: m.menuHideOthers },
        { id: 'unhide', role: 'unhide', label: m.menuShowAll },
        separator,
        quit,
      ],
    });
  }
  return template;
}

export interface AboutDetails {
  readonly version: string;
  readonly versions: Readonly<Partial<Record<string, string>>>;
}

/** The text of the native About dialog: version and runtime, no links. */
export function aboutDialogOptions(details: AboutDetails) {
  const runtime = fillPlaceholders(m.aboutRuntime, {
    electron: details.versions.electron ?? '?',
    chrome: details.versions.chrome ?? '?',
    node: details.versions.node ?? '?',
  });
  return {
    type: 'info' as const,
    title: m.aboutTitle,
    message: m.appName,
    detail: [
      fillPlaceholders(m.aboutVersion, { version: details.version }),
      runtime,
      '',
      m.aboutPrivacy,
    ].join('\n'),
    buttons: [m.aboutClose],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
