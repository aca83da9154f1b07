import path from 'node:path';

export interface BundlePaths {
  /** The built renderer that app:// serves (dist/renderer). */
  readonly rendererRoot: string;
  /** The sandboxed preload bundle (dist/electron/preload.cjs). */
  readonly preloadPath: string;
}

/** Where the build puts renderer and preload, relative to main.cjs in dist/electron. */
export function bundlePaths(mainDirectory: string): BundlePaths {
  return {
    rendererRoot: path.join(mainDirectory, '..', 'renderer'),
    preloadPath: path.join(mainDirectory, 'preload.cjs'),
  };
}
