#!/usr/bin/env node
// Finds the Electron executable without ever downloading it. Importing the `electron` package would
// start a download when the binary is missing, so this reads the files the installer leaves behind.
// As a CLI it prints the path, or nothing (exit code 0 either way).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// What the electron package's installer writes to path.txt on each platform.
const PLATFORM_EXECUTABLES = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Electron executable, or null when there is none. ELECTRON_BINARY names it directly;
 * otherwise node_modules/electron/path.txt names it below node_modules/electron/dist (or below
 * ELECTRON_OVERRIDE_DIST_PATH, which the electron package itself honours).
 */
export function findElectronBinary({ env = process.env, root = repoRoot } = {}) {
  const explicit = env.ELECTRON_BINARY;
  if (explicit) return isFile(explicit) ? path.resolve(explicit) : null;

  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const overrideDist = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !overrideDist) return null;
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (PLATFORM_EXECUTABLES[process.platform] ?? 'electron');
  if (relative === '' || path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..')) {
    return null;
  }
  const binary = path.join(overrideDist || path.join(packageDir, 'dist'), relative);
  return isFile(binary) ? binary : null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const binary = findElectronBinary();
  if (binary) console.log(binary);
}
