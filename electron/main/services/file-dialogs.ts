import path from 'node:path';
import type { Dialog, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import type { FileFilter } from '../../../shared/ipc/contract';
import { shellMessages } from '../messages';

/** The native file dialogs, as the IPC handlers need them. */
export interface FileDialogs {
  /** The path the user chose to save to, or null when cancelled. */
  chooseSavePath(
    owner: WebContents,
    suggestedName: string,
    filters: readonly FileFilter[],
  ): Promise<string | null>;
  /** The one file the user chose to open, or null when cancelled. */
  chooseOpenPath(owner: WebContents, filters: readonly FileFilter[]): Promise<string | null>;
}

export interface FileDialogDependencies {
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window that owns `contents`, so the dialog is modal to it. */
  // Electron.BaseWindow (not the module's re-export) is the type dialog.show*Dialog accepts.
  readonly windowFor: (contents: WebContents) => Electron.BaseWindow | null;
  /** The user's Documents folder, where dialogs start. */
  readonly documentsPath: () => string;
}

const toElectronFilters = (filters: readonly FileFilter[]) =>
  filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));

export function createFileDialogs(dependencies: FileDialogDependencies): FileDialogs {
  const { dialog, windowFor, documentsPath } = dependencies;
  return {
    async chooseSavePath(owner, suggestedName, filters) {
      // The schema already forbids separators; basename keeps that true even if it ever changes.
      const defaultPath = path.join(documentsPath(), path.basename(suggestedName));
      const options: SaveDialogOptions = {
        title: shellMessages.saveTitle,
        buttonLabel: shellMessages.saveButton,
        defaultPath,
        filters: toElectronFilters(filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = windowFor(owner);
      const result = await (window
        ? dialog.showSaveDialog(window, options)
        : dialog.showSaveDialog(options));
      if (result.canceled || result.filePath === '') return null;
      return result.filePath;
    },
    async chooseOpenPath(owner, filters) {
      const options: OpenDialogOptions = {
        title: shellMessages.openTitle,
        buttonLabel: shellMessages.openButton,
        defaultPath: documentsPath(),
        filters: toElectronFilters(filters),
        properties: ['openFile'],
      };
      const window = windowFor(owner);
      const result = await (window
        ? dialog.showOpenDialog(window, options)
        : dialog.showOpenDialog(options));
      const [filePath] = result.filePaths;
      if (result.canceled || filePath === undefined || result.filePaths.length !== 1) return null;
      return filePath;
    },
  };
}
