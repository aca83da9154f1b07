// Packages the built app for `--linux dir` against a stand-in Electron and inspects what a user
// would install: app.asar contents, the packaged package.json and the fuses on the executable.
import { readdir, stat } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { extractFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  listAsarFiles,
  packageLinuxDir,
  parseJsonObject,
  readJsonObject,
  removeWorkDir,
  type AsarFile,
  type LinuxDirPackage,
} from './linux-dir-package';

// Packaging runs once; each test awaits it, so a missing build or a failing electron-builder
// fails every test with the same clear message instead of skipping them.
let outcome: { ok: true; value: LinuxDirPackage } | { ok: false; error: unknown } | undefined;

beforeAll(async () => {
  try {
    outcome = { ok: true, value: await packageLinuxDir() };
  } catch (error) {
    outcome = { ok: false, error };
  }
});

afterAll(async () => {
  if (outcome?.ok === true) await removeWorkDir(outcome.value.workDir);
});

function packaged(): LinuxDirPackage {
  if (outcome === undefined) throw new Error('Packaging did not run');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

function asarFiles(): AsarFile[] {
  return listAsarFiles(packaged().asarPath);
}

function asarPaths(): string[] {
  return asarFiles().map((file) => file.path);
}

function packagedManifest(): Record<string, unknown> {
  const text = extractFile(packaged().asarPath, 'package.json').toString();
  return parseJsonObject(text, 'app.asar/package.json');
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

describe('linux-unpacked app', () => {
  it('has resources/app.asar and no unpacked app folder beside it', async () => {
    const resources = await readdir(path.join(packaged().appOutDir, 'resources'));
    expect(resources).toContain('app.asar');
    expect(resources).not.toContain('app');
    expect(resources).not.toContain('app.asar.unpacked');
  });

  it('renames the Electron executable to keukentafel', async () => {
    const entries = await readdir(packaged().appOutDir);
    expect(entries).toContain('keukentafel');
    expect(entries).not.toContain('electron');
  });

  it('keeps only the Dutch and English Chromium locales', async () => {
    const locales = await readdir(path.join(packaged().appOutDir, 'locales'));
    expect(locales.sort()).toEqual(['en-US.pak', 'nl.pak']);
  });

  it('downloads nothing into the electron-builder cache', async () => {
    const cache = await readdir(packaged().builderCacheDir).catch(() => []);
    expect(cache).toEqual([]);
  });
});

describe('app.asar', () => {
  it('holds the built main process and preload', () => {
    expect(asarPaths()).toEqual(
      expect.arrayContaining(['dist/electron/main.cjs', 'dist/electron/preload.cjs']),
    );
  });

  it('holds every file of the built renderer', async () => {
    const renderer = await filesUnder(path.join(PROJECT_ROOT, 'dist/renderer'));
    const expected = renderer
      .filter((file) => !file.endsWith('.map'))
      .map((f) => `dist/renderer/${f}`);
    expect(expected).toContain('dist/renderer/index.html');
    expect(asarPaths()).toEqual(expect.arrayContaining(expected));
  });

  it('holds only package.json and the built app', () => {
    const stray = asarPaths().filter(
      (file) =>
        file !== 'package.json' &&
        !file.startsWith('dist/electron/') &&
        !file.startsWith('dist/renderer/'),
    );
    expect(stray).toEqual([]);
  });

  it('holds no TypeScript sources', () => {
    expect(asarPaths().filter((file) => /\.(c|m)?tsx?$/.test(file))).toEqual([]);
  });

  it('holds no source folders (electron/, renderer/src/, shared/, scripts/)', () => {
    const sources = asarPaths().filter((file) =>
      /^(electron|renderer|shared|scripts|src)\//.test(file),
    );
    expect(sources).toEqual([]);
  });

  it('holds no tests, docs or project configuration', () => {
    const leaked = asarPaths().filter(
      (file) =>
        /^(tests|docs|assets|\.ci)\//.test(file) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) ||
        /\.md$/i.test(file) ||
        /(^|\/)(tsconfig[^/]*\.json|package-lock\.json|electron-builder\.yml|[^/]*\.config\.[cm]?[jt]s)$/.test(
          file,
        ),
    );
    expect(leaked).toEqual([]);
  });

  it('holds no source maps', () => {
    expect(asarPaths().filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('holds no node_modules at all', () => {
    expect(asarPaths().filter((file) => file.split('/').includes('node_modules'))).toEqual([]);
  });

  it('unpacks nothing next to the archive', () => {
    expect(asarFiles().filter((file) => file.unpacked)).toEqual([]);
  });

  it('bundles main and preload so they require only electron and Node builtins', () => {
    const allowed = new Set([
      'electron',
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ]);
    const external: string[] = [];
    for (const entry of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
      const code = extractFile(packaged().asarPath, entry).toString();
      for (const match of code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
        const specifier = match[1] ?? '';
        const local = specifier.startsWith('.');
        const resolved = path.posix.join(path.posix.dirname(entry), specifier);
        if (local ? !asarPaths().includes(resolved) : !allowed.has(specifier)) {
          external.push(`${entry}: ${specifier}`);
        }
      }
    }
    expect(external).toEqual([]);
  });
});

describe('packaged package.json', () => {
  it('points main at a file inside the archive', () => {
    const { main } = packagedManifest();
    expect(typeof main).toBe('string');
    expect(asarPaths()).toContain(path.posix.normalize(String(main)));
  });

  it('carries no devDependencies and no scripts', () => {
    const manifest = packagedManifest();
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
  });

  it('carries the project version and product name', async () => {
    const source = await readJsonObject(path.join(PROJECT_ROOT, 'package.json'));
    expect(packagedManifest()).toMatchObject({
      version: source.version,
      productName: 'Keukentafel',
    });
  });
});

// The security policy itself, not a copy of electron-builder.yml: weakening the yml fails here.
const expectedFuses = [
  ['RunAsNode', 'off'],
  ['EnableCookieEncryption', 'on'],
  ['EnableNodeOptionsEnvironmentVariable', 'off'],
  ['EnableNodeCliInspectArguments', 'off'],
  ['EnableEmbeddedAsarIntegrityValidation', 'on'],
  ['OnlyLoadAppFromAsar', 'on'],
  ['LoadBrowserProcessSpecificV8Snapshot', 'off'],
  ['GrantFileProtocolExtraPrivileges', 'off'],
] as const satisfies readonly (readonly [keyof typeof FuseV1Options, 'on' | 'off'])[];

describe('Electron fuses on the packaged executable', () => {
  it.each(expectedFuses)('%s is %s', async (name, setting) => {
    const { executablePath } = packaged();
    expect((await stat(executablePath)).isFile()).toBe(true);
    const wire = await getCurrentFuseWire(executablePath);
    expect(wire[FuseV1Options[name]]).toBe(setting === 'on' ? FuseState.ENABLE : FuseState.DISABLE);
  });
});
