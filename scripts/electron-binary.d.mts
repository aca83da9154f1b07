export interface FindElectronBinaryOptions {
  /** Environment to read ELECTRON_BINARY and ELECTRON_OVERRIDE_DIST_PATH from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Repository root holding node_modules/electron. */
  readonly root?: string;
}

/** The Electron executable, or null when there is none; never downloads anything. */
export function findElectronBinary(options?: FindElectronBinaryOptions): string | null;
