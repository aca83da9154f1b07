// A stand-in for Electron's linux-x64 distribution, for `electron-builder --linux dir` on machines
// that cannot download Electron. Usage: npx tsx scripts/packaging-electron-standin.ts <dir> [version]
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Electron embeds its fuse wire as: sentinel, schema version byte, fuse count byte, then one ASCII
// '0' or '1' per fuse (electron/build/fuses/build.py). @electron/fuses searches for this sentinel.
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_SCHEMA_VERSION = 1;

// Electron 45's defaults in wire order (build/fuses/fuses.json5): runAsNode, cookieEncryption,
// nodeOptions, nodeCliInspect, embeddedAsarIntegrityValidation, onlyLoadAppFromAsar,
// loadBrowserProcessSpecificV8Snapshot, grantFileProtocolExtraPrivileges, wasmTrapHandlers.
export const ELECTRON_DEFAULT_FUSES = '101100011';

// Locales shipped by Electron, a sample: enough to see `electronLanguages` prune the rest.
export const STANDIN_LOCALES = ['de', 'en-US', 'fr', 'nl'] as const;

const placeholderFiles = [
  'LICENSES.chromium.html',
  'chrome_100_percent.pak',
  'chrome_200_percent.pak',
  'icudtl.dat',
  'libEGL.so',
  'libGLESv2.so',
  'libffmpeg.so',
  'resources.pak',
  'snapshot_blob.bin',
  'v8_context_snapshot.bin',
] as const;

function standinExecutable(): Buffer {
  // A shell script, so running it by mistake says what it is; the wire sits in a trailing comment.
  const script = Buffer.from(
    '#!/bin/sh\necho "Stand-in for the Electron binary: packaging checks only." >&2\nexit 1\n# ',
  );
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_SCHEMA_VERSION, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1'),
  ]);
  return Buffer.concat([script, wire, Buffer.from('\n')]);
}

/** Writes the stand-in into `dir` (created if missing); returns the path of its `electron`. */
export async function createElectronStandin(dir: string, electronVersion: string): Promise<string> {
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await mkdir(path.join(dir, 'resources'), { recursive: true });

  const executable = path.join(dir, 'electron');
  await writeFile(executable, standinExecutable());
  await chmod(executable, 0o755);
  for (const helper of ['chrome-sandbox', 'chrome_crashpad_handler']) {
    await writeFile(path.join(dir, helper), '#!/bin/sh\nexit 1\n');
    await chmod(path.join(dir, helper), 0o755);
  }

  await writeFile(path.join(dir, 'version'), electronVersion);
  await writeFile(path.join(dir, 'LICENSE'), 'Stand-in for the MIT license of Electron.\n');
  for (const name of placeholderFiles) {
    await writeFile(path.join(dir, name), `stand-in ${name}\n`);
  }
  for (const locale of STANDIN_LOCALES) {
    await writeFile(path.join(dir, 'locales', `${locale}.pak`), `stand-in ${locale}\n`);
  }
  return executable;
}

async function installedElectronVersion(): Promise<string> {
  const manifest = await readFile(path.resolve('node_modules/electron/package.json'), 'utf8');
  const parsed: unknown = JSON.parse(manifest);
  if (typeof parsed === 'object' && parsed !== null && 'version' in parsed) {
    const { version } = parsed;
    if (typeof version === 'string') return version;
  }
  throw new Error('node_modules/electron/package.json has no version');
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  const [dir, version] = process.argv.slice(2);
  if (dir === undefined) {
    console.error('Usage: npx tsx scripts/packaging-electron-standin.ts <dir> [electron-version]');
    process.exit(2);
  }
  const executable = await createElectronStandin(
    path.resolve(dir),
    version ?? (await installedElectronVersion()),
  );
  console.log(`Stand-in Electron written: ${executable}`);
}
