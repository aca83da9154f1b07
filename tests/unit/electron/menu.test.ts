import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions, buildMenuTemplate } from '../../../electron/main/menu';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by the menu template');
});

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function template(isPackaged: boolean, platform: NodeJS.Platform = 'win32') {
  const onLock = vi.fn();
  const onAbout = vi.fn();
  const items = buildMenuTemplate({ isPackaged, platform, onLock, onAbout });
  return { items, all: flatten(items), onLock, onAbout };
}

const byId = (items: MenuItemConstructorOptions[], id: string) => {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
};

describe('application menu', () => {
  it('has the Dutch top-level menus', () => {
    expect(template(true).items.map((item) => item.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help',
    ]);
  });

  it('labels every item in Dutch', () => {
    const labels = template(false)
      .all.filter((item) => item.type !== 'separator')
      .map((item) => item.label);
    expect(labels).toEqual([
      'Bestand',
      'Vergrendelen',
      'Afsluiten',
      'Bewerken',
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
      'Beeld',
      'Inzoomen',
      'Uitzoomen',
      'Werkelijke grootte',
      'Volledig scherm',
      'Opnieuw laden',
      'Ontwikkelhulpmiddelen',
      'Help',
      'Over Keukentafel',
    ]);
  });

  it('locks with Ctrl+L through the lock callback', () => {
    const { all, onLock } = template(true);
    const lock = byId(all, 'lock');
    expect(lock.accelerator).toBe('CmdOrCtrl+L');
    lock.click?.({} as never, undefined, {});
    expect(onLock).toHaveBeenCalledOnce();
  });

  it('has no reload or DevTools in a packaged build', () => {
    const roles = template(true).all.map((item) => item.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools'])
      expect(roles).not.toContain(role);
  });

  it('offers reload and DevTools while developing', () => {
    const roles = template(false).all.map((item) => item.role);
    expect(roles).toContain('reload');
    expect(roles).toContain('toggleDevTools');
  });

  it('uses only safe built-in roles and opens no URL anywhere', () => {
    const allowedRoles = new Set([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'help',
      'hide',
      'hideOthers',
      'unhide',
      'reload',
      'toggleDevTools',
    ]);
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      for (const item of template(false, platform).all) {
        if (item.role !== undefined) expect(allowedRoles, item.role).toContain(item.role);
        expect(JSON.stringify(item)).not.toMatch(/https?:|mailto:/);
      }
    }
  });

  it('shows About from the Help menu', () => {
    const { all, onAbout } = template(true);
    byId(all, 'about').click?.({} as never, undefined, {});
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const { items } = template(true, 'darwin');
    expect(items[0]?.label).toBe('Keukentafel');
    const appMenu = flatten([items[0] ?? {}]).map((item) => item.id);
    expect(appMenu).toContain('about');
    expect(appMenu).toContain('quit');
    expect(flatten(items.slice(1)).map((item) => item.id)).not.toContain('quit');
  });
});

describe('About dialog', () => {
  it('shows version and runtime, in Dutch, without links', () => {
    const options = aboutDialogOptions({
      version: '0.1.0',
      versions: { electron: '45.4.1', chrome: '142.0.7444.0', node: '22.20.0' },
    });
    expect(options.title).toBe('Over Keukentafel');
    expect(options.message).toBe('Keukentafel');
    expect(options.detail).toContain('Versie 0.1.0');
    expect(options.detail).toContain('Electron 45.4.1, Chromium 142.0.7444.0, Node.js 22.20.0');
    expect(options.detail).not.toMatch(/https?:|www\./);
    expect(options.buttons).toEqual(['Sluiten']);
    expect(options.noLink).toBe(true);
  });
});
