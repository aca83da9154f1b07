import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let root: string;

function installElectron(pathTxt: string | null, binary: string | null) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  mkdirSync(path.join(packageDir, 'dist'), { recursive: true });
  if (pathTxt !== null) writeFileSync(path.join(packageDir, 'path.txt'), pathTxt);
  if (binary !== null) writeFileSync(path.join(packageDir, 'dist', binary), '#!/bin/sh\n');
  return path.join(packageDir, 'dist');
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'keukentafel-electron-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('returns null when the package was installed without its binary', () => {
    installElectron(null, null);
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('returns null when path.txt names a binary that is not there', () => {
    installElectron('electron', null);
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('finds the binary named by path.txt', () => {
    const dist = installElectron('electron', 'electron');
    expect(findElectronBinary({ root, env: {} })).toBe(path.join(dist, 'electron'));
  });

  it('refuses a path.txt that points outside dist', () => {
    installElectron('../../../bin/sh', null);
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('prefers ELECTRON_BINARY when it exists, and never falls back when it does not', () => {
    installElectron('electron', 'electron');
    const custom = path.join(root, 'my-electron');
    writeFileSync(custom, '');
    expect(findElectronBinary({ root, env: { ELECTRON_BINARY: custom } })).toBe(custom);
    expect(
      findElectronBinary({ root, env: { ELECTRON_BINARY: path.join(root, 'missing') } }),
    ).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    installElectron('electron', null);
    const dist = path.join(root, 'other-dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toBe(
      path.join(dist, 'electron'),
    );
  });

  it('as a CLI prints the path or nothing, and never downloads', () => {
    const result = spawnSync(process.execPath, ['scripts/electron-binary.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_BINARY: '' },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const expected = findElectronBinary();
    expect(result.stdout.trim()).toBe(expected ?? '');
  });
});
