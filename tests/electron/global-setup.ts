import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_FILES = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
];

/** Says up front why the suite will not run, or stops it when the app was not built. */
export default function globalSetup(): void {
  if (findElectronBinary() === null) {
    console.log('skipped: no Electron binary');
    return;
  }
  const missing = BUILT_FILES.filter((file) => !existsSync(path.join(repoRoot, file)));
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (missing ${missing.join(', ')}): run \`npm run build\` first.`,
    );
  }
}
